package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a campaign may do besides dialling its list: when each contact may be called ({@link CallWindow}, in the
 * contact's own time), which of the assistant's numbers it calls from ({@code fromNumberIds}, empty for any of
 * them), how often it tries again ({@link RetryPolicy}) and what a call answered by a machine does
 * ({@link VoicemailMode}).
 */
public record CampaignRules(CallWindow window, List<String> fromNumberIds, RetryPolicy retry, VoicemailMode voicemail) {

    public static final int MAX_FROM_NUMBERS = 50;
    public static final CampaignRules DEFAULT = new CampaignRules(CallWindow.DEFAULT, List.of(), RetryPolicy.DEFAULT,
            VoicemailMode.HANG_UP);

    /** Why a contact is skipped: the account's do-not-call list has it. */
    public static final String DO_NOT_CALL = "do_not_call";
    /** Why a contact is skipped: its number's time zones are unknown, so its local time is too. */
    public static final String UNKNOWN_TIME_ZONE = "unknown_time_zone";
    /** Why a contact is skipped: the window never holds in all of its number's time zones at once. */
    public static final String NEVER_IN_WINDOW = "never_in_window";

    public CampaignRules {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(voicemail, "voicemail");
        if (fromNumberIds == null) {
            fromNumberIds = List.of();
        }
        if (fromNumberIds.size() > MAX_FROM_NUMBERS) {
            throw new InvalidValue("a campaign calls from at most " + MAX_FROM_NUMBERS + " numbers");
        }
        Set<String> distinct = new LinkedHashSet<>(fromNumberIds);
        if (distinct.contains(null) || distinct.stream().anyMatch(String::isBlank)) {
            throw new InvalidValue("fromNumberIds names numbers by their ids");
        }
        fromNumberIds = List.copyOf(distinct);
    }

    /** What to do with a contact taken for dialling at {@code now}. */
    public ContactTurn turnOf(E164Number contact, boolean onDoNotCallList, Instant now) {
        if (onDoNotCallList) {
            return new ContactTurn.Skip(DO_NOT_CALL);
        }
        Set<ZoneId> zones = contact.timeZones();
        if (zones.isEmpty()) {
            return new ContactTurn.Skip(UNKNOWN_TIME_ZONE);
        }
        Optional<Instant> opening = window.nextOpening(now, zones);
        if (opening.isEmpty()) {
            return new ContactTurn.Skip(NEVER_IN_WINDOW);
        }
        return opening.get().equals(now) ? new ContactTurn.Dial() : new ContactTurn.Wait(opening.get(), ContactWait.WINDOW);
    }

    /**
     * What becomes of a contact once the {@code attemptsMade}-th call to it ended {@code ended} at {@code at}:
     * answered by a machine it is {@code voicemail}, answered by a person {@code completed}; otherwise it is called
     * again if the retry policy says so, or it has {@code failed} for {@code reason}.
     */
    public ContactOutcome outcomeOf(CallStatus ended, boolean answeredByMachine, String reason, int attemptsMade,
                                    Instant at) {
        if (!ended.isFinal()) {
            throw new IllegalArgumentException("a call that has not ended has no outcome yet: " + ended.apiName());
        }
        if (answeredByMachine) {
            return new ContactOutcome.Finished(ContactStatus.VOICEMAIL, null);
        }
        if (ended == CallStatus.COMPLETED) {
            return new ContactOutcome.Finished(ContactStatus.COMPLETED, null);
        }
        return retry.retryAt(ended, attemptsMade, at)
                .<ContactOutcome>map(ContactOutcome.RetryAt::new)
                .orElseGet(() -> new ContactOutcome.Finished(ContactStatus.FAILED,
                        reason != null ? reason : ended.defaultReason()));
    }
}
