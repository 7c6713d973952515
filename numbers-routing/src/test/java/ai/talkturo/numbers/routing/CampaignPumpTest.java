package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.CampaignStatus;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CampaignPumpTest {

    private static final ZoneId SAN_FRANCISCO = ZoneId.of("America/Los_Angeles");

    /** 10:15 in San Francisco, where the contacts are: inside the default call window. */
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T18:15:30Z"));
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryDoNotCallList doNotCall = new InMemoryDoNotCallList();
    private final List<String> dialled = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private final CampaignPump pump = new CampaignPump(campaigns, doNotCall, this::dial, clock);

    @Test
    void neverHasMoreCallsInFlightThanTheCampaignAllows() {
        Campaign campaign = campaign(30, 3);

        int first = pump.pump(campaign.id());

        assertThat(first).isEqualTo(3);
        assertThat(campaigns.tally(campaign.id()).dialing()).isEqualTo(3);
        while (!campaigns.tally(campaign.id()).done()) {
            endOneCall(campaign.id(), ContactStatus.COMPLETED);
            pump.pump(campaign.id());
        }
        pump.pump(campaign.id());

        assertThat(mostAtOnce).hasValue(3);
        assertThat(dialled).hasSize(30).doesNotHaveDuplicates();
        assertThat(campaigns.tally(campaign.id()).completed()).isEqualTo(30);
        assertThat(campaigns.byId(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void dialsTheContactsInTheOrderTheyWereGiven() {
        Campaign campaign = campaign(5, 1);

        while (!campaigns.tally(campaign.id()).done()) {
            pump.pump(campaign.id());
            endOneCall(campaign.id(), ContactStatus.COMPLETED);
        }

        assertThat(dialled).containsExactlyElementsOf(campaigns.contacts(campaign.id()).stream().map(Contact::id).toList());
    }

    @Test
    void manyPumpsAtOnceStillDialEachContactOnceAndKeepTheLimit() throws Exception {
        Campaign campaign = campaign(200, 4);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 7; i++) {
            workers.execute(() -> {
                while (!campaigns.tally(campaign.id()).done() || campaigns.byId(campaign.id()).orElseThrow().running()) {
                    pump.pump(campaign.id());
                    Thread.onSpinWait();
                }
            });
        }
        workers.execute(() -> {
            while (!campaigns.tally(campaign.id()).done()) {
                endOneCall(campaign.id(), ThreadLocalRandom.current().nextBoolean() ? ContactStatus.COMPLETED : ContactStatus.FAILED);
            }
        });
        workers.shutdown();

        assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mostAtOnce.get()).isBetween(1, 4);
        assertThat(dialled).hasSize(200).doesNotHaveDuplicates();
        assertThat(campaigns.byId(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void aPausedCampaignDialsNothingUntilItResumes() {
        Campaign campaign = campaign(10, 2);
        pump.pump(campaign.id());
        pause(campaign.id());

        endOneCall(campaign.id(), ContactStatus.COMPLETED);
        endOneCall(campaign.id(), ContactStatus.COMPLETED);

        assertThat(pump.pump(campaign.id())).isZero();
        assertThat(campaigns.tally(campaign.id()).pending()).isEqualTo(8);
        assertThat(campaigns.byId(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.PAUSED);

        resume(campaign.id());
        assertThat(pump.pump(campaign.id())).isEqualTo(2);
    }

    @Test
    void aContactThatCannotBeCalledFailsAndTheCampaignGoesOn() {
        Campaign campaign = campaign(3, 3);
        Contact second = campaigns.contacts(campaign.id()).get(1);
        failing.put(second.id(), "assistant as_1 has no active number");

        pump.pump(campaign.id());
        endOneCall(campaign.id(), ContactStatus.COMPLETED);
        endOneCall(campaign.id(), ContactStatus.COMPLETED);
        pump.pump(campaign.id());

        assertThat(campaigns.contact(second.id()).orElseThrow().status()).isEqualTo(ContactStatus.FAILED);
        assertThat(campaigns.contact(second.id()).orElseThrow().reason()).contains("no active number");
        assertThat(campaigns.byId(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void aCampaignCompletesOnlyWhenNoContactWaitsOrIsBeingDialled() {
        Campaign campaign = campaign(2, 2);

        pump.pump(campaign.id());
        endOneCall(campaign.id(), ContactStatus.COMPLETED);
        pump.pump(campaign.id());
        assertThat(campaigns.byId(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);

        endOneCall(campaign.id(), ContactStatus.FAILED);
        pump.pump(campaign.id());
        assertThat(campaigns.byId(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    private void dial(Campaign campaign, Contact contact) {
        dialled.add(contact.id());
        String refusal = failing.get(contact.id());
        if (refusal != null) {
            campaigns.finish(contact.id(), null, ContactStatus.FAILED, refusal, clock.instant());
            return;
        }
        campaigns.attachCall(contact.id(), "call_" + contact.index());
        mostAtOnce.accumulateAndGet((int) campaigns.tally(campaign.id()).dialing(), Math::max);
    }

    private void endOneCall(String campaignId, ContactStatus how) {
        campaigns.contacts(campaignId).stream()
                .filter(contact -> contact.status() == ContactStatus.DIALING)
                .findFirst()
                .ifPresent(contact -> campaigns.finish(contact.id(), contact.callId(), how,
                        how == ContactStatus.FAILED ? "The line was busy." : null, clock.instant()));
    }

    @Test
    void aCampaignStartedAtTenAtNightForItsContactsDialsNoneOfThemUntilEightInTheMorning() {
        clock.set(ZonedDateTime.of(LocalDateTime.parse("2026-11-23T22:00:00"), SAN_FRANCISCO).toInstant());
        Campaign campaign = campaign(3, 3);
        Instant eight = ZonedDateTime.of(LocalDateTime.parse("2026-11-24T08:00:00"), SAN_FRANCISCO).toInstant();

        assertThat(pump.pump(campaign.id())).isZero();
        assertThat(campaigns.contacts(campaign.id())).allSatisfy(contact -> {
            assertThat(contact.status()).isEqualTo(ContactStatus.PENDING);
            assertThat(contact.dueAt()).isEqualTo(eight);
            assertThat(contact.waitingFor()).isEqualTo(ContactWait.WINDOW);
        });
        clock.set(eight.minusSeconds(1));
        assertThat(pump.pump(campaign.id())).isZero();
        assertThat(dialled).isEmpty();

        clock.set(eight);
        assertThat(pump.pump(campaign.id())).isEqualTo(3);
        assertThat(campaigns.contacts(campaign.id())).allSatisfy(contact -> {
            assertThat(contact.status()).isEqualTo(ContactStatus.DIALING);
            assertThat(contact.waitingFor()).isNull();
        });
    }

    @Test
    void eachContactWaitsForItsOwnMorning() {
        clock.set(ZonedDateTime.of(LocalDateTime.parse("2026-11-23T20:59:00"), SAN_FRANCISCO).toInstant());
        Campaign campaign = campaign(List.of("+14155552000", "+493012345678"), 2);

        assertThat(pump.pump(campaign.id())).isEqualTo(1);
        List<Contact> contacts = campaigns.contacts(campaign.id());
        assertThat(contacts.get(0).status()).isEqualTo(ContactStatus.DIALING);
        assertThat(contacts.get(1).status()).isEqualTo(ContactStatus.PENDING);
        assertThat(contacts.get(1).dueAt()).isEqualTo(
                ZonedDateTime.of(LocalDateTime.parse("2026-11-24T08:00:00"), ZoneId.of("Europe/Berlin")).toInstant());
    }

    @Test
    void aContactOnTheAccountsDoNotCallListIsSkippedAndNeverDialled() {
        doNotCall.add("acc_1", List.of(E164Number.of("+14155552001")), clock.instant());
        Campaign campaign = campaign(3, 3);

        assertThat(pump.pump(campaign.id())).isEqualTo(2);

        Contact skipped = campaigns.contacts(campaign.id()).get(1);
        assertThat(skipped.status()).isEqualTo(ContactStatus.SKIPPED);
        assertThat(skipped.reason()).isEqualTo("do_not_call");
        assertThat(dialled).doesNotContain(skipped.id());
        assertThat(campaigns.tally(campaign.id()).skipped()).isEqualTo(1);
    }

    private Campaign campaign(int contacts, int maxConcurrentCalls) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            numbers.add("+1415555" + String.format("%04d", 2000 + i));
        }
        return campaign(numbers, maxConcurrentCalls);
    }

    private Campaign campaign(List<String> numbers, int maxConcurrentCalls) {
        Campaign campaign = Campaign.start("acc_1", "as_1", "Renewals", maxConcurrentCalls, numbers.size(),
                CampaignRules.DEFAULT, clock);
        List<Contact> list = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            list.add(Contact.pending(campaign.id(), i, E164Number.of(numbers.get(i)), null, clock));
        }
        campaigns.add(campaign, list);
        return campaign;
    }

    private void pause(String campaignId) {
        Campaign campaign = campaigns.byId(campaignId).orElseThrow();
        campaign.pause(clock);
        campaigns.update(campaign);
    }

    private void resume(String campaignId) {
        Campaign campaign = campaigns.byId(campaignId).orElseThrow();
        campaign.resume(clock);
        campaigns.update(campaign);
    }
}
