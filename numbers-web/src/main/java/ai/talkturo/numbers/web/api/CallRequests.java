package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.number.E164Number;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that places a call (a class, not a record: see {@link AssistantRequests}). */
final class CallRequests {

    private CallRequests() {
    }

    public static class Place {
        @NotBlank
        @Size(max = 40)
        @Schema(required = true)
        public String assistantId;
        @NotBlank
        @Size(max = 20)
        @Schema(required = true)
        public String to;
        @Size(max = 20)
        public String from;

        E164Number toNumber() {
            return new E164Number(to.strip());
        }

        E164Number fromNumber() {
            return from == null || from.isBlank() ? null : new E164Number(from.strip());
        }
    }
}
