package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberNotActive;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import org.junit.jupiter.api.Test;

class AssignNumberTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final Assistant reception = provisioning.assistant(account);
    private final Assistant sales = provisioning.assistant(account);
    private final PhoneNumber number = provisioning.active(account, "+14155550101");

    private NumberChanged lastChange() {
        return provisioning.changes.fired.get(provisioning.changes.fired.size() - 1);
    }

    @Test
    void aNumberHeldByOneAssistantMovesToAnotherInOneStep() {
        provisioning.assignNumber.assign(account.id(), reception.id(), number.id());

        provisioning.assignNumber.assign(account.id(), sales.id(), number.id());

        assertThat(provisioning.stored(number).assistantId()).isEqualTo(sales.id());
        assertThat(lastChange().previousAssistantId()).isEqualTo(reception.id());
        assertThat(lastChange().assistantId()).isEqualTo(sales.id());
    }

    @Test
    void onlyTheAssistantHoldingANumberCanLetItGo() {
        provisioning.assignNumber.assign(account.id(), reception.id(), number.id());

        assertThatThrownBy(() -> provisioning.assignNumber.unassign(account.id(), sales.id(), number.id()))
                .isInstanceOf(NotFound.class);
        provisioning.assignNumber.unassign(account.id(), reception.id(), number.id());

        assertThat(provisioning.stored(number).assistantId()).isNull();
        assertThat(lastChange().change()).isEqualTo(NumberChanged.Change.UNASSIGNED);
    }

    @Test
    void anotherAccountsNumberOrAssistantIsNotFound() {
        Account other = provisioning.account(Plan.STARTER);
        Assistant theirs = provisioning.assistant(other);

        assertThatThrownBy(() -> provisioning.assignNumber.assign(other.id(), theirs.id(), number.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> provisioning.assignNumber.assign(account.id(), theirs.id(), number.id()))
                .isInstanceOf(NotFound.class);
        assertThat(provisioning.stored(number).assistantId()).isNull();
    }

    @Test
    void aNumberStillBeingBoughtCannotBeAssignedYet() {
        PhoneNumber buying = provisioning.buy(account, provisioning.offered("+14155550102"));

        assertThatThrownBy(() -> provisioning.assignNumber.assign(account.id(), reception.id(), buying.id()))
                .isInstanceOf(NumberNotActive.class);
    }
}
