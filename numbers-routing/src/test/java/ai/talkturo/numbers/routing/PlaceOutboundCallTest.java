package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.call.CallStatusChanged;
import ai.talkturo.numbers.domain.campaign.CallWindow;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import ai.talkturo.numbers.domain.campaign.OnDoNotCallList;
import ai.talkturo.numbers.domain.campaign.RetryPolicy;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.routing.port.DialFailed;
import ai.talkturo.numbers.routing.port.DialRequest;
import ai.talkturo.numbers.routing.port.Dialer;
import ai.talkturo.numbers.routing.port.Dialled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaceOutboundCallTest {

    private static final E164Number CALLEE = E164Number.of("+13125550199");

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    private final InMemoryCalls calls = new InMemoryCalls();
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryDoNotCallList doNotCall = new InMemoryDoNotCallList();
    private final RecordingEvent<CallStatusChanged> changes = new RecordingEvent<>();
    private final RoutingTable table = new RoutingTable();
    private final InMemoryChangeLog log = new InMemoryChangeLog();
    private final FollowRouteChanges follower = new FollowRouteChanges();
    private final List<DialRequest> dials = new ArrayList<>();
    private final List<CallStatus> storedWhenDialled = new ArrayList<>();
    private Function<DialRequest, Dialled> carrier = request -> new Dialled("CA" + dials.size(), CallStatus.QUEUED, null);
    private final PlaceOutboundCall place = new PlaceOutboundCall();
    private final TrackCalls track = new TrackCalls();
    private final RunCampaign run = new RunCampaign();
    private Assistant assistant;

    @BeforeEach
    void wire() {
        assistant = Assistant.create("acc_1", "Sales", null, null, null, clock);
        track.calls = calls;
        track.campaigns = campaigns;
        track.changes = changes;
        track.clock = clock;
        follower.table = table;
        follower.changes = log;
        follower.routes = new FixedRoutes(List.of());
        follower.clock = clock;
        follower.gapTimeout = Duration.ofMinutes(2);
        follower.retention = Duration.ofDays(1);
        follower.start();
        place.table = table;
        place.follower = follower;
        place.assistants = new OneAssistant(assistant);
        place.dialer = new Dialer() {
            @Override
            public String carrierOf(String phoneNumberId) {
                return "twilio";
            }

            @Override
            public Dialled dial(DialRequest request) {
                dials.add(request);
                storedWhenDialled.add(calls.byId(request.callId()).map(Call::status).orElse(null));
                return carrier.apply(request);
            }
        };
        place.track = track;
        place.clock = clock;
        place.streamUrl = "wss://voice.example/assistants/{assistantId}/stream";
        place.callsPerSecond = 1000;
        place.slots = new InMemoryCarrierSlots();
        place.doNotCall = doNotCall;
        place.pace();
        run.campaigns = campaigns;
        run.doNotCall = doNotCall;
        run.calls = calls;
        run.track = track;
        run.placeOutboundCall = place;
        run.clock = clock;
        run.interruptedAfter = Duration.ofMinutes(1);
        run.silenceLimit = Duration.ofHours(4);
        table.offer(new Route("+14155552671", "pn_1", "acc_1", assistant.id(), NumberStatus.ACTIVE, 1));
    }

    @Test
    void writesTheCallDownBeforeTheCarrierIsAskedThenKeepsTheCarriersId() {
        Call call = place.place("acc_1", assistant.id(), CALLEE, null);

        assertThat(storedWhenDialled).containsExactly(CallStatus.QUEUED);
        assertThat(dials).singleElement().satisfies(dial -> {
            assertThat(dial.callId()).isEqualTo(call.id()).startsWith("call_");
            assertThat(dial.from().value()).isEqualTo("+14155552671");
            assertThat(dial.provider()).isEqualTo("twilio");
            assertThat(dial.streamUrl()).isEqualTo("wss://voice.example/assistants/" + assistant.id() + "/stream?assistantId="
                    + assistant.id() + "&accountId=acc_1&phoneNumberId=" + call.phoneNumberId() + "&callId=" + call.id());
        });
        assertThat(call.carrierCallId()).isEqualTo("CA1");
        assertThat(calls.byId(call.id()).orElseThrow().carrierCallId()).isEqualTo("CA1");
        assertThat(changes.fired).extracting(CallStatusChanged::status).containsExactly(CallStatus.QUEUED);
    }

    @Test
    void aCarrierThatCannotBeAskedFailsTheCallOnceWithItsReason() {
        carrier = request -> {
            throw new DialFailed("Twilio did not answer in time; the call may ring anyway", null);
        };

        Call call = place.place("acc_1", assistant.id(), CALLEE, null);

        assertThat(dials).hasSize(1);
        assertThat(call.status()).isEqualTo(CallStatus.FAILED);
        assertThat(call.failureReason()).contains("may ring anyway");
    }

    @Test
    void aRefusalFailsTheCallWithTheCarriersWords() {
        carrier = request -> new Dialled(null, CallStatus.FAILED, "Twilio refused: the number is unreachable");

        assertThat(place.place("acc_1", assistant.id(), CALLEE, null).failureReason()).contains("unreachable");
    }

    @Test
    void reportsMoveTheCallForwardOnlyAndAReportMayComeBeforeTheDialsAnswer() {
        carrier = request -> {
            track.record(new CallProgress(request.callId(), "twilio", "CA9", CallStatus.RINGING, null, clock.instant()));
            return new Dialled("CA9", CallStatus.QUEUED, null);
        };
        Call call = place.place("acc_1", assistant.id(), CALLEE, null);
        assertThat(call.status()).isEqualTo(CallStatus.RINGING);

        track.record(new CallProgress(null, "twilio", "CA9", CallStatus.COMPLETED, null, clock.instant()));
        track.record(new CallProgress(null, "twilio", "CA9", CallStatus.IN_PROGRESS, null, clock.instant()));
        track.record(new CallProgress(null, "telnyx", "CA9", CallStatus.FAILED, null, clock.instant()));

        assertThat(calls.byId(call.id()).orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(changes.fired).extracting(CallStatusChanged::status)
                .containsExactly(CallStatus.QUEUED, CallStatus.RINGING, CallStatus.COMPLETED);
    }

    @Test
    void aReporterThatSpeaksForOtherNumbersMovesNoCall() {
        carrier = request -> new Dialled("CA7", CallStatus.QUEUED, null);
        Call call = place.place("acc_1", assistant.id(), CALLEE, null);

        assertThat(track.record(new CallProgress(call.id(), "twilio", "CA7", CallStatus.FAILED, "forged", clock.instant()),
                from -> from.value().equals("+16465550101"))).isEmpty();
        assertThat(calls.byId(call.id()).orElseThrow().status()).isEqualTo(CallStatus.QUEUED);

        assertThat(track.record(new CallProgress(call.id(), "twilio", "CA7", CallStatus.RINGING, null, clock.instant()),
                from -> from.equals(call.from()))).isPresent();
        assertThat(calls.byId(call.id()).orElseThrow().status()).isEqualTo(CallStatus.RINGING);
    }

    @Test
    void anAssistantWithoutNumbersPlacesNothing() {
        Assistant other = Assistant.create("acc_1", "Silent", null, null, null, clock);
        place.assistants = new OneAssistant(other);

        assertThatThrownBy(() -> place.place("acc_1", other.id(), CALLEE, null)).isInstanceOf(AssistantHasNoNumber.class);
        assertThat(calls.size()).isZero();
        assertThat(dials).isEmpty();
    }

    @Test
    void aNumberAssignedOnAnotherInstanceAMomentAgoIsFoundBeforeTheCallIsRefused() {
        Assistant other = Assistant.create("acc_1", "Support", null, null, null, clock);
        place.assistants = new OneAssistant(other);
        log.append(new Route("+14155552672", "pn_2", "acc_1", other.id(), NumberStatus.ACTIVE, 2));

        Call call = place.place("acc_1", other.id(), CALLEE, null);

        assertThat(call.from().value()).isEqualTo("+14155552672");
    }

    @Test
    void anotherAccountsAssistantIsUnknown() {
        assertThatThrownBy(() -> place.place("acc_2", assistant.id(), CALLEE, null)).isInstanceOf(NotFound.class);
    }

    @Test
    void aCampaignCallThatEndsSettlesItsContact() {
        Campaign campaign = campaign(1);
        Contact contact = campaigns.claimNext(campaign.id(), 1, clock.instant()).orElseThrow();

        Call call = place.placeFor(campaign, contact, table.route("+14155552671").orElseThrow()).orElseThrow();
        track.record(new CallProgress(call.id(), "twilio", null, CallStatus.BUSY, null, clock.instant()));

        Contact settled = campaigns.contact(contact.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(ContactStatus.FAILED);
        assertThat(settled.reason()).isEqualTo("The line was busy.");
        assertThat(settled.callId()).isEqualTo(call.id());
    }

    @Test
    void aContactNoLongerClaimedIsNotDialled() {
        Campaign campaign = campaign(1);
        Contact contact = campaigns.contacts(campaign.id()).get(0);

        assertThat(place.placeFor(campaign, contact, table.route("+14155552671").orElseThrow())).isEmpty();
        assertThat(dials).isEmpty();
        assertThat(calls.size()).isZero();
    }

    @Test
    void afterARestartAClaimedContactWithoutACallIsDialledAgainAndOneWithAnUnconfirmedCallIsNot() {
        Campaign campaign = campaign(3);
        Instant longAgo = clock.instant().minus(Duration.ofMinutes(5));
        List<Contact> contacts = campaigns.contacts(campaign.id());
        Contact neverDialled = contacts.get(0);
        campaigns.put(new Contact(neverDialled.id(), campaign.id(), 0, neverDialled.phoneNumber(), null,
                ContactStatus.DIALING, null, null, longAgo, longAgo, 0, null, null));
        Contact unconfirmed = contacts.get(1);
        Call maybeRang = Call.start("acc_1", assistant.id(), "pn_1", E164Number.of("+14155552671"), unconfirmed.phoneNumber(),
                "twilio", campaign.id(), unconfirmed.id(), clock);
        calls.add(maybeRang);
        campaigns.put(new Contact(unconfirmed.id(), campaign.id(), 1, unconfirmed.phoneNumber(), null,
                ContactStatus.DIALING, maybeRang.id(), null, longAgo, longAgo, 1, null, null));
        Contact justClaimed = contacts.get(2);
        campaigns.put(new Contact(justClaimed.id(), campaign.id(), 2, justClaimed.phoneNumber(), null,
                ContactStatus.DIALING, null, null, clock.instant(), clock.instant(), 0, null, null));

        run.settleInterrupted();

        assertThat(campaigns.contact(neverDialled.id()).orElseThrow().status()).isEqualTo(ContactStatus.PENDING);
        Contact failed = campaigns.contact(unconfirmed.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ContactStatus.FAILED);
        assertThat(failed.reason()).isEqualTo(RunCampaign.INTERRUPTED);
        assertThat(calls.byId(maybeRang.id()).orElseThrow().status()).isEqualTo(CallStatus.FAILED);
        assertThat(campaigns.contact(justClaimed.id()).orElseThrow().status()).isEqualTo(ContactStatus.DIALING);
        assertThat(dials).isEmpty();
    }

    @Test
    void aBusyContactIsCalledAgainAfterTheRetryPolicysPauseUntilItsAttemptsAreUsedUp() {
        RetryPolicy twice = new RetryPolicy(2, Duration.ofMinutes(30), Set.of(CallStatus.BUSY));
        Campaign campaign = campaign(1, new CampaignRules(CallWindow.DEFAULT, List.of(), twice, VoicemailMode.HANG_UP));
        Contact contact = campaigns.claimNext(campaign.id(), 1, clock.instant()).orElseThrow();
        Call first = place.placeFor(campaign, contact, table.route("+14155552671").orElseThrow()).orElseThrow();

        track.record(new CallProgress(first.id(), "twilio", null, CallStatus.BUSY, null, clock.instant()));

        Contact waiting = campaigns.contact(contact.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ContactStatus.PENDING);
        assertThat(waiting.waitingFor()).isEqualTo(ContactWait.RETRY);
        assertThat(waiting.dueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(campaigns.claimNext(campaign.id(), 1, clock.instant())).isEmpty();

        Contact again = campaigns.claimNext(campaign.id(), 1, waiting.dueAt()).orElseThrow();
        Call second = place.placeFor(campaign, again, table.route("+14155552671").orElseThrow()).orElseThrow();
        track.record(new CallProgress(first.id(), "twilio", null, CallStatus.BUSY, null, clock.instant()));
        assertThat(campaigns.contact(contact.id()).orElseThrow().status()).isEqualTo(ContactStatus.DIALING);
        track.record(new CallProgress(second.id(), "twilio", null, CallStatus.BUSY, null, clock.instant()));

        Contact failed = campaigns.contact(contact.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ContactStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.callId()).isEqualTo(second.id());
    }

    @Test
    void aCallAMachineAnsweredEndsItsContactAsVoicemailAndTheCarrierWasAskedToTellMachinesApart() {
        Campaign campaign = campaign(1);
        Contact contact = campaigns.claimNext(campaign.id(), 1, clock.instant()).orElseThrow();
        Call call = place.placeFor(campaign, contact, table.route("+14155552671").orElseThrow()).orElseThrow();

        track.record(new CallProgress(call.id(), "twilio", null, CallStatus.IN_PROGRESS, null, clock.instant(), true));
        track.record(new CallProgress(call.id(), "twilio", null, CallStatus.COMPLETED, null, clock.instant()));

        assertThat(dials.get(0).voicemail()).isEqualTo(VoicemailMode.HANG_UP);
        assertThat(calls.byId(call.id()).orElseThrow().isAnsweredByMachine()).isTrue();
        assertThat(campaigns.contact(contact.id()).orElseThrow().status()).isEqualTo(ContactStatus.VOICEMAIL);
    }

    @Test
    void aNumberOnTheDoNotCallListIsNotCalled() {
        doNotCall.add("acc_1", List.of(CALLEE), clock.instant());

        assertThatThrownBy(() -> place.place("acc_1", assistant.id(), CALLEE, null)).isInstanceOf(OnDoNotCallList.class);
        assertThat(dials).isEmpty();
        assertThat(calls.size()).isZero();
    }

    @Test
    void aCampaignCallsFromItsOwnNumbersTheOneInTheContactsCountryFirst() {
        table.offer(new Route("+4930901820", "pn_de", "acc_1", assistant.id(), NumberStatus.ACTIVE, 1));
        table.offer(new Route("+13125550100", "pn_chi", "acc_1", assistant.id(), NumberStatus.ACTIVE, 1));
        Campaign campaign = campaign(1, new CampaignRules(CallWindow.DEFAULT, List.of("pn_de", "pn_chi"),
                RetryPolicy.DEFAULT, VoicemailMode.CONTINUE));

        assertThat(place.callerIdFor(campaign, CALLEE).phoneNumberId()).isEqualTo("pn_chi");
        assertThat(place.callerIdFor(campaign, E164Number.of("+447911123456")).phoneNumberId()).isEqualTo("pn_de");
        assertThat(place.notCallableFrom("acc_1", assistant.id(), List.of("pn_de", "pn_gone"))).containsExactly("pn_gone");
    }

    private Campaign campaign(int size) {
        return campaign(size, CampaignRules.DEFAULT);
    }

    private Campaign campaign(int size, CampaignRules rules) {
        Campaign campaign = Campaign.start("acc_1", assistant.id(), "Follow-ups", 2, size, rules, clock);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            contacts.add(Contact.pending(campaign.id(), i, E164Number.of("+1312555" + (1000 + i)), "Contact " + i, clock));
        }
        campaigns.add(campaign, contacts);
        return campaign;
    }

    private record OneAssistant(Assistant assistant) implements Assistants {

        @Override
        public Optional<Assistant> byId(String id) {
            return Optional.of(assistant).filter(a -> a.id().equals(id));
        }

        @Override
        public Optional<Assistant> inAccount(String accountId, String id) {
            return byId(id).filter(a -> a.accountId().equals(accountId));
        }

        @Override
        public List<Assistant> ofAccount(String accountId) {
            return List.of(assistant);
        }

        @Override
        public void add(Assistant added) {
        }

        @Override
        public void update(Assistant updated) {
        }

        @Override
        public void remove(Assistant removed) {
        }
    }
}
