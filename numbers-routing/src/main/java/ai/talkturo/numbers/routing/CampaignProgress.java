package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import java.util.List;

/** A campaign as it stands: its contacts in order, each with its status, and how many are in each status. */
public record CampaignProgress(Campaign campaign, List<Contact> contacts, ContactTally tally) {

    public CampaignProgress {
        contacts = List.copyOf(contacts);
    }
}
