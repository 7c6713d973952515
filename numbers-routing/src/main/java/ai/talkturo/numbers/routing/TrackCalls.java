package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatusChanged;
import ai.talkturo.numbers.domain.call.Calls;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Campaigns;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactOutcome;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.routing.port.Dialled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Keeps the calls' records: writes a call down before the carrier is asked, then applies what the carrier answered
 * and reported, one report at a time per call (the call is held while a report is applied). Reports arrive late,
 * twice and out of order; a call only moves forward, so they do no harm. Each change is published as a
 * {@link CallStatusChanged}, and a call that ends settles the campaign contact it was placed for: done, or called
 * again later, as the campaign's retry policy says; a call a machine answered ends its contact as {@code voicemail}.
 */
@ApplicationScoped
public class TrackCalls {

    private static final Logger LOG = Logger.getLogger(TrackCalls.class.getName());

    @Inject
    Calls calls;
    @Inject
    Campaigns campaigns;
    @Inject
    Event<CallStatusChanged> changes;
    @Inject
    Clock clock;

    /** The account's call with this id. */
    public Call find(String accountId, String callId) {
        return calls.inAccount(accountId, callId).orElseThrow(() -> new NotFound("call", callId));
    }

    /** Writes down a new call, before its carrier is asked. */
    @Transactional
    public void open(Call call) {
        calls.add(call);
        publish(call);
    }

    /**
     * Writes down a new call for the campaign contact it names and ties it to the contact, in one transaction; false,
     * with nothing written, when the contact is no longer claimed for dialling.
     */
    @Transactional
    public boolean openForContact(Call call) {
        if (!campaigns.attachCall(call.contactId(), call.id())) {
            return false;
        }
        calls.add(call);
        publish(call);
        return true;
    }

    /** Applies the carrier's answer to the dial. */
    @Transactional
    public Call placed(String callId, Dialled dialled) {
        Call call = calls.forUpdate(callId).orElseThrow(() -> new IllegalStateException("no call " + callId));
        Instant now = clock.instant();
        if (dialled.refused()) {
            call.failToPlace(dialled.failureReason(), now);
        } else {
            call.placed(dialled.carrierCallId(), dialled.status(), now);
        }
        return store(call);
    }

    /** The carrier could not be asked to place the call, or did not answer: it failed, for {@code reason}. */
    @Transactional
    public Call failed(String callId, String reason) {
        Call call = calls.forUpdate(callId).orElseThrow(() -> new IllegalStateException("no call " + callId));
        call.failToPlace(reason, clock.instant());
        return store(call);
    }

    /**
     * Applies a carrier's report to the call it names, by the product's id or by the carrier's; answers the call, or
     * empty for a call Numbers does not know (an inbound call's status, or another system's).
     */
    @Transactional
    public Optional<Call> record(CallProgress progress) {
        return record(progress, from -> true);
    }

    /**
     * As {@link #record(CallProgress)}, for a reporter that speaks only for some numbers (a customer's own carrier
     * account): a call placed from any other number is left as it is.
     */
    @Transactional
    public Optional<Call> record(CallProgress progress, Predicate<E164Number> reporterSpeaksFor) {
        Optional<Call> found = (progress.callId() != null
                ? calls.forUpdate(progress.callId())
                : calls.forUpdateByCarrierCallId(progress.provider(), progress.carrierCallId()))
                .filter(call -> reporterSpeaksFor.test(call.from()));
        if (found.isEmpty()) {
            LOG.fine(() -> "a report about a call Numbers did not place from the reporter's numbers: " + progress);
            return Optional.empty();
        }
        Call call = found.get();
        Instant now = clock.instant();
        if (progress.provider() == null || progress.provider().equals(call.provider())) {
            call.learnCarrierCallId(progress.carrierCallId(), now);
        }
        if (progress.answeredByMachine()) {
            call.answeredByMachine(now);
        }
        call.advance(progress.status(), progress.failureReason(), now);
        return Optional.of(store(call));
    }

    /** The sandbox carrier's reports arrive as events. */
    @Transactional
    void onProgress(@Observes CallProgress progress) {
        record(progress);
    }

    private Call store(Call call) {
        calls.update(call);
        publish(call);
        if (call.status().isFinal() && call.contactId() != null) {
            settleContact(call);
        }
        return call;
    }

    /**
     * A campaign's call ended: its contact is done, or waits to be called again, as the campaign's rules say. A
     * contact that has moved on to a later call is left as it is.
     */
    void settleContact(Call call) {
        Optional<Campaign> campaign = campaigns.byId(call.campaignId());
        Optional<Contact> contact = campaigns.contact(call.contactId());
        if (campaign.isEmpty() || contact.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ContactOutcome outcome = campaign.get().rules().outcomeOf(call.status(), call.isAnsweredByMachine(),
                call.failureReason(), contact.get().attempts(), now);
        if (outcome instanceof ContactOutcome.RetryAt retry) {
            campaigns.postpone(call.contactId(), call.id(), retry.at(), ContactWait.RETRY, now);
        } else if (outcome instanceof ContactOutcome.Finished finished) {
            campaigns.finish(call.contactId(), call.id(), finished.status(), finished.reason(), now);
        }
    }

    private void publish(Call call) {
        call.pullEvents().forEach(changes::fire);
    }
}
