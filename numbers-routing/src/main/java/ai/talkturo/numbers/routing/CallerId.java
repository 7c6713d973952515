package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.CallerIdNotActive;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import java.util.List;
import java.util.Optional;

/**
 * Which of an assistant's numbers an outbound call shows as caller ID. The one asked for ({@code from}), if it is one
 * of the assistant's active numbers; otherwise one in the country called, so the callee sees a local number; else the
 * oldest. A number that may not be shown as caller ID (a geographic number of the United Arab Emirates, which only
 * receives calls) is never chosen.
 */
public final class CallerId {

    private CallerId() {
    }

    /**
     * @param activeNumbers the assistant's active numbers, the oldest first
     * @param from          the number asked for in E.164 form, or null to let the rule choose
     * @throws CallerIdNotActive    when {@code from} is not one of them, or may not be shown
     * @throws AssistantHasNoNumber when none of them may be shown
     */
    public static Route choose(String assistantId, List<Route> activeNumbers, E164Number to, String from) {
        if (from != null) {
            Route asked = activeNumbers.stream()
                    .filter(route -> route.phoneNumber().equals(from))
                    .findFirst()
                    .orElseThrow(() -> new CallerIdNotActive(from, "it is not an active number assigned to assistant "
                            + assistantId));
            if (!mayBeShown(asked)) {
                throw new CallerIdNotActive(from, "geographic numbers of the United Arab Emirates only receive calls");
            }
            return asked;
        }
        List<Route> usable = activeNumbers.stream().filter(CallerId::mayBeShown).toList();
        if (usable.isEmpty()) {
            throw new AssistantHasNoNumber(assistantId);
        }
        Optional<Country> called = to.country();
        return usable.stream()
                .filter(route -> called.isPresent() && E164Number.of(route.phoneNumber()).country().equals(called))
                .findFirst()
                .orElse(usable.get(0));
    }

    /** Whether the route's number may be shown to the person called. */
    static boolean mayBeShown(Route route) {
        E164Number number = E164Number.of(route.phoneNumber());
        return number.country().map(country -> country.callerIdAllowed(number.numberType())).orElse(true);
    }
}
