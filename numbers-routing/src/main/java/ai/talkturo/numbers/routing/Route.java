package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;

/**
 * What Numbers knows about one phone number when a call comes in: who owns it, which assistant answers, whether it
 * takes calls. {@code version} orders two routes of one number: the higher one is the later state.
 */
public record Route(String phoneNumber, String phoneNumberId, String accountId, String assistantId, NumberStatus status,
                    long version) {

    public static Route of(NumberChanged change) {
        return new Route(change.phoneNumber(), change.phoneNumberId(), change.accountId(), change.assistantId(),
                change.status(), change.version());
    }

    /** An assistant answers: the number is active and assigned. */
    public boolean connects() {
        return status == NumberStatus.ACTIVE && assistantId != null;
    }

    /** The number is ours and held, but nobody answers now: the caller hears why rather than a bare rejection. */
    public boolean explains() {
        return (status == NumberStatus.ACTIVE && assistantId == null) || status == NumberStatus.SUSPENDED;
    }

    public String reason() {
        if (connects()) {
            return "assigned to assistant " + assistantId;
        }
        return switch (status) {
            case ACTIVE -> "active, but no assistant is assigned";
            case SUSPENDED -> "suspended";
            case PURCHASING -> "still being bought";
            case ERROR -> "the purchase failed";
            case RELEASED -> "released";
        };
    }
}
