package ai.talkturo.numbers.domain.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A campaign dials while {@code running}, stops dialling while {@code paused}, and is {@code completed} once every contact is done. */
public enum CampaignStatus {
    RUNNING,
    PAUSED,
    COMPLETED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CampaignStatus> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(status -> status.apiName().equals(apiName)).findFirst();
    }
}
