package ai.talkturo.numbers.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void startsRunningAndPausesAndResumes() {
        Campaign campaign = Campaign.start("acc_1", "as_1", "Renewals", 3, 30, CampaignRules.DEFAULT, clock);
        assertThat(campaign.id()).startsWith("cmp_");
        assertThat(campaign.running()).isTrue();

        campaign.pause(clock);
        campaign.pause(clock);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.PAUSED);

        campaign.resume(clock);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.RUNNING);
    }

    @Test
    void aCompletedCampaignCannotPauseOrResume() {
        Campaign campaign = Campaign.start("acc_1", "as_1", "Renewals", 3, 30, CampaignRules.DEFAULT, clock);
        campaign.complete(clock);

        assertThat(campaign.completedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> campaign.pause(clock)).isInstanceOf(IllegalCampaignTransition.class);
        assertThatThrownBy(() -> campaign.resume(clock)).isInstanceOf(IllegalCampaignTransition.class);
    }

    @Test
    void callsOneToFiftyAtATimeAndOneToTenThousandContacts() {
        assertThatThrownBy(() -> Campaign.start("acc_1", "as_1", "x", 0, 1, CampaignRules.DEFAULT, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Campaign.start("acc_1", "as_1", "x", 51, 1, CampaignRules.DEFAULT, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Campaign.start("acc_1", "as_1", "x", 5, 0, CampaignRules.DEFAULT, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Campaign.start("acc_1", "as_1", "x", 5, 10_001, CampaignRules.DEFAULT, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Campaign.start("acc_1", "as_1", "x", 50, 10_000, CampaignRules.DEFAULT, clock).maxConcurrentCalls()).isEqualTo(50);
    }

    @Test
    void aRunningCampaignWhoseContactsAllWaitForTheirWindowShowsSo() {
        Campaign campaign = Campaign.start("acc_1", "as_1", "Night", 3, 2, CampaignRules.DEFAULT, clock);

        assertThat(campaign.shownStatus(new ContactTally(2, 0, 0, 0, 0, 0), () -> true)).isEqualTo("waiting_for_window");
        assertThat(campaign.shownStatus(new ContactTally(2, 0, 0, 0, 0, 0), () -> false)).isEqualTo("running");
        assertThat(campaign.shownStatus(new ContactTally(1, 1, 0, 0, 0, 0), () -> true)).isEqualTo("running");
        assertThat(campaign.shownStatus(new ContactTally(0, 0, 2, 0, 0, 0), () -> true)).isEqualTo("running");
        campaign.pause(clock);
        assertThat(campaign.shownStatus(new ContactTally(2, 0, 0, 0, 0, 0), () -> true)).isEqualTo("paused");
    }
}
