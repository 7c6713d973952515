package ai.talkturo.numbers.domain.campaign;

import java.util.Arrays;
import java.util.Optional;

/** Why a pending contact is not called yet: its local time is outside the call window, or it waits for a retry. */
public enum ContactWait {
    WINDOW("waiting_for_window"),
    RETRY("waiting_for_retry");

    private final String apiName;

    ContactWait(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<ContactWait> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(wait -> wait.apiName.equals(apiName)).findFirst();
    }
}
