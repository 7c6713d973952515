package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.AssistantSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies that create and change an assistant; the limits match the columns that store them. Request bodies
 * are classes with public fields rather than records: Payara's OpenAPI scanner fails on constraints that records
 * copy onto their constructor parameters.
 */
final class AssistantRequests {

    static final int NAME = 200;
    static final int FIRST_MESSAGE = 2_000;
    static final int SYSTEM_PROMPT = 10_000;
    static final int VOICE = 100;

    private AssistantRequests() {
    }

    public static class Create {
        @NotBlank
        @Size(max = NAME)
        public String name;
        @Size(max = FIRST_MESSAGE)
        public String firstMessage;
        @Size(max = SYSTEM_PROMPT)
        public String systemPrompt;
        @Size(max = VOICE)
        public String voice;

        AssistantSettings settings() {
            return new AssistantSettings(name, blankAsNull(firstMessage), blankAsNull(systemPrompt), blankAsNull(voice));
        }

        private static String blankAsNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** A change: absent fields stay, an empty string clears an optional field. */
    public static class Change {
        @Size(max = NAME)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        public String name;
        @Size(max = FIRST_MESSAGE)
        public String firstMessage;
        @Size(max = SYSTEM_PROMPT)
        public String systemPrompt;
        @Size(max = VOICE)
        public String voice;

        AssistantSettings settings() {
            return new AssistantSettings(name, firstMessage, systemPrompt, voice);
        }
    }
}
