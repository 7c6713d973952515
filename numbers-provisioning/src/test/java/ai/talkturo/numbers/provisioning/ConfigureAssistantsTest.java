package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import org.junit.jupiter.api.Test;

class ConfigureAssistantsTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final Assistant assistant = provisioning.configureAssistants.create(account.id(),
            new AssistantSettings("Reception", "Hello, how can I help?", "Be brief", "alloy"));

    @Test
    void aChangeKeepsWhatItDoesNotName() {
        provisioning.configureAssistants.change(account.id(), assistant.id(),
                new AssistantSettings(null, "Good morning!", null, null));

        Assistant changed = provisioning.configureAssistants.find(account.id(), assistant.id());
        assertThat(changed.name()).isEqualTo("Reception");
        assertThat(changed.firstMessage()).isEqualTo("Good morning!");
        assertThat(changed.voice()).isEqualTo("alloy");
    }

    @Test
    void deletingAnAssistantFirstTakesItsNumbersFromIt() {
        PhoneNumber number = provisioning.active(account, "+14155550101");
        provisioning.assignNumber.assign(account.id(), assistant.id(), number.id());

        provisioning.configureAssistants.delete(account.id(), assistant.id());

        assertThat(provisioning.stored(number).assistantId()).isNull();
        assertThat(provisioning.changes.fired.get(provisioning.changes.fired.size() - 1).change())
                .isEqualTo(NumberChanged.Change.UNASSIGNED);
        assertThatThrownBy(() -> provisioning.configureAssistants.find(account.id(), assistant.id()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anotherAccountsAssistantIsNotFound() {
        Account other = provisioning.account(Plan.STARTER);

        assertThatThrownBy(() -> provisioning.configureAssistants.delete(other.id(), assistant.id()))
                .isInstanceOf(NotFound.class);
        assertThat(provisioning.configureAssistants.ofAccount(account.id())).containsExactly(assistant);
    }
}
