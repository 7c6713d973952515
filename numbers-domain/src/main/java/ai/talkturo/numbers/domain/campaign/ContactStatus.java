package ai.talkturo.numbers.domain.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a campaign's contact is: {@code pending} until claimed for dialling, {@code dialing} from the claim until its
 * call ends, then {@code completed} (the call was answered and ended) or {@code failed} (with a reason).
 */
public enum ContactStatus {
    PENDING,
    DIALING,
    COMPLETED,
    FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContactStatus> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(status -> status.apiName().equals(apiName)).findFirst();
    }

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
