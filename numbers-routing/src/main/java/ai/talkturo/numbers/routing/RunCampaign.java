package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.CallStatusChanged;
import ai.talkturo.numbers.domain.call.CallerIdNotActive;
import ai.talkturo.numbers.domain.call.Calls;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.Campaigns;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.domain.campaign.DoNotCallList;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Campaigns: an assistant calls a list of contacts on the managed executor, at most {@code maxConcurrentCalls} at a
 * time and within each carrier's rate. A {@link CampaignPump} dials; it runs when the campaign starts or resumes,
 * when one of its calls ends, and every few seconds from a timer ({@link #resumeRunning()}), which is how a
 * campaign goes on after a restart.
 *
 * <p>A contact is claimed in the database before it is dialled, and its call is written down, tied to it, before
 * the carrier is asked. So after a crash a claimed contact without a call was never dialled and goes back to the
 * pending ones; one whose call the carrier never confirmed may have rung and is not dialled again.
 */
@ApplicationScoped
public class RunCampaign {

    static final String INTERRUPTED = "Interrupted before the call was placed; not redialled to avoid calling twice.";
    static final String SILENT = "The carrier reported nothing about the call for too long; it is taken as failed.";
    private static final Logger LOG = Logger.getLogger(RunCampaign.class.getName());

    @Inject
    Campaigns campaigns;
    @Inject
    Calls calls;
    @Inject
    DoNotCallList doNotCall;
    @Inject
    PlaceOutboundCall placeOutboundCall;
    @Inject
    TrackCalls track;
    @Inject
    Clock clock;
    @Resource
    ManagedExecutorService executor;
    /** A contact claimed this long ago whose call is still unconfirmed was interrupted (a dial takes seconds). */
    @Inject
    @ConfigProperty(name = "numbers.calls.interrupted-after")
    Duration interruptedAfter;
    /** A call the carrier says nothing about for this long is given up, so that it does not hold its campaign. */
    @Inject
    @ConfigProperty(name = "numbers.calls.silence-limit")
    Duration silenceLimit;

    private final Set<String> pumping = ConcurrentHashMap.newKeySet();
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private CampaignPump pump;

    @PostConstruct
    void wire() {
        pump = new CampaignPump(campaigns, doNotCall, this::dial, clock);
    }

    /**
     * Starts a campaign and answers it {@code running}; the dialling begins once it is stored.
     *
     * @throws NotFound            when the account has no such assistant
     * @throws AssistantHasNoNumber when the assistant has no number it may call out with
     * @throws CallerIdNotActive    when a number to call from is not an active number of the assistant
     */
    public Campaign start(String accountId, String assistantId, String name, List<NewContact> contacts,
                          int maxConcurrentCalls, CampaignRules rules) {
        placeOutboundCall.callerIdFor(accountId, assistantId, contacts.get(0).phoneNumber(), null);
        List<String> notCallable = placeOutboundCall.notCallableFrom(accountId, assistantId, rules.fromNumberIds());
        if (!notCallable.isEmpty()) {
            throw new CallerIdNotActive(String.join(", ", notCallable), "a campaign calls only from active numbers "
                    + "assigned to its assistant " + assistantId);
        }
        Campaign campaign = Campaign.start(accountId, assistantId, name, maxConcurrentCalls, contacts.size(), rules,
                clock);
        List<Contact> pending = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            pending.add(Contact.pending(campaign.id(), i, contacts.get(i).phoneNumber(), contacts.get(i).name(), clock));
        }
        campaigns.add(campaign, pending);
        pumpSoon(campaign.id());
        return campaign;
    }

    /** The campaign with each contact's status. */
    public CampaignProgress progress(String accountId, String campaignId) {
        Campaign campaign = campaigns.inAccount(accountId, campaignId).orElseThrow(() -> new NotFound("campaign", campaignId));
        List<Contact> contacts = campaigns.contacts(campaignId);
        return new CampaignProgress(campaign, contacts, campaigns.tally(campaignId), calls.ofCampaign(campaignId),
                clock.instant());
    }

    /** The account's latest campaigns, the newest first, without their contacts. */
    public List<Campaign> latest(String accountId, int limit) {
        return campaigns.ofAccount(accountId, limit);
    }

    /** How many of the campaign's contacts are in each status, and its status as shown. */
    public CampaignOverview overview(Campaign campaign) {
        ContactTally tally = campaigns.tally(campaign.id());
        Instant now = clock.instant();
        return new CampaignOverview(campaign, tally, campaign.shownStatus(tally,
                () -> campaigns.pendingNotWaitingForWindow(campaign.id(), now) == 0));
    }

    /** Stops dialling; calls already placed go on. */
    public CampaignProgress pause(String accountId, String campaignId) {
        Campaign campaign = campaigns.inAccount(accountId, campaignId).orElseThrow(() -> new NotFound("campaign", campaignId));
        campaign.pause(clock);
        campaigns.update(campaign);
        return progress(accountId, campaignId);
    }

    /** Dials again where the campaign stopped. */
    public CampaignProgress resume(String accountId, String campaignId) {
        Campaign campaign = campaigns.inAccount(accountId, campaignId).orElseThrow(() -> new NotFound("campaign", campaignId));
        campaign.resume(clock);
        campaigns.update(campaign);
        pumpSoon(campaignId);
        return progress(accountId, campaignId);
    }

    /** The timer's beat: settles contacts whose dialling was interrupted, then keeps every running campaign going. */
    public void resumeRunning() {
        settleInterrupted();
        for (String campaignId : campaigns.running(500)) {
            pumpSoon(campaignId);
        }
    }

    /** A call of a campaign ended: its place can go to the next contact. */
    void onCallChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallStatusChanged change) {
        if (change.campaignId() != null && change.ended()) {
            pumpSoon(change.campaignId());
        }
    }

    /**
     * Contacts claimed long ago and still being dialled: without a call they were never dialled and are pending
     * again; with a call the carrier never confirmed they may have rung and fail; with a call that ended they
     * learn how it ended; with a call the carrier has been silent about for too long they fail.
     */
    void settleInterrupted() {
        Instant now = clock.instant();
        Instant claimedBefore = now.minus(interruptedAfter);
        for (Contact contact : campaigns.dialingSince(claimedBefore, 200)) {
            if (contact.callId() == null) {
                if (campaigns.unclaim(contact.id(), claimedBefore)) {
                    LOG.info(() -> "contact " + contact.id() + " was claimed but never dialled; it is pending again");
                }
                continue;
            }
            Optional<Call> call = calls.byId(contact.callId());
            if (call.isEmpty()) {
                campaigns.finish(contact.id(), contact.callId(), ContactStatus.FAILED, INTERRUPTED, now);
            } else if (call.get().status().isFinal()) {
                track.settleContact(call.get());
            } else if (call.get().carrierCallId() == null) {
                track.failed(contact.callId(), INTERRUPTED);
            } else if (call.get().updatedAt().isBefore(now.minus(silenceLimit))) {
                track.failed(contact.callId(), SILENT);
            }
        }
    }

    private void pumpSoon(String campaignId) {
        wanted.add(campaignId);
        try {
            executor.execute(() -> pumpNow(campaignId));
        } catch (RuntimeException refused) {
            LOG.log(Level.WARNING, "campaign " + campaignId + " waits for the next beat: the executor refused", refused);
        }
    }

    /** One pump per campaign at a time here; a request while one runs makes it run once more afterwards. */
    private void pumpNow(String campaignId) {
        while (wanted.contains(campaignId) && pumping.add(campaignId)) {
            try {
                wanted.remove(campaignId);
                pump.pump(campaignId);
            } catch (RuntimeException trouble) {
                LOG.log(Level.WARNING, "dialling campaign " + campaignId + " failed; the next beat goes on", trouble);
            } finally {
                pumping.remove(campaignId);
            }
        }
    }

    /** Dials a claimed contact; a contact its assistant cannot call fails with the reason. */
    private void dial(Campaign campaign, Contact contact) {
        Route callerId;
        try {
            callerId = placeOutboundCall.callerIdFor(campaign, contact.phoneNumber());
        } catch (DomainException refusal) {
            campaigns.finish(contact.id(), null, ContactStatus.FAILED, refusal.getMessage(), clock.instant());
            return;
        }
        placeOutboundCall.placeFor(campaign, contact, callerId);
    }
}
