package ai.talkturo.numbers.domain.number;

import java.time.Instant;
import java.util.Objects;

/**
 * How a number treats its incoming calls beyond handing them to its assistant: callers it rejects, the hours it is
 * open, and where a call goes when the assistant cannot take it. Each part is optional; {@link #NONE} has none.
 *
 * @param fallback where calls go when the assistant cannot take them; {@code null} if nowhere
 * @param businessHours when calls are taken; {@code null} for always
 * @param blockedCallers callers rejected outright; never {@code null}
 */
public record InboundRules(Fallback fallback, BusinessHours businessHours, BlockedCallers blockedCallers) {

    public static final InboundRules NONE = new InboundRules(null, null, BlockedCallers.NONE);

    public InboundRules {
        Objects.requireNonNull(blockedCallers, "blockedCallers");
    }

    public boolean isEmpty() {
        return fallback == null && businessHours == null && blockedCallers.entries().isEmpty();
    }

    public boolean blocks(String caller) {
        return blockedCallers.blocks(caller);
    }

    public boolean isClosedAt(Instant instant) {
        return businessHours != null && !businessHours.isOpenAt(instant);
    }

    public InboundRules withFallback(Fallback changed) {
        return new InboundRules(changed, businessHours, blockedCallers);
    }

    public InboundRules withBusinessHours(BusinessHours changed) {
        return new InboundRules(fallback, changed, blockedCallers);
    }

    public InboundRules withBlockedCallers(BlockedCallers changed) {
        return new InboundRules(fallback, businessHours, changed == null ? BlockedCallers.NONE : changed);
    }
}
