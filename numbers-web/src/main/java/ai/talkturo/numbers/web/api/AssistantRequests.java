package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.AssistantSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /** Also as Talkturo's reference writes it: {@code accountSlug} checked, {@code templateId} taken and not used. */
    public static class Create implements AccountNamed {
        @NotBlank
        @Size(max = NAME)
        @Schema(required = true)
        public String name;
        @Size(max = 200)
        public String accountSlug;
        @Size(max = 100)
        public String templateId;
        @Size(max = FIRST_MESSAGE)
        public String firstMessage;
        @Size(max = SYSTEM_PROMPT)
        public String systemPrompt;
        @Size(max = VOICE)
        public String voice;

        AssistantSettings settings() {
            return new AssistantSettings(name, blankAsNull(firstMessage), blankAsNull(systemPrompt), blankAsNull(voice));
        }

        @Override
        public Map<String, String> accountNames() {
            return accountSlug == null ? Map.of() : Map.of("accountSlug", accountSlug);
        }

        private static String blankAsNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** A change: absent fields stay, an empty string clears an optional field. */
    public static class Change implements AccountNamed {
        @Size(max = 200)
        public String accountSlug;
        @Size(max = NAME)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Schema(type = SchemaType.STRING)
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

        @Override
        public Map<String, String> accountNames() {
            return accountSlug == null ? Map.of() : Map.of("accountSlug", accountSlug);
        }
    }
}
