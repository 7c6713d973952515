package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.routing.NewContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The bodies that place a call and start a campaign (classes, not records: see {@link AssistantRequests}). */
final class CallRequests {

    static final int DEFAULT_CONCURRENT_CALLS = 5;

    private CallRequests() {
    }

    public static class Place {
        @NotBlank
        @Size(max = 40)
        public String assistantId;
        @NotBlank
        @Size(max = 20)
        public String to;
        @Size(max = 20)
        public String from;

        E164Number toNumber() {
            return new E164Number(to.strip());
        }

        E164Number fromNumber() {
            return from == null || from.isBlank() ? null : new E164Number(from.strip());
        }
    }

    public static class NewCampaign {
        @NotBlank
        @Size(max = 40)
        public String assistantId;
        @NotBlank
        @Size(max = 200)
        public String name;
        @NotNull
        @Size(min = 1, max = Campaign.MAX_CONTACTS)
        public List<@NotNull @Valid ContactEntry> contacts;
        @Min(1)
        @Max(Campaign.MAX_CONCURRENT_CALLS)
        public Integer maxConcurrentCalls;

        int concurrency() {
            return maxConcurrentCalls == null ? DEFAULT_CONCURRENT_CALLS : maxConcurrentCalls;
        }

        /** The contacts as the product keeps them; every number that is not valid E.164 is named, none is kept. */
        List<NewContact> newContacts() {
            List<NewContact> read = new ArrayList<>(contacts.size());
            List<FieldError> invalid = new ArrayList<>();
            for (int i = 0; i < contacts.size(); i++) {
                ContactEntry entry = contacts.get(i);
                try {
                    read.add(new NewContact(new E164Number(entry.phoneNumber.strip()),
                            entry.name == null || entry.name.isBlank() ? null : entry.name.strip()));
                } catch (InvalidPhoneNumber wrong) {
                    invalid.add(new FieldError("contacts[" + i + "].phoneNumber", wrong.getMessage()));
                }
            }
            if (!invalid.isEmpty()) {
                throw new InvalidPhoneNumbers(invalid);
            }
            return read;
        }
    }

    public static class ContactEntry {
        @NotBlank
        @Size(max = 20)
        public String phoneNumber;
        @Size(max = 200)
        public String name;
    }
}
