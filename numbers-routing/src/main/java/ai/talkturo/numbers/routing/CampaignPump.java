package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Campaigns;
import ai.talkturo.numbers.domain.campaign.Contact;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a running campaign dialling, free of the container: it claims the next pending contact while fewer than the
 * campaign's {@code maxConcurrentCalls} are being dialled, and dials it; when none can be claimed it stops, to be
 * run again when a call ends. A paused campaign dials nothing; a running one whose contacts are all done completes.
 * Every contact is claimed in the database before it is dialled, so it is dialled once whoever runs the pump.
 */
public final class CampaignPump {

    /** Places the call for a contact claimed for dialling. */
    @FunctionalInterface
    public interface ContactDialler {
        void dial(Campaign campaign, Contact contact);
    }

    private final Campaigns campaigns;
    private final ContactDialler dialler;
    private final Clock clock;

    public CampaignPump(Campaigns campaigns, ContactDialler dialler, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
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
            Optional<Contact> next = campaigns.claimNext(campaignId, campaign.maxConcurrentCalls(), clock.instant());
            if (next.isEmpty()) {
                if (campaigns.tally(campaignId).done()) {
                    campaign.complete(clock);
                    campaigns.update(campaign);
                }
                return dialled;
            }
            dialler.dial(campaign, next.get());
            dialled++;
        }
    }
}
