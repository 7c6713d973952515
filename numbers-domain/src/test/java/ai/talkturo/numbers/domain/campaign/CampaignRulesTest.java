package ai.talkturo.numbers.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final E164Number IN_LOS_ANGELES = E164Number.of("+13105550101");
    private static final E164Number IN_BERLIN = E164Number.of("+493012345678");
    private static final E164Number IN_NEWFOUNDLAND_AND_LABRADOR = E164Number.of("+17095550101");

    private static Instant at(String localDateTime, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    @Test
    void atOneMinuteToNineInLosAngelesItsContactIsCalledAndBerlinsWaitsForItsMorning() {
        Instant now = at("2026-12-07T20:59:00", LOS_ANGELES);
        assertThat(now.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(5, 59));

        assertThat(CampaignRules.DEFAULT.turnOf(IN_LOS_ANGELES, false, now)).isEqualTo(new ContactTurn.Dial());
        assertThat(CampaignRules.DEFAULT.turnOf(IN_BERLIN, false, now))
                .isEqualTo(new ContactTurn.Wait(at("2026-12-08T08:00:00", BERLIN), ContactWait.WINDOW));
    }

    @Test
    void atNineInLosAngelesItsContactWaitsForTheNextMorningThere() {
        Instant now = at("2026-12-07T21:00:00", LOS_ANGELES);

        assertThat(CampaignRules.DEFAULT.turnOf(IN_LOS_ANGELES, false, now))
                .isEqualTo(new ContactTurn.Wait(at("2026-12-08T08:00:00", LOS_ANGELES), ContactWait.WINDOW));
        assertThat(CampaignRules.DEFAULT.turnOf(IN_BERLIN, false, now))
                .isEqualTo(new ContactTurn.Wait(at("2026-12-08T08:00:00", BERLIN), ContactWait.WINDOW));
    }

    @Test
    void aCanadianNumberWhoseProvinceSpansTwoZonesWaitsForTheLaterOne() {
        assertThat(IN_NEWFOUNDLAND_AND_LABRADOR.timeZones())
                .containsExactlyInAnyOrder(ZoneId.of("America/St_Johns"), ZoneId.of("America/Puerto_Rico"));
        Instant eightInStJohns = at("2026-12-08T08:00:00", ZoneId.of("America/St_Johns"));

        assertThat(CampaignRules.DEFAULT.turnOf(IN_NEWFOUNDLAND_AND_LABRADOR, false, eightInStJohns))
                .isEqualTo(new ContactTurn.Wait(eightInStJohns.plus(Duration.ofMinutes(30)), ContactWait.WINDOW));
    }

    @Test
    void aNumberOnTheDoNotCallListIsSkippedWhateverTheTime() {
        Instant now = at("2026-12-07T12:00:00", LOS_ANGELES);

        assertThat(CampaignRules.DEFAULT.turnOf(IN_LOS_ANGELES, true, now))
                .isEqualTo(new ContactTurn.Skip(CampaignRules.DO_NOT_CALL));
    }

    @Test
    void aContactWhoseZonesNeverShareTheWindowIsSkipped() {
        CallWindow oneHour = new CallWindow(LocalTime.of(9, 0), LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class));
        CampaignRules rules = new CampaignRules(oneHour, List.of(), RetryPolicy.DEFAULT, VoicemailMode.HANG_UP);
        E164Number tollFree = E164Number.of("+18005550101");

        assertThat(tollFree.timeZones()).contains(ZoneId.of("Pacific/Guam"), ZoneId.of("America/New_York"));
        assertThat(rules.turnOf(tollFree, false, Instant.parse("2026-12-07T12:00:00Z")))
                .isEqualTo(new ContactTurn.Skip(CampaignRules.NEVER_IN_WINDOW));
    }

    @Test
    void aCallAnsweredByAPersonCompletesTheContactAndByAMachineEndsItAsVoicemail() {
        Instant ended = Instant.parse("2026-12-07T18:00:00Z");

        assertThat(CampaignRules.DEFAULT.outcomeOf(CallStatus.COMPLETED, false, null, 1, ended))
                .isEqualTo(new ContactOutcome.Finished(ContactStatus.COMPLETED, null));
        assertThat(CampaignRules.DEFAULT.outcomeOf(CallStatus.COMPLETED, true, null, 1, ended))
                .isEqualTo(new ContactOutcome.Finished(ContactStatus.VOICEMAIL, null));
    }

    @Test
    void busyAndUnansweredContactsAreCalledAgainUntilTheirAttemptsAreUsedUp() {
        RetryPolicy threeTimes = new RetryPolicy(3, Duration.ofMinutes(30), Set.of(CallStatus.BUSY, CallStatus.NO_ANSWER));
        CampaignRules rules = new CampaignRules(CallWindow.DEFAULT, List.of(), threeTimes, VoicemailMode.CONTINUE);
        Instant ended = Instant.parse("2026-12-07T18:00:00Z");

        assertThat(rules.outcomeOf(CallStatus.BUSY, false, null, 1, ended))
                .isEqualTo(new ContactOutcome.RetryAt(ended.plus(Duration.ofMinutes(30))));
        assertThat(rules.outcomeOf(CallStatus.NO_ANSWER, false, null, 2, ended))
                .isEqualTo(new ContactOutcome.RetryAt(ended.plus(Duration.ofMinutes(30))));
        assertThat(rules.outcomeOf(CallStatus.NO_ANSWER, false, null, 3, ended))
                .isEqualTo(new ContactOutcome.Finished(ContactStatus.FAILED, "Nobody answered."));
        assertThat(rules.outcomeOf(CallStatus.FAILED, false, "Carrier said no.", 1, ended))
                .isEqualTo(new ContactOutcome.Finished(ContactStatus.FAILED, "Carrier said no."));
    }

    @Test
    void byDefaultEachContactIsCalledOnce() {
        assertThat(CampaignRules.DEFAULT.outcomeOf(CallStatus.BUSY, false, null, 1, Instant.EPOCH))
                .isEqualTo(new ContactOutcome.Finished(ContactStatus.FAILED, "The line was busy."));
        assertThatThrownBy(() -> CampaignRules.DEFAULT.outcomeOf(CallStatus.RINGING, false, null, 1, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesAreOneToFiveAttemptsOfNotReachedCallsAtLeastAMinuteApart() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(30), RetryPolicy.RETRIABLE))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new RetryPolicy(6, Duration.ofMinutes(30), RetryPolicy.RETRIABLE))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(59), RetryPolicy.RETRIABLE))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofDays(8), RetryPolicy.RETRIABLE))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofMinutes(30), Set.of(CallStatus.COMPLETED)))
                .isInstanceOf(InvalidValue.class);
        assertThat(new RetryPolicy(5, Duration.ofMinutes(1), Set.of()).retryAt(CallStatus.BUSY, 1, Instant.EPOCH))
                .isEmpty();
    }

    @Test
    void theNumbersToCallFromAreNamedOnceEach() {
        CampaignRules rules = new CampaignRules(CallWindow.DEFAULT, List.of("pn_2", "pn_1", "pn_2"), RetryPolicy.DEFAULT,
                VoicemailMode.HANG_UP);

        assertThat(rules.fromNumberIds()).containsExactly("pn_2", "pn_1");
        assertThatThrownBy(() -> new CampaignRules(CallWindow.DEFAULT, List.of(" "), RetryPolicy.DEFAULT,
                VoicemailMode.HANG_UP)).isInstanceOf(InvalidValue.class);
    }
}
