package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.campaign.CallWindow;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.RetryPolicy;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.routing.NewContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies that start a campaign and change the do-not-call list (classes, not records: see {@link AssistantRequests}). */
final class CampaignRequests {

    static final int DEFAULT_CONCURRENT_CALLS = 5;
    private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";
    private static final String DAY = "mon|tue|wed|thu|fri|sat|sun";

    private CampaignRequests() {
    }

    /**
     * Also as Talkturo's reference writes it: {@code teamId} checked; {@code description} and {@code companyId}
     * taken and not used.
     */
    public static class NewCampaign implements AccountNamed {
        @Size(max = 200)
        public String teamId;
        @Size(max = 2000)
        public String description;
        @Size(max = 200)
        public String companyId;
        @NotBlank
        @Size(max = 40)
        @Schema(required = true)
        public String assistantId;
        @NotBlank
        @Size(max = 200)
        @Schema(required = true)
        public String name;
        @NotNull
        @Size(min = 1, max = Campaign.MAX_CONTACTS)
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ContactEntry.class)
        public List<@NotNull @Valid ContactEntry> contacts;
        @Min(1)
        @Max(Campaign.MAX_CONCURRENT_CALLS)
        public Integer maxConcurrentCalls;
        @Valid
        @Schema(implementation = CallWindowEntry.class)
        public CallWindowEntry callWindow;
        @Size(max = CampaignRules.MAX_FROM_NUMBERS)
        @Schema(type = SchemaType.ARRAY, implementation = String.class)
        public List<@NotBlank @Size(max = 40) String> fromNumberIds;
        @Valid
        @Schema(implementation = RetryEntry.class)
        public RetryEntry retry;
        @Pattern(regexp = "hang-up|continue", message = "must be hang-up or continue")
        @Schema(type = SchemaType.STRING)
        public String voicemail;

        @Override
        public Map<String, String> accountNames() {
            return teamId == null ? Map.of() : Map.of("teamId", teamId);
        }

        int concurrency() {
            return maxConcurrentCalls == null ? DEFAULT_CONCURRENT_CALLS : maxConcurrentCalls;
        }

        /** The campaign's rules, the defaults where the body says nothing; a window that never opens is refused. */
        CampaignRules rules() {
            CallWindow window = callWindow == null ? CallWindow.DEFAULT : callWindow.window();
            RetryPolicy retryPolicy = retry == null ? RetryPolicy.DEFAULT : retry.policy();
            VoicemailMode mode = voicemail == null ? CampaignRules.DEFAULT.voicemail()
                    : VoicemailMode.fromApiName(voicemail).orElseThrow();
            return new CampaignRules(window, fromNumberIds == null ? List.of() : fromNumberIds.stream()
                    .map(String::strip).toList(), retryPolicy, mode);
        }

        /** The contacts as the product keeps them; every number that is not valid E.164 is named, none is kept. */
        List<NewContact> newContacts() {
            List<E164Number> numbers = e164(contacts.stream().map(contact -> contact.phoneNumber).toList(),
                    i -> "contacts[" + i + "].phoneNumber");
            List<NewContact> read = new ArrayList<>(contacts.size());
            for (int i = 0; i < contacts.size(); i++) {
                String name = contacts.get(i).name;
                read.add(new NewContact(numbers.get(i), name == null || name.isBlank() ? null : name.strip()));
            }
            return read;
        }
    }

    public static class ContactEntry {
        @NotBlank
        @Size(max = 20)
        @Schema(required = true)
        public String phoneNumber;
        @Size(max = 200)
        public String name;
    }

    /** {@code {"start": "09:00", "end": "20:00", "days": ["mon", …]}}, in each contact's local time. */
    public static class CallWindowEntry {
        @NotNull
        @Pattern(regexp = TIME, message = "must be a time of day such as 09:00")
        @Schema(required = true, type = SchemaType.STRING)
        public String start;
        @NotNull
        @Pattern(regexp = TIME + "|24:00", message = "must be a time of day such as 20:00, or 24:00")
        @Schema(required = true, type = SchemaType.STRING)
        public String end;
        @Size(min = 1, max = 7)
        @Schema(type = SchemaType.ARRAY, implementation = String.class)
        public List<@NotNull @Pattern(regexp = DAY, message = "must be one of mon, tue, wed, thu, fri, sat, sun") String> days;

        CallWindow window() {
            Set<DayOfWeek> open = days == null ? EnumSet.allOf(DayOfWeek.class)
                    : days.stream().map(day -> CallWindow.day(day).orElseThrow()).collect(Collectors.toSet());
            try {
                return new CallWindow(CallWindow.time(start), CallWindow.time(end), open);
            } catch (InvalidValue wrong) {
                throw new InvalidRequest("callWindow.end", "must be later than start on the same day");
            }
        }
    }

    /** {@code {"maxAttempts": 3, "after": "PT30M", "on": ["busy", "no-answer"]}}. */
    public static class RetryEntry {
        @NotNull
        @Min(1)
        @Max(RetryPolicy.MAX_ATTEMPTS)
        @Schema(required = true)
        public Integer maxAttempts;
        @Size(max = 40)
        public String after;
        @Size(max = 3)
        @Schema(type = SchemaType.ARRAY, implementation = String.class)
        public List<@NotNull @Pattern(regexp = "busy|no-answer|failed",
                message = "must be one of busy, no-answer, failed") String> on;

        RetryPolicy policy() {
            Duration pause = RetryPolicy.DEFAULT.after();
            if (after != null) {
                try {
                    pause = Duration.parse(after.strip());
                } catch (DateTimeException notADuration) {
                    throw new InvalidRequest("retry.after", "must be an ISO-8601 duration such as PT30M");
                }
            }
            Set<CallStatus> statuses = on == null ? RetryPolicy.RETRIABLE
                    : on.stream().map(status -> CallStatus.fromApiName(status).orElseThrow()).collect(Collectors.toSet());
            try {
                return new RetryPolicy(maxAttempts, pause, statuses);
            } catch (InvalidValue wrong) {
                throw new InvalidRequest("retry.after", "must be at least PT1M and at most P7D");
            }
        }
    }

    /** {@code {"phoneNumbers": ["+1…", …]}}: numbers the account never calls. */
    public static class DoNotCallEntries {
        @NotNull
        @Size(min = 1, max = 1000)
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class)
        public List<@NotBlank @Size(max = 20) String> phoneNumbers;

        /** The numbers as E.164 numbers; every one that is not valid is named, none is kept. */
        List<E164Number> numbers() {
            return e164(phoneNumbers, i -> "phoneNumbers[" + i + "]");
        }
    }

    /** The numbers read as E.164 numbers, in order; every one that is not valid is named by {@code field}. */
    static List<E164Number> e164(List<String> given, IntFunction<String> field) {
        List<E164Number> read = new ArrayList<>(given.size());
        List<FieldError> invalid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            try {
                read.add(new E164Number(given.get(i).strip()));
            } catch (InvalidPhoneNumber wrong) {
                invalid.add(new FieldError(field.apply(i), wrong.getMessage()));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidPhoneNumbers(invalid);
        }
        return read;
    }
}
