package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A number's inbound rules over HTTP: set with {@code PATCH /api/phone-numbers/{id}}, answered by the signed voice
 * webhooks of both carriers (blocked callers, business hours, the fallback when nobody can answer and when the
 * assistant's stream ends), shown by the operator's route, and refused field by field when wrong.
 */
class InboundRulesIT {

    private static final KeyPair TELNYX_KEYS = SharedNumbers.TELNYX_KEYS;
    private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String DIAL_DESK = PROLOGUE + "<Response><Dial><Number>+4930901820</Number></Dial></Response>";
    private static final String CALLER = "+14155550111";

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private Api.Account account;
    private VoiceWebhooks carrier;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("Front Desk", "pro");
        carrier = new VoiceWebhooks(deployment, TELNYX_KEYS);
    }

    @Test
    void outsideBusinessHoursACallGoesToTheFallbackOnBothCarriers() throws Exception {
        JsonObject number = assignedNumber();
        String e164 = number.getString("phoneNumber");

        JsonObject changed = change(number, "{\"inbound\": {\"fallback\": {\"phoneNumber\": \"+4930901820\"},"
                + " \"businessHours\": {\"timeZone\": \"UTC\", \"open\": [{\"days\": [\"" + notToday() + "\"],"
                + " \"from\": \"00:00\", \"to\": \"24:00\"}]}}}");

        assertThat(changed.getJsonObject("inbound").getJsonObject("businessHours").getString("timeZone")).isEqualTo("UTC");
        awaitRule(e164, "businessHours");
        assertThat(carrier.twilio("/webhooks/twilio/voice", VoiceWebhooks.call(CALLER, e164, "CA1", "ringing")).body())
                .isEqualTo(DIAL_DESK);
        assertThat(carrier.telnyx("/webhooks/telnyx/voice", VoiceWebhooks.call(CALLER, e164, "v3:1", "ringing")).body())
                .isEqualTo(DIAL_DESK);
        JsonObject route = route(e164, null);
        assertThat(route.getString("action")).isEqualTo("dial");
        assertThat(route.getString("fallback")).isEqualTo("+4930901820");
    }

    @Test
    void outsideBusinessHoursWithoutAFallbackTheCallerHearsTheClosedMessage() throws Exception {
        JsonObject number = assignedNumber();
        change(number, "{\"inbound\": {\"businessHours\": {\"timeZone\": \"Europe/Berlin\", \"closedMessage\": \"We open at eight.\","
                + " \"open\": [{\"days\": [\"" + notToday() + "\"], \"from\": \"00:00\", \"to\": \"24:00\"}]}}}");
        awaitRule(number.getString("phoneNumber"), "businessHours");

        assertThat(carrier.twilio("/webhooks/twilio/voice", VoiceWebhooks.call(CALLER, number.getString("phoneNumber"), "CA2", "ringing"))
                .body()).isEqualTo(PROLOGUE + "<Response><Say>We open at eight.</Say><Hangup/></Response>");
    }

    @Test
    void aStreamThatEndsWhileTheCallerIsStillThereGoesOnToTheFallback() throws Exception {
        JsonObject number = assignedNumber();
        String e164 = number.getString("phoneNumber");
        change(number, "{\"inbound\": {\"fallback\": {\"phoneNumber\": \"+4930901820\"}}}");
        awaitFallback(e164);

        HttpResponse<String> connect = carrier.twilio("/webhooks/twilio/voice", VoiceWebhooks.call(CALLER, e164, "CA3", "ringing"));
        assertThat(connect.body()).startsWith(PROLOGUE + "<Response><Connect action=\""
                + VoiceWebhooks.PUBLIC_BASE_URL + "/webhooks/twilio/voice/after-stream\"><Stream url=");
        assertThat(carrier.twilio("/webhooks/twilio/voice/after-stream", VoiceWebhooks.call(CALLER, e164, "CA3", "in-progress"))
                .body()).isEqualTo(DIAL_DESK);
        assertThat(carrier.twilio("/webhooks/twilio/voice/after-stream", VoiceWebhooks.call(CALLER, e164, "CA3", "completed"))
                .body()).isEqualTo(PROLOGUE + "<Response><Hangup/></Response>");

        assertThat(carrier.telnyx("/webhooks/telnyx/voice", VoiceWebhooks.call(CALLER, e164, "v3:3", "ringing")).body())
                .contains("<Connect action=\"" + VoiceWebhooks.PUBLIC_BASE_URL + "/webhooks/telnyx/voice/after-stream\">");
        assertThat(carrier.telnyx("/webhooks/telnyx/voice/after-stream", VoiceWebhooks.call(CALLER, e164, "v3:3", "in-progress"))
                .body()).isEqualTo(DIAL_DESK);
    }

    @Test
    void aBlockedCallerIsRejectedAndOthersStillConnect() throws Exception {
        JsonObject number = assignedNumber();
        String e164 = number.getString("phoneNumber");
        JsonObject changed = change(number, "{\"inbound\": {\"blockedCallers\": [\"+1900\", \"" + CALLER + "\"]}}");
        assertThat(changed.getJsonObject("inbound").getJsonArray("blockedCallers").getValuesAs(JsonString::getString))
                .containsExactly("+14155550111", "+1900");
        Api.await("the blocked callers to route", Duration.ofSeconds(5),
                () -> "blockedCallers".equals(route(e164, CALLER).getString("rule", null)));

        assertThat(carrier.twilio("/webhooks/twilio/voice", VoiceWebhooks.call(CALLER, e164, "CA4", "ringing")).body())
                .isEqualTo(PROLOGUE + "<Response><Reject/></Response>");
        assertThat(carrier.twilio("/webhooks/twilio/voice", VoiceWebhooks.call("+19005550100", e164, "CA5", "ringing")).body())
                .isEqualTo(PROLOGUE + "<Response><Reject/></Response>");
        assertThat(carrier.twilio("/webhooks/twilio/voice", VoiceWebhooks.call("+14155550112", e164, "CA6", "ringing")).body())
                .contains("<Connect><Stream");
        assertThat(route(e164, "+14155550112").getString("action")).isEqualTo("connect");
    }

    @Test
    void aNumberWithoutAnAssistantRingsItsSipFallback() throws Exception {
        JsonObject number = api.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
        String e164 = number.getString("phoneNumber");
        change(number, "{\"inbound\": {\"fallback\": {\"sipUri\": \"sip:frontdesk@pbx.example.com\"}}}");
        awaitFallback(e164);

        assertThat(carrier.twilio("/webhooks/twilio/voice", VoiceWebhooks.call(CALLER, e164, "CA7", "ringing")).body())
                .isEqualTo(PROLOGUE + "<Response><Dial><Sip>sip:frontdesk@pbx.example.com</Sip></Dial></Response>");
        assertThat(route(e164, null).getString("rule")).isEqualTo("fallback");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        JsonObject number = assignedNumber();
        change(number, "{\"inbound\": {\"blockedCallers\": [\"+1900\"]}}");

        Api.Answer refused = api.patch("api/phone-numbers/" + number.getString("id"), account.key(), """
                {"inbound": {"fallback": {"phoneNumber": "%s"},
                             "businessHours": {"timeZone": "Europe/Atlantis",
                                               "open": [{"days": ["mon"], "from": "09:00", "to": "09:00"}]},
                             "blockedCallers": ["0900"]},
                 "colour": "blue"}""".formatted(number.getString("phoneNumber")));

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactlyInAnyOrder("colour",
                        "inbound.fallback.phoneNumber", "inbound.businessHours.timeZone", "inbound.businessHours.open[0]",
                        "inbound.blockedCallers[0]");
        JsonObject stored = api.get("api/phone-numbers/" + number.getString("id"), account.key()).json().getJsonObject("phoneNumber");
        assertThat(stored.getJsonObject("inbound").getJsonArray("blockedCallers").getValuesAs(JsonString::getString))
                .containsExactly("+1900");
        assertThat(stored.getJsonObject("inbound").get("fallback")).isEqualTo(JsonValue.NULL);

        StringBuilder many = new StringBuilder("{\"inbound\": {\"blockedCallers\": [");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("\"+1415555").append(String.format(Locale.ROOT, "%04d", i)).append('"');
        }
        Api.Answer tooMany = api.patch("api/phone-numbers/" + number.getString("id"), account.key(), many.append("]}}").toString());
        assertProblem(tooMany, 400, "validation_failed");
        assertThat(tooMany.text()).contains("at most 1000");
    }

    @Test
    void rulesOfAnotherAccountsNumberOrOfAReleasedOneCannotBeChanged() {
        JsonObject number = assignedNumber();
        Api.Account other = api.openAccount("Someone Else", "pro");

        assertProblem(api.patch("api/phone-numbers/" + number.getString("id"), other.key(),
                "{\"inbound\": {\"blockedCallers\": [\"+1\"]}}"), 404, "not_found");
        api.delete("api/phone-numbers/" + number.getString("id"), account.key());
        assertProblem(api.patch("api/phone-numbers/" + number.getString("id"), account.key(),
                "{\"inbound\": {\"blockedCallers\": [\"+1\"]}}"), 409, "number_not_active");
    }

    @Test
    void settingNullRemovesEveryRule() {
        JsonObject number = assignedNumber();
        change(number, "{\"inbound\": {\"fallback\": {\"phoneNumber\": \"+4930901820\"}, \"blockedCallers\": [\"+1900\"]}}");

        JsonObject cleared = change(number, "{\"inbound\": null}");

        assertThat(cleared.getJsonObject("inbound").get("fallback")).isEqualTo(JsonValue.NULL);
        assertThat(cleared.getJsonObject("inbound").getJsonArray("blockedCallers")).isEmpty();
    }

    private JsonObject assignedNumber() {
        JsonObject number = api.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
        api.assign(account.key(), api.newAssistant(account.key(), "Receptionist"), number.getString("id"));
        Api.await("the assignment to route", Duration.ofSeconds(5),
                () -> "connect".equals(route(number.getString("phoneNumber"), null).getString("action")));
        return number;
    }

    private JsonObject change(JsonObject number, String body) {
        Api.Answer changed = api.patch("api/phone-numbers/" + number.getString("id"), account.key(), body);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        return changed.json().getJsonObject("phoneNumber");
    }

    private JsonObject route(String e164, String caller) {
        String query = caller == null ? "" : "?caller=" + java.net.URLEncoder.encode(caller, java.nio.charset.StandardCharsets.UTF_8);
        return api.get("api/admin/routes/" + e164 + query, Api.OPERATOR_KEY).json().getJsonObject("route");
    }

    private void awaitRule(String e164, String rule) {
        Api.await("the rule " + rule + " to route", Duration.ofSeconds(5), () -> rule.equals(route(e164, null).getString("rule", null)));
    }

    private void awaitFallback(String e164) {
        Api.await("the fallback to route", Duration.ofSeconds(5), () -> !route(e164, null).isNull("fallback"));
    }

    /** A day of the week three days from now (UTC, or Berlin), as the API names it: it is not that day now. */
    private static String notToday() {
        DayOfWeek later = LocalDate.now(ZoneOffset.UTC).plusDays(3).getDayOfWeek();
        return later.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
