package ai.talkturo.numbers.domain.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a campaign's contact is: {@code pending} until claimed for dialling (waiting, maybe, for its call window or a
 * retry), {@code dialing} from the claim until its call ends, then {@code completed} (a person answered),
 * {@code voicemail} (a machine answered), {@code failed} (with a reason, after the last attempt) or {@code skipped}
 * (never called: on the do-not-call list, or no time it may be called).
 */
public enum ContactStatus {
    PENDING,
    DIALING,
    COMPLETED,
    VOICEMAIL,
    FAILED,
    SKIPPED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContactStatus> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(status -> status.apiName().equals(apiName)).findFirst();
    }

    public boolean isFinal() {
        return this != PENDING && this != DIALING;
    }
}
