package ai.talkturo.numbers.domain.call;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an outbound call is, in the carriers' words: {@code queued → ringing → in-progress → completed}, or it ends
 * {@code busy}, {@code failed}, {@code no-answer} or {@code canceled}. A call only moves forward: carriers deliver
 * status reports late, twice and out of order, and an older report never undoes a newer one.
 */
public enum CallStatus {
    QUEUED("queued", 0),
    RINGING("ringing", 1),
    IN_PROGRESS("in-progress", 2),
    COMPLETED("completed", 3),
    BUSY("busy", 3),
    FAILED("failed", 3),
    NO_ANSWER("no-answer", 3),
    CANCELED("canceled", 3);

    private final String apiName;
    private final int stage;

    CallStatus(String apiName, int stage) {
        this.apiName = apiName;
        this.stage = stage;
    }

    public String apiName() {
        return apiName;
    }

    /** The status with exactly this API name; empty for anything else, {@code null} included. */
    public static Optional<CallStatus> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(status -> status.apiName.equals(apiName)).findFirst();
    }

    /** Whether the call is over: nothing changes it any more. */
    public boolean isFinal() {
        return stage == 3;
    }

    /** Whether a call in this status can take {@code next}: only a later stage, and never after the end. */
    public boolean canMoveTo(CallStatus next) {
        return next != null && !isFinal() && next.stage > stage;
    }

    /** The reason a person reads when a call ended this way without the carrier giving one; null for success. */
    public String defaultReason() {
        return switch (this) {
            case BUSY -> "The line was busy.";
            case NO_ANSWER -> "Nobody answered.";
            case CANCELED -> "The call was canceled before it was answered.";
            case FAILED -> "The carrier could not connect the call.";
            default -> null;
        };
    }
}
