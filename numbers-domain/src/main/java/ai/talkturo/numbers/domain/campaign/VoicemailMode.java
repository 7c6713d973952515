package ai.talkturo.numbers.domain.campaign;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a campaign's call does when a machine answers it, where the carrier tells machines apart: {@code hang-up}
 * ends it at once, {@code continue} lets the assistant speak (to leave a message). Either way the contact ends as
 * {@code voicemail}.
 */
public enum VoicemailMode {
    HANG_UP("hang-up"),
    CONTINUE("continue");

    private final String apiName;

    VoicemailMode(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<VoicemailMode> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(mode -> mode.apiName.equals(apiName)).findFirst();
    }
}
