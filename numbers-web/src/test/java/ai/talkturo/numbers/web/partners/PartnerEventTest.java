package ai.talkturo.numbers.web.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.call.CallStatusChanged;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import ai.talkturo.numbers.web.partners.port.EventType;
import ai.talkturo.numbers.web.partners.port.PartnerEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerEventTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.250Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void anActivatedNumberIsAStatusChangeFromPurchasingToActive() {
        PhoneNumber number = purchasing(null);
        number.pullEvents();
        number.activate("PN1", clock);
        NumberChanged activated = only(number.pullEvents());

        List<PartnerEvent> events = PartnerEvent.about(activated, number, clock);

        assertThat(events).extracting(PartnerEvent::type).containsExactly(EventType.NUMBER_STATUS_CHANGED);
        JsonObject body = parse(events.get(0).body());
        assertThat(body.keySet()).containsExactly("id", "type", "createdAt", "data");
        assertThat(body.getString("id")).matches("evt_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(body.getString("type")).isEqualTo("number.status_changed");
        assertThat(body.getString("createdAt")).isEqualTo("2026-11-23T10:15:30Z");
        JsonObject data = body.getJsonObject("data");
        assertThat(data.keySet()).containsExactly("id", "accountId", "phoneNumber", "status", "previousStatus",
                "statusReason", "assistantId", "trial", "expiresAt");
        assertThat(data.getString("id")).isEqualTo(number.id());
        assertThat(data.getString("accountId")).isEqualTo("acc_1");
        assertThat(data.getString("phoneNumber")).isEqualTo("+14155552671");
        assertThat(data.getString("status")).isEqualTo("active");
        assertThat(data.getString("previousStatus")).isEqualTo("purchasing");
        assertThat(data.get("statusReason")).isEqualTo(JsonValue.NULL);
        assertThat(data.get("assistantId")).isEqualTo(JsonValue.NULL);
        assertThat(data.getBoolean("trial")).isFalse();
        assertThat(data.get("expiresAt")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void aFailedOrderCarriesItsReason() {
        PhoneNumber number = purchasing(null);
        number.pullEvents();
        number.fail("The carrier has no numbers left in 415.", clock);

        JsonObject data = parse(PartnerEvent.about(only(number.pullEvents()), number, clock).get(0).body()).getJsonObject("data");

        assertThat(data.getString("status")).isEqualTo("error");
        assertThat(data.getString("statusReason")).isEqualTo("The carrier has no numbers left in 415.");
    }

    @Test
    void aReleaseIsBothAStatusChangeAndARelease() {
        PhoneNumber number = active();
        number.release(clock);

        List<PartnerEvent> events = PartnerEvent.about(only(number.pullEvents()), number, clock);

        assertThat(events).extracting(PartnerEvent::type)
                .containsExactly(EventType.NUMBER_STATUS_CHANGED, EventType.NUMBER_RELEASED);
        assertThat(events).extracting(PartnerEvent::id).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(event -> {
            JsonObject data = parse(event.body()).getJsonObject("data");
            assertThat(data.getString("status")).isEqualTo("released");
            assertThat(data.getString("previousStatus")).isEqualTo("active");
        });
        assertThat(parse(events.get(1).body()).getString("type")).isEqualTo("number.released");
    }

    @Test
    void anExpiredTrialIsReleasedToo() {
        PhoneNumber number = purchasing(NOW.minusSeconds(1));
        number.activate("PN1", clock);
        number.pullEvents();
        number.releaseExpiredTrial(clock);

        assertThat(PartnerEvent.typesFor(only(number.pullEvents())))
                .containsExactly(EventType.NUMBER_STATUS_CHANGED, EventType.NUMBER_RELEASED);
    }

    @Test
    void orderingAssigningAndEndingATrialTellPartnersNothing() {
        PhoneNumber number = purchasing(NOW.plus(Duration.ofDays(5)));
        NumberChanged started = only(number.pullEvents());
        number.activate("PN1", clock);
        number.pullEvents();
        number.assignTo(Assistant.restore("as_1", "acc_1", "Ava", null, null, null, NOW, NOW, 0), clock);
        number.unassign(clock);
        number.endTrial(clock);

        assertThat(PartnerEvent.typesFor(started)).isEmpty();
        assertThat(number.pullEvents()).allSatisfy(change -> assertThat(PartnerEvent.typesFor(change)).isEmpty());
    }

    @Test
    void anExpiringTrialShowsWhenItExpires() {
        Instant expiry = NOW.plus(Duration.ofHours(20));
        PhoneNumber number = purchasing(expiry);
        number.activate("PN1", clock);

        PartnerEvent event = PartnerEvent.trialExpiring(number, clock);

        JsonObject body = parse(event.body());
        assertThat(body.getString("type")).isEqualTo("number.trial_expiring");
        assertThat(body.getJsonObject("data").getBoolean("trial")).isTrue();
        assertThat(body.getJsonObject("data").getString("expiresAt")).isEqualTo("2026-11-24T06:15:30Z");
        assertThat(body.getJsonObject("data").getString("status")).isEqualTo("active");
        assertThat(body.getJsonObject("data").get("previousStatus")).isEqualTo(JsonValue.NULL);
        assertThatThrownBy(() -> PartnerEvent.trialExpiring(active(), clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBodyIsTheSameEveryTimeItIsRead() {
        PhoneNumber number = active();
        number.release(clock);
        PartnerEvent event = PartnerEvent.about(only(number.pullEvents()), number, clock).get(0);

        assertThat(event.body()).isEqualTo(event.body());
    }

    @Test
    void aCallThatMovedOnIsACallStatusChange() {
        CallStatusChanged answered = call(CallStatus.RINGING, CallStatus.IN_PROGRESS);

        PartnerEvent event = PartnerEvent.about(answered, clock).orElseThrow();

        JsonObject body = parse(event.body());
        assertThat(body.getString("type")).isEqualTo("call.status_changed");
        JsonObject data = body.getJsonObject("data");
        assertThat(data.getString("id")).isEqualTo("call_1");
        assertThat(data.getString("status")).isEqualTo("in-progress");
        assertThat(data.getString("previousStatus")).isEqualTo("ringing");
        assertThat(data.getString("from")).isEqualTo("+14155552671");
        assertThat(data.get("campaignId")).isEqualTo(JsonValue.NULL);
        assertThat(PartnerEvent.about(call(null, CallStatus.QUEUED), clock)).isEmpty();
    }

    private CallStatusChanged call(CallStatus previous, CallStatus status) {
        return new CallStatusChanged("call_1", "acc_1", "as_1", "pn_1", "+14155552671", "+14155550111", previous,
                status, null, null, null, NOW);
    }

    private PhoneNumber purchasing(Instant trialExpiry) {
        return PhoneNumber.startPurchase("acc_1", E164Number.of("+14155552671"), NumberType.LOCAL,
                Price.of("1.00", "1.00"), List.of("voice"), "sandbox", trialExpiry, clock);
    }

    private PhoneNumber active() {
        PhoneNumber number = purchasing(null);
        number.activate("PN1", clock);
        number.pullEvents();
        return number;
    }

    private static NumberChanged only(List<NumberChanged> changes) {
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
