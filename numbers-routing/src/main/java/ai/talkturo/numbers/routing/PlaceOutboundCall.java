package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.CallerIdNotActive;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.DoNotCallList;
import ai.talkturo.numbers.domain.campaign.OnDoNotCallList;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.routing.port.DialFailed;
import ai.talkturo.numbers.routing.port.DialRequest;
import ai.talkturo.numbers.routing.port.Dialer;
import ai.talkturo.numbers.routing.port.Dialled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An assistant calls someone, showing one of its active numbers as caller ID ({@link CallerId} chooses which, from
 * the routing table; before it refuses for want of a number, the table reads the changes committed on other
 * instances). The call is written down {@code queued} before the carrier the number
 * came from is asked, once, within the carrier's rate ({@link CarrierPace}); the carrier's answer makes it
 * {@code queued} with the carrier's id, or {@code failed} with the reason. The carrier reports the rest later.
 */
@ApplicationScoped
public class PlaceOutboundCall {

    private static final Logger LOG = Logger.getLogger(PlaceOutboundCall.class.getName());

    @Inject
    RoutingTable table;
    @Inject
    FollowRouteChanges follower;
    @Inject
    Assistants assistants;
    @Inject
    Dialer dialer;
    @Inject
    TrackCalls track;
    @Inject
    Clock clock;
    @Inject
    CarrierSlots slots;
    @Inject
    DoNotCallList doNotCall;
    @Inject
    @ConfigProperty(name = "numbers.assistant-stream-url")
    String streamUrl;
    @Inject
    @ConfigProperty(name = "numbers.calls.max-per-second")
    double callsPerSecond;

    private CarrierPace pace;

    @PostConstruct
    void pace() {
        pace = new CarrierPace(callsPerSecond, slots, clock, CarrierPace.Sleeper.THREAD);
    }

    /**
     * Places a call from the assistant to {@code to}, with {@code from} as caller ID if given (null lets the rule
     * choose); answers the call as it stands once the carrier answered.
     *
     * @throws NotFound            when the account has no such assistant
     * @throws AssistantHasNoNumber when the assistant has no number it may call out with
     * @throws CallerIdNotActive    when {@code from} is not one of them
     * @throws OnDoNotCallList      when the account's do-not-call list has {@code to}
     */
    public Call place(String accountId, String assistantId, E164Number to, E164Number from) {
        if (doNotCall.contains(accountId, to)) {
            throw new OnDoNotCallList(to);
        }
        Route callerId = callerIdFor(accountId, assistantId, to, from);
        Call call = Call.start(accountId, assistantId, callerId.phoneNumberId(), E164Number.of(callerId.phoneNumber()),
                to, dialer.carrierOf(callerId.phoneNumberId()), null, null, clock);
        track.open(call);
        return dial(call, assistantId, null);
    }

    /**
     * Places the call for a campaign contact claimed for dialling, from {@code callerId}; empty, with nothing
     * placed, when the contact is no longer claimed.
     */
    public Optional<Call> placeFor(Campaign campaign, Contact contact, Route callerId) {
        Call call = Call.start(campaign.accountId(), campaign.assistantId(), callerId.phoneNumberId(),
                E164Number.of(callerId.phoneNumber()), contact.phoneNumber(), dialer.carrierOf(callerId.phoneNumberId()),
                campaign.id(), contact.id(), clock);
        if (!track.openForContact(call)) {
            return Optional.empty();
        }
        return Optional.of(dial(call, campaign.assistantId(), campaign.rules().voicemail()));
    }

    /**
     * The number a call from the assistant to {@code to} would show.
     *
     * @throws NotFound            when the account has no such assistant
     * @throws AssistantHasNoNumber when the assistant has no number it may call out with
     * @throws CallerIdNotActive    when {@code from} is given and is not one of them
     */
    public Route callerIdFor(String accountId, String assistantId, E164Number to, E164Number from) {
        String asked = from == null ? null : from.value();
        return chosen(accountId, assistantId, active -> CallerId.choose(assistantId, active, to, asked));
    }

