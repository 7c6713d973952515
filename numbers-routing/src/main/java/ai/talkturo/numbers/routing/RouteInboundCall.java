package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.BusinessHours;
import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides what a call to one of our numbers gets, from the routing table alone. Unknown, released, purchasing and
 * failed numbers reject it; a suspended number says so and hangs up. An active number applies its inbound rules in
 * this order: a blocked caller is rejected; outside business hours the call goes to the fallback, or hears the
 * closed message; with an assistant it connects to the assistant's stream (and on to the fallback if the stream
 * ends while the caller is still there); without one it goes to the fallback, or hears that nobody answers.
 */
@ApplicationScoped
public class RouteInboundCall {

    static final String NO_ASSISTANT = "This number is not answering calls right now. Please try again later.";
    static final String SUSPENDED = "This number is temporarily unavailable. Goodbye.";
    static final String STREAM_LOST = "We are sorry, we cannot take your call right now. Please try again later.";
    /** Call statuses after which a call is over: nobody is left to pass on. */
    private static final Set<String> OVER = Set.of("completed", "canceled", "busy", "failed", "no-answer");

    private static final String ASSISTANT_ID = "{assistantId}";

    private final RoutingTable table;
    private final String streamUrl;
    /** The stream URL around its one {@code {assistantId}}, so that each call only joins three strings. */
    private final String streamUrlStart;
    private final String streamUrlEnd;
    private final Clock clock;

    @Inject
    public RouteInboundCall(RoutingTable table,
                            @ConfigProperty(name = "numbers.assistant-stream-url") String streamUrl,
                            Clock clock) {
        this.table = table;
        this.streamUrl = streamUrl;
        int at = streamUrl == null ? -1 : streamUrl.indexOf(ASSISTANT_ID);
        boolean once = at >= 0 && streamUrl.indexOf(ASSISTANT_ID, at + 1) < 0;
        this.streamUrlStart = once ? streamUrl.substring(0, at) : null;
        this.streamUrlEnd = once ? streamUrl.substring(at + ASSISTANT_ID.length()) : null;
        this.clock = clock;
    }

    protected RouteInboundCall() {
        this(null, null, null);
    }

    /** The answer for a call from {@code caller} (may be {@code null} when hidden) to {@code calledNumber}. */
    public InboundAnswer answer(String calledNumber, String caller, String callId) {
        return decide(calledNumber, caller, callId).answer();
    }

    /**
     * The answer for an outbound call of ours once the callee has picked up ({@code ourNumber} placed it): the
     * assistant takes over. Inbound rules are for calls that come in, so none applies.
     */
    public InboundAnswer answerPlacedCall(String ourNumber, String callId) {
        return decide(ourNumber, null, callId, false).answer();
    }

    /** The answer with the rule that chose it. */
    public InboundDecision decide(String calledNumber, String caller, String callId) {
        return decide(calledNumber, caller, callId, true);
    }

    private InboundDecision decide(String calledNumber, String caller, String callId, boolean incoming) {
        Route route = table.route(calledNumber).orElse(null);
        if (route == null) {
            return new InboundDecision(new InboundAnswer.Reject(), null, "not a number of ours");
        }
        if (route.status() == NumberStatus.SUSPENDED) {
            return new InboundDecision(new InboundAnswer.SayAndHangUp(SUSPENDED), null, route.reason());
        }
        if (route.status() != NumberStatus.ACTIVE) {
            return new InboundDecision(new InboundAnswer.Reject(), null, route.reason());
        }
        InboundRules rules = incoming ? route.inbound() : InboundRules.NONE;
        if (rules.blocks(caller)) {
            return new InboundDecision(new InboundAnswer.Reject(), "blockedCallers", "the caller is blocked");
        }
        if (rules.isClosedAt(clock.instant())) {
            BusinessHours hours = rules.businessHours();
            return rules.fallback() != null
                    ? new InboundDecision(new InboundAnswer.Dial(rules.fallback()), "businessHours",
                            "outside business hours (" + hours.timeZone().getId() + "): passed on to the fallback")
                    : new InboundDecision(new InboundAnswer.SayAndHangUp(hours.closedAnnouncement()), "businessHours",
                            "outside business hours (" + hours.timeZone().getId() + "): the closed message, then hang up");
        }
        if (route.connects()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("assistantId", route.assistantId());
            parameters.put("accountId", route.accountId());
            parameters.put("phoneNumberId", route.phoneNumberId());
            parameters.put("callSid", callId == null ? "" : callId);
            return new InboundDecision(new InboundAnswer.Connect(streamUrlOf(route.assistantId()),
                    parameters, rules.fallback()), null, route.reason());
        }
        return rules.fallback() != null
                ? new InboundDecision(new InboundAnswer.Dial(rules.fallback()), "fallback",
                        "no assistant is assigned: passed on to the fallback")
                : new InboundDecision(new InboundAnswer.SayAndHangUp(NO_ASSISTANT), null, route.reason());
    }

    private String streamUrlOf(String assistantId) {
        return streamUrlStart != null ? streamUrlStart + assistantId + streamUrlEnd : streamUrl.replace(ASSISTANT_ID, assistantId);
    }

    /**
     * The answer when the assistant's stream of a call has ended and the carrier asks what next: a caller still on
     * the line was not carried to the end by the assistant, so the call goes on to the fallback (or hears an
     * apology); a call already over is simply done.
     *
     * @param callStatus the carrier's status of the call, such as {@code in-progress} or {@code completed}
     */
    public InboundAnswer afterStream(String calledNumber, String callStatus) {
        if (callStatus != null && OVER.contains(callStatus)) {
            return new InboundAnswer.HangUp();
        }
        Fallback fallback = table.route(calledNumber)
                .filter(route -> route.status() == NumberStatus.ACTIVE)
                .map(route -> route.inbound().fallback())
                .orElse(null);
        return fallback != null ? new InboundAnswer.Dial(fallback) : new InboundAnswer.SayAndHangUp(STREAM_LOST);
    }
}
