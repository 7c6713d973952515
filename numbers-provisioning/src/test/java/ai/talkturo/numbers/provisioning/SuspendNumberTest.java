package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.IllegalStatusTransition;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import org.junit.jupiter.api.Test;

class SuspendNumberTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final Assistant assistant = provisioning.assistant(account);
    private final PhoneNumber number = provisioning.assignNumber.assign(account.id(), assistant.id(),
            provisioning.active(account, "+14155550101").id());

    @Test
    void aSuspendedNumberKeepsItsAssistantAndComesBackWithIt() {
        provisioning.suspendNumber.suspend(number.id(), "unpaid invoice");

        assertThat(provisioning.stored(number).status()).isEqualTo(NumberStatus.SUSPENDED);
        assertThat(provisioning.stored(number).statusReason()).isEqualTo("unpaid invoice");
        assertThat(provisioning.stored(number).assistantId()).isEqualTo(assistant.id());

        provisioning.suspendNumber.resume(number.id());

        assertThat(provisioning.stored(number).status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(provisioning.stored(number).statusReason()).isNull();
        assertThat(provisioning.stored(number).assistantId()).isEqualTo(assistant.id());
    }

    @Test
    void onlyASuspendedNumberCanBeResumedAndAnUnknownOneIsNotFound() {
        assertThatThrownBy(() -> provisioning.suspendNumber.resume(number.id()))
                .isInstanceOf(IllegalStatusTransition.class);
        assertThatThrownBy(() -> provisioning.suspendNumber.suspend("pn_nobody", "why"))
                .isInstanceOf(NotFound.class);
    }
}