    /**
     * The number a campaign's call to {@code to} shows: one of the campaign's numbers to call from, or any of the
     * assistant's when it names none.
     *
     * @throws NotFound            when the account has no such assistant
     * @throws AssistantHasNoNumber when the assistant has no number it may call out with
     * @throws CallerIdNotActive    when none of the campaign's numbers may be used now
     */
    public Route callerIdFor(Campaign campaign, E164Number to) {
        String assistantId = campaign.assistantId();
        return chosen(campaign.accountId(), assistantId,
                active -> CallerId.chooseAmong(assistantId, active, campaign.rules().fromNumberIds(), to));
    }

    /**
     * The caller ID {@code rule} chooses among the assistant's active numbers. A refusal is asked again once the table
     * has read what other instances committed: the number may have been assigned there a moment ago, and the table
     * is told within a beat.
     */
    private Route chosen(String accountId, String assistantId, Function<List<Route>, Route> rule) {
        assistants.inAccount(accountId, assistantId).orElseThrow(() -> new NotFound("assistant", assistantId));
        try {
            return rule.apply(activeNumbersOf(accountId, assistantId));
        } catch (AssistantHasNoNumber | CallerIdNotActive refusal) {
            follower.catchUp();
            return rule.apply(activeNumbersOf(accountId, assistantId));
        }
    }

    /**
     * The numbers among {@code phoneNumberIds} that are not active numbers of the assistant in the account (after
     * reading what other instances committed, if any seemed so): a campaign may call only from the others.
     */
    public List<String> notCallableFrom(String accountId, String assistantId, List<String> phoneNumberIds) {
        List<String> missing = missingAmong(accountId, assistantId, phoneNumberIds);
        if (missing.isEmpty()) {
            return missing;
        }
        follower.catchUp();
        return missingAmong(accountId, assistantId, phoneNumberIds);
    }

    private List<String> missingAmong(String accountId, String assistantId, List<String> phoneNumberIds) {
        List<Route> active = activeNumbersOf(accountId, assistantId).stream().filter(CallerId::mayBeShown).toList();
        return phoneNumberIds.stream()
                .filter(id -> active.stream().noneMatch(route -> route.phoneNumberId().equals(id)))
                .toList();
    }

    private List<Route> activeNumbersOf(String accountId, String assistantId) {
        return table.activeNumbersOf(assistantId).stream()
                .filter(route -> accountId.equals(route.accountId()))
                .toList();
    }

    private Call dial(Call call, String assistantId, VoicemailMode voicemail) {
        Dialled dialled;
        try {
            pace.await(call.provider());
            dialled = dialer.dial(new DialRequest(call.id(), call.phoneNumberId(), call.provider(), call.from(), call.to(),
                    streamFor(call, assistantId), voicemail));
        } catch (DialFailed failed) {
            LOG.log(Level.WARNING, "placing " + call.id() + " failed: " + failed.getMessage(), failed.getCause());
            return track.failed(call.id(), failed.getMessage());
        } catch (RuntimeException trouble) {
            LOG.log(Level.WARNING, "placing " + call.id() + " failed", trouble);
            return track.failed(call.id(), "The call could not be placed for a fault on our side; it was not retried.");
        }
        return track.placed(call.id(), dialled);
    }

    /**
     * The assistant's stream for a carrier that connects an answered call to it directly: the URL is told what the
     * inbound TwiML's {@code <Parameter>}s tell, as its query.
     */
    private String streamFor(Call call, String assistantId) {
        String url = streamUrl.replace("{assistantId}", assistantId);
        return url + (url.contains("?") ? "&" : "?") + "assistantId=" + encoded(assistantId)
                + "&accountId=" + encoded(call.accountId()) + "&phoneNumberId=" + encoded(call.phoneNumberId())
                + "&callId=" + encoded(call.id());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
