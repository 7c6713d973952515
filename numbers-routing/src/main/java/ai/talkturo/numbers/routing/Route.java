package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;
import java.util.Objects;

/**
 * What Numbers knows about one phone number when a call comes in: who owns it, which assistant answers, whether it
 * takes calls, and its inbound rules (blocked callers, business hours, fallback). Two routes of one E.164 number
 * are ordered by {@link #supersedes}: a later holding of the number (a newer {@code phoneNumberId}, as when a
 * released number is bought again) over an earlier one, then the higher {@code version} of the same holding; of two
 * routes of one version (two changes stored together, such as an activation and its assignment) the one offered
 * last wins, which is why the table reads them in log order.
 */
public record Route(String phoneNumber, String phoneNumberId, String accountId, String assistantId, NumberStatus status,
                    long version, InboundRules inbound) {

    public Route {
        Objects.requireNonNull(inbound, "inbound");
    }

    /** The route of a number without inbound rules. */
    public Route(String phoneNumber, String phoneNumberId, String accountId, String assistantId, NumberStatus status,
                 long version) {
        this(phoneNumber, phoneNumberId, accountId, assistantId, status, version, InboundRules.NONE);
    }

    /** Whether this route is a later state of the number than {@code other}, or the same one. */
    public boolean supersedes(Route other) {
        int holding = phoneNumberId.compareTo(other.phoneNumberId);
        return holding != 0 ? holding > 0 : version >= other.version;
    }

    /** An assistant answers: the number is active and assigned. */
    public boolean connects() {
        return status == NumberStatus.ACTIVE && assistantId != null;
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
