package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import java.util.Objects;

/** A campaign and how many of its contacts are in each status, without the contacts themselves: for lists. */
public record CampaignOverview(Campaign campaign, ContactTally tally) {

    public CampaignOverview {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(tally, "tally");
    }
}
