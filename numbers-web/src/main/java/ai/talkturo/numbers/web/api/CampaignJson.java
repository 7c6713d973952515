package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.routing.CampaignProgress;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A campaign as the API shows it: its totals and each contact's status, in the order the contacts were given. */
@JsonbNillable
public record CampaignJson(String id, String assistantId, String name, String status, int maxConcurrentCalls,
                           Totals totals, List<ContactJson> contacts, String createdAt, String updatedAt,
                           String completedAt) {

    public record Totals(long contacts, long pending, long dialing, long completed, long failed) {

        static Totals of(ContactTally tally) {
            return new Totals(tally.total(), tally.pending(), tally.dialing(), tally.completed(), tally.failed());
        }
    }

    @JsonbNillable
    public record ContactJson(String id, String phoneNumber, String name, String status, String callId,
                              String failureReason, String updatedAt) {

        static ContactJson of(Contact contact) {
            return new ContactJson(contact.id(), contact.phoneNumber().value(), contact.name(), contact.status().apiName(),
                    contact.callId(), contact.failureReason(), Times.iso(contact.updatedAt()));
        }
    }

    static CampaignJson of(CampaignProgress progress) {
        Campaign campaign = progress.campaign();
        return new CampaignJson(campaign.id(), campaign.assistantId(), campaign.name(), campaign.status().apiName(),
                campaign.maxConcurrentCalls(), Totals.of(progress.tally()),
                progress.contacts().stream().map(ContactJson::of).toList(), Times.iso(campaign.createdAt()),
                Times.iso(campaign.updatedAt()), Times.iso(campaign.completedAt()));
    }
}
