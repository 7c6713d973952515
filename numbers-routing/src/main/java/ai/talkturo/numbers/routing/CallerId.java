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

    /**
     * The caller ID of a campaign's call to {@code to}, among the numbers the campaign may call from: of those that
     * are still active numbers of the assistant, the one in the country called, else the first named. No number named
     * leaves the choice to {@link #choose}.
     *
     * @param fromNumberIds the ids of the numbers the campaign may call from, in the order given; empty for any
     * @throws CallerIdNotActive    when none of them is an active number of the assistant that may be shown
     * @throws AssistantHasNoNumber when no number is named and the assistant has none that may be shown
     */
    public static Route chooseAmong(String assistantId, List<Route> activeNumbers, List<String> fromNumberIds,
                                    E164Number to) {
        if (fromNumberIds.isEmpty()) {
            return choose(assistantId, activeNumbers, to, null);
        }
        List<Route> named = fromNumberIds.stream()
                .flatMap(id -> activeNumbers.stream().filter(route -> route.phoneNumberId().equals(id)))
                .filter(CallerId::mayBeShown)
                .toList();
        if (named.isEmpty()) {
            throw new CallerIdNotActive(String.join(", ", fromNumberIds), "none of the campaign's numbers is an "
                    + "active number assigned to assistant " + assistantId + " that may call out");
        }
        Optional<Country> called = to.country();
        return named.stream()
                .filter(route -> called.isPresent() && E164Number.of(route.phoneNumber()).country().equals(called))
                .findFirst()
                .orElse(named.get(0));
    }

    /** Whether the route's number may be shown to the person called. */
    static boolean mayBeShown(Route route) {
        E164Number number = E164Number.of(route.phoneNumber());
        return number.country().map(country -> country.callerIdAllowed(number.numberType())).orElse(true);
    }
}
