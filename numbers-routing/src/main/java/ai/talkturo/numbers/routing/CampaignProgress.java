package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A campaign as it stands at {@code at}: its contacts in order, each with its status and the calls placed for it (its
 * attempts, the oldest first), and how many are in each status.
 */
public record CampaignProgress(Campaign campaign, List<Contact> contacts, ContactTally tally, List<Call> calls,
                               Instant at) {

    public CampaignProgress {
        Objects.requireNonNull(campaign, "campaign");
        contacts = List.copyOf(contacts);
        calls = List.copyOf(calls);
        Objects.requireNonNull(at, "at");
    }

    /** The calls placed for each contact, by the contact's id. */
    public Map<String, List<Call>> attempts() {
        return calls.stream().filter(call -> call.contactId() != null)
                .collect(Collectors.groupingBy(Call::contactId));
    }

    /** The campaign's status as the API shows it ({@link Campaign#shownStatus}). */
    public String shownStatus() {
        return campaign.shownStatus(tally, () -> contacts.stream()
                .filter(contact -> contact.status() == ContactStatus.PENDING)
                .allMatch(contact -> contact.waitsAt(at) && contact.waitingFor() == ContactWait.WINDOW));
    }

    /** When the next contact waiting for its window may be called; null when none waits for it. */
    public Instant nextWindowOpens() {
        return contacts.stream()
                .filter(contact -> contact.waitsAt(at) && contact.waitingFor() == ContactWait.WINDOW)
                .map(Contact::dueAt)
                .min(Instant::compareTo)
                .orElse(null);
    }
}
