package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Campaigns;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactTurn;
import ai.talkturo.numbers.domain.campaign.DoNotCallList;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a running campaign dialling, free of the container: it claims the next due contact while fewer than the
 * campaign's {@code maxConcurrentCalls} are being dialled, and dials it if the campaign's rules let it be called now;
 * a contact outside its call window goes back to wait until the window opens, one on the account's do-not-call list
 * is skipped. When none can be claimed it stops, to be run again when a call ends or on the next beat. A paused
 * campaign dials nothing; a running one whose contacts are all done completes. Every contact is claimed in the
 * database before it is dialled, so it is dialled once whoever runs the pump.
 */
public final class CampaignPump {

    /** Places the call for a contact claimed for dialling. */
    @FunctionalInterface
    public interface ContactDialler {
        void dial(Campaign campaign, Contact contact);
    }

    private final Campaigns campaigns;
    private final DoNotCallList doNotCall;
    private final ContactDialler dialler;
    private final Clock clock;

    public CampaignPump(Campaigns campaigns, DoNotCallList doNotCall, ContactDialler dialler, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.doNotCall = Objects.requireNonNull(doNotCall, "doNotCall");
        this.dialler = Objects.requireNonNull(dialler, "dialler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Dials as many contacts as the campaign may have in flight now; answers how many it dialled. */
    public int pump(String campaignId) {
        int dialled = 0;
        while (true) {
            Campaign campaign = campaigns.byId(campaignId).orElse(null);
            if (campaign == null || !campaign.running()) {
                return dialled;
            }
            Instant now = clock.instant();
            Optional<Contact> next = campaigns.claimNext(campaignId, campaign.maxConcurrentCalls(), now);
            if (next.isEmpty()) {
                if (campaigns.tally(campaignId).done()) {
                    campaign.complete(clock);
                    campaigns.update(campaign);
                }
                return dialled;
            }
            Contact contact = next.get();
            ContactTurn turn = campaign.rules().turnOf(contact.phoneNumber(),
                    doNotCall.contains(campaign.accountId(), contact.phoneNumber()), now);
            if (turn instanceof ContactTurn.Wait wait) {
                campaigns.postpone(contact.id(), null, wait.until(), wait.why(), now);
            } else if (turn instanceof ContactTurn.Skip skip) {
                campaigns.finish(contact.id(), null, ContactStatus.SKIPPED, skip.reason(), now);
            } else {
                dialler.dial(campaign, contact);
                dialled++;
            }
        }
    }
}
