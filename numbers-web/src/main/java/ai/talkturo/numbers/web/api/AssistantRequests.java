package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.AssistantSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies that create and change an assistant; the limits match the columns that store them. */
final class AssistantRequests {

    static final int NAME = 200;
    static final int FIRST_MESSAGE = 2_000;
    static final int SYSTEM_PROMPT = 10_000;
    static final int VOICE = 100;

    private AssistantRequests() {
    }

    public record Create(@NotBlank @Size(max = NAME) String name,
                         @Size(max = FIRST_MESSAGE) String firstMessage,
                         @Size(max = SYSTEM_PROMPT) String systemPrompt,
                         @Size(max = VOICE) String voice) {

        AssistantSettings settings() {
            return new AssistantSettings(name, blankAsNull(firstMessage), blankAsNull(systemPrompt), blankAsNull(voice));
        }

        private static String blankAsNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** A change: absent fields stay, an empty string clears an optional field. */
    public record Change(@Size(max = NAME) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
                         @Size(max = FIRST_MESSAGE) String firstMessage,
                         @Size(max = SYSTEM_PROMPT) String systemPrompt,
                         @Size(max = VOICE) String voice) {

        AssistantSettings settings() {
            return new AssistantSettings(name, firstMessage, systemPrompt, voice);
        }
    }
}
