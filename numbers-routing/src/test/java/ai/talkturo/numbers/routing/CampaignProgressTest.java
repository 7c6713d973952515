package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-08T04:00:00Z"), ZoneOffset.UTC);
    private final Campaign campaign = Campaign.start("acc_1", "as_1", "Night", 2, 2, CampaignRules.DEFAULT, clock);
    private final Instant eight = Instant.parse("2026-12-08T14:00:00Z");
    private final Instant nine = Instant.parse("2026-12-08T15:00:00Z");

    @Test
    void aRunningCampaignWhoseContactsAllWaitForTheirWindowSaysSoAndWhenTheFirstOpens() {
        CampaignProgress progress = progress(List.of(waiting(0, nine, ContactWait.WINDOW), waiting(1, eight, ContactWait.WINDOW)),
                new ContactTally(2, 0, 0, 0, 0, 0));

        assertThat(progress.shownStatus()).isEqualTo(Campaign.WAITING_FOR_WINDOW);
        assertThat(progress.nextWindowOpens()).isEqualTo(eight);
    }

    @Test
    void aContactWaitingForARetryOrBeingDialledKeepsTheCampaignRunning() {
        assertThat(progress(List.of(waiting(0, eight, ContactWait.WINDOW), waiting(1, eight, ContactWait.RETRY)),
                new ContactTally(2, 0, 0, 0, 0, 0)).shownStatus()).isEqualTo("running");
        assertThat(progress(List.of(waiting(0, eight, ContactWait.WINDOW)), new ContactTally(1, 1, 0, 0, 0, 0))
                .shownStatus()).isEqualTo("running");
    }

    @Test
    void aPausedCampaignIsPausedWhateverItsContactsWaitFor() {
        campaign.pause(clock);

        assertThat(progress(List.of(waiting(0, eight, ContactWait.WINDOW)), new ContactTally(1, 0, 0, 0, 0, 0))
                .shownStatus()).isEqualTo("paused");
    }

    @Test
    void aWindowThatHasOpenedMeansNoWaitAnyMore() {
        CampaignProgress progress = progress(List.of(waiting(0, clock.instant().minus(Duration.ofMinutes(1)),
                ContactWait.WINDOW)), new ContactTally(1, 0, 0, 0, 0, 0));

        assertThat(progress.shownStatus()).isEqualTo("running");
        assertThat(progress.nextWindowOpens()).isNull();
    }

    private CampaignProgress progress(List<Contact> contacts, ContactTally tally) {
        return new CampaignProgress(campaign, contacts, tally, List.of(), clock.instant());
    }

    private Contact waiting(int index, Instant due, ContactWait why) {
        return new Contact("ct_" + index, campaign.id(), index, E164Number.of("+1312555440" + index), null,
                ContactStatus.PENDING, null, null, null, clock.instant(), 0, due, why);
    }
}
