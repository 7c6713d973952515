package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.campaign.CallWindow;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.routing.CampaignProgress;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.Map;

/**
 * A campaign as the API shows it: its rules, its totals and each contact's status, attempts and, while it waits, when
 * it is due and why, in the order the contacts were given.
 */
@JsonbNillable
public record CampaignJson(String id, String assistantId, String name, String status, int maxConcurrentCalls,
                           CallWindowJson callWindow, List<String> fromNumberIds, RetryJson retry, String voicemail,
                           String nextWindowOpensAt, Totals totals, List<ContactJson> contacts, String createdAt,
                           String updatedAt, String completedAt) {

    public record CallWindowJson(String start, String end, List<String> days) {
    }

    public record RetryJson(int maxAttempts, String after, List<String> on) {
    }

    public record Totals(long contacts, long pending, long dialing, long completed, long voicemail, long failed,
                         long skipped) {

        static Totals of(ContactTally tally) {
            return new Totals(tally.total(), tally.pending(), tally.dialing(), tally.completed(), tally.voicemail(),
                    tally.failed(), tally.skipped());
        }
    }

    public record AttemptJson(String callId, String status, String at) {

        static AttemptJson of(Call call) {
            return new AttemptJson(call.id(), call.isAnsweredByMachine() && call.status() == CallStatus.COMPLETED
                    ? ContactStatus.VOICEMAIL.apiName() : call.status().apiName(),
                    Times.iso(call.endedAt() != null ? call.endedAt() : call.createdAt()));
        }
    }

    /**
     * One contact. {@code reason} says why it failed (in words) or was skipped (a code: {@code do_not_call},
     * {@code never_in_window}, {@code unknown_time_zone}); {@code failureReason} is the same for a failed one.
     */
    @JsonbNillable
    public record ContactJson(String id, String phoneNumber, String name, String status, String waitingFor,
                              String dueAt, String callId, String reason, String failureReason,
                              List<AttemptJson> attempts, String updatedAt) {

        static ContactJson of(Contact contact, List<Call> calls) {
            boolean waits = contact.status() == ContactStatus.PENDING && contact.waitingFor() != null;
            return new ContactJson(contact.id(), contact.phoneNumber().value(), contact.name(),
                    contact.status().apiName(), waits ? contact.waitingFor().apiName() : null,
                    waits ? Times.iso(contact.dueAt()) : null, contact.callId(),
                    contact.status().isFinal() ? contact.reason() : null,
                    contact.status() == ContactStatus.FAILED ? contact.reason() : null,
                    calls.stream().map(AttemptJson::of).toList(), Times.iso(contact.updatedAt()));
        }
    }

    static CampaignJson of(CampaignProgress progress) {
        Campaign campaign = progress.campaign();
        CampaignRules rules = campaign.rules();
        Map<String, List<Call>> attempts = progress.attempts();
        return new CampaignJson(campaign.id(), campaign.assistantId(), campaign.name(), progress.shownStatus(),
                campaign.maxConcurrentCalls(),
                new CallWindowJson(CallWindow.text(rules.window().start()), CallWindow.text(rules.window().end()),
                        rules.window().dayNames()),
                rules.fromNumberIds(),
                new RetryJson(rules.retry().maxAttempts(), rules.retry().after().toString(),
                        rules.retry().on().stream().map(CallStatus::apiName).sorted().toList()),
                rules.voicemail().apiName(), Times.iso(progress.nextWindowOpens()), Totals.of(progress.tally()),
                progress.contacts().stream()
                        .map(contact -> ContactJson.of(contact, attempts.getOrDefault(contact.id(), List.of())))
                        .toList(),
                Times.iso(campaign.createdAt()), Times.iso(campaign.updatedAt()), Times.iso(campaign.completedAt()));
    }
}
