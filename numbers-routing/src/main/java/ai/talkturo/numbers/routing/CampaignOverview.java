package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import java.util.Objects;

/**
 * A campaign, how many of its contacts are in each status and its status as shown ({@link Campaign#shownStatus}),
 * without the contacts themselves: for lists.
 */
public record CampaignOverview(Campaign campaign, ContactTally tally, String shownStatus) {

    public CampaignOverview {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(shownStatus, "shownStatus");
    }
}
