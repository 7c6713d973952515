package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignStatus;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final List<String> dialled = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private final CampaignPump pump = new CampaignPump(campaigns, this::dial, clock);

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
        assertThat(campaigns.contact(second.id()).orElseThrow().failureReason()).contains("no active number");
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
            campaigns.finish(contact.id(), ContactStatus.FAILED, refusal, clock.instant());
            return;
        }
        campaigns.attachCall(contact.id(), "call_" + contact.index());
        mostAtOnce.accumulateAndGet((int) campaigns.tally(campaign.id()).dialing(), Math::max);
    }

    private void endOneCall(String campaignId, ContactStatus how) {
        campaigns.contacts(campaignId).stream()
                .filter(contact -> contact.status() == ContactStatus.DIALING)
                .findFirst()
                .ifPresent(contact -> campaigns.finish(contact.id(), how, how == ContactStatus.FAILED ? "The line was busy." : null,
                        clock.instant()));
    }

    private Campaign campaign(int contacts, int maxConcurrentCalls) {
        Campaign campaign = Campaign.start("acc_1", "as_1", "Renewals", maxConcurrentCalls, contacts, clock);
        List<Contact> list = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            list.add(Contact.pending(campaign.id(), i, E164Number.of("+1415555" + String.format("%04d", 2000 + i)), null, clock));
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
