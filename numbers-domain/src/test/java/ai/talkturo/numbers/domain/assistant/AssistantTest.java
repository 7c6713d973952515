package ai.talkturo.numbers.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssistantTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");
    private final Instant start = clock.instant();

    @Test
    void createsAnAssistantInAnAccount() {
        Assistant assistant = Assistant.create("acc_1", "Reception", "Hello, Acme Dental!", "You book visits.",
                "alloy", clock);

        assertThat(assistant.id()).matches("as_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(assistant.accountId()).isEqualTo("acc_1");
        assertThat(assistant.name()).isEqualTo("Reception");
        assertThat(assistant.firstMessage()).isEqualTo("Hello, Acme Dental!");
        assertThat(assistant.systemPrompt()).isEqualTo("You book visits.");
        assertThat(assistant.voice()).isEqualTo("alloy");
        assertThat(assistant.createdAt()).isEqualTo(start);
        assertThat(assistant.updatedAt()).isEqualTo(start);
        assertThat(assistant.version()).isZero();
    }

    @Test
    void needsNoFirstMessagePromptOrVoice() {
        Assistant assistant = Assistant.create("acc_1", "Reception", null, null, null, clock);

        assertThat(assistant.firstMessage()).isNull();
        assertThat(assistant.systemPrompt()).isNull();
        assertThat(assistant.voice()).isNull();
    }

    @Test
    void refusesAnAssistantWithoutName() {
        assertThatThrownBy(() -> Assistant.create("acc_1", "", null, null, null, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assistant.create("acc_1", null, null, null, null, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnAssistantWithoutAccount() {
        assertThatThrownBy(() -> Assistant.create(null, "Reception", null, null, null, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reconfigurationReplacesTheWholeConfiguration() {
        Assistant assistant = Assistant.create("acc_1", "Reception", "Hello!", "Be kind.", "alloy", clock);
        clock.advance(Duration.ofHours(1));

        assistant.reconfigure("Front desk", null, "Be brief.", null, clock);

        assertThat(assistant.name()).isEqualTo("Front desk");
        assertThat(assistant.firstMessage()).isNull();
        assertThat(assistant.systemPrompt()).isEqualTo("Be brief.");
        assertThat(assistant.voice()).isNull();
        assertThat(assistant.createdAt()).isEqualTo(start);
        assertThat(assistant.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void refusesAReconfigurationWithoutNameAndKeepsTheOldOne() {
        Assistant assistant = Assistant.create("acc_1", "Reception", "Hello!", null, null, clock);

        assertThatThrownBy(() -> assistant.reconfigure(" ", "Hi", null, null, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(assistant.name()).isEqualTo("Reception");
        assertThat(assistant.firstMessage()).isEqualTo("Hello!");
    }

    @Test
    void restoresAStoredAssistantAsItWas() {
        Instant updated = start.plusSeconds(60);

        Assistant assistant = Assistant.restore("as_1", "acc_1", "Reception", "Hello!", "Be kind.", "alloy",
                start, updated, 5);

        assertThat(assistant.id()).isEqualTo("as_1");
        assertThat(assistant.accountId()).isEqualTo("acc_1");
        assertThat(assistant.name()).isEqualTo("Reception");
        assertThat(assistant.firstMessage()).isEqualTo("Hello!");
        assertThat(assistant.systemPrompt()).isEqualTo("Be kind.");
        assertThat(assistant.voice()).isEqualTo("alloy");
        assertThat(assistant.createdAt()).isEqualTo(start);
        assertThat(assistant.updatedAt()).isEqualTo(updated);
        assertThat(assistant.version()).isEqualTo(5);
    }

    @Test
    void saysWhichAssistantBelongsToAnotherAccount() {
        AssistantInAnotherAccount refused = new AssistantInAnotherAccount("as_1", "acc_2");

        assertThat(refused).hasMessage("assistant as_1 does not belong to account acc_2");
        assertThat(refused.assistantId()).isEqualTo("as_1");
        assertThat(refused.accountId()).isEqualTo("acc_2");
    }
}
