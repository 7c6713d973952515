package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated Twilio on the wire, as a client without any of our code sees it. */
class TwilioSimulatorTest {

    private static final String ACCOUNT = "/2010-04-01/Accounts/" + TwilioSimulator.ACCOUNT_SID;
    private static final String CREDENTIALS = "Basic " + Base64.getEncoder().encodeToString(
            (TwilioSimulator.ACCOUNT_SID + ":" + TwilioSimulator.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
    private static final String RFC_2822 = "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private TwilioSimulator twilio;

    @BeforeEach
    void startTwilio() {
        twilio = new TwilioSimulator().start();
    }

    @AfterEach
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void refusesRequestsWithoutTheAccountsCredentials() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(ACCOUNT + "/AvailablePhoneNumbers/US/Local.json"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TwilioSimulator.ACCOUNT_SID + ":wrong").getBytes(StandardCharsets.UTF_8)))
                .GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        JsonObject error = json(answer);
        assertThat(error.getInt("code")).isEqualTo(20003);
        assertThat(error.getInt("status")).isEqualTo(401);
        assertThat(error.getString("more_info")).isEqualTo("https://www.twilio.com/docs/errors/20003");
        assertThat(error.getString("message")).isNotBlank();
    }

    @Test
    void listsAvailableNumbersInTwilioWords() throws Exception {
        HttpResponse<String> answer = send(authorized(ACCOUNT + "/AvailablePhoneNumbers/US/Local.json?AreaCode=212").GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonObject first = json(answer).getJsonArray("available_phone_numbers").getJsonObject(0);
        assertThat(first.getString("phone_number")).isEqualTo("+12125550134");
        assertThat(first.getString("friendly_name")).isEqualTo("(212) 555-0134");
        assertThat(first.getString("locality")).isEqualTo("New York");
        assertThat(first.getString("latitude")).as("a string, as Twilio sends it").isEqualTo("40.750600");
        assertThat(first.getString("address_requirements")).isEqualTo("none");
        assertThat(first.getJsonObject("capabilities").getBoolean("SMS")).isTrue();
    }

    @Test
    void saysThatGermanGeographicNumbersNeedALocalAddress() throws Exception {
        JsonObject first = json(send(authorized(ACCOUNT + "/AvailablePhoneNumbers/DE/Local.json?InLocality=Berlin").GET()))
                .getJsonArray("available_phone_numbers").getJsonObject(0);

        assertThat(first.getString("address_requirements")).isEqualTo("local");
        assertThat(first.getString("iso_country")).isEqualTo("DE");
    }

    @Test
    void sellsANumberAndAnswersWithTheIncomingNumber() throws Exception {
        HttpResponse<String> answer = send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "PhoneNumber=%2B14155552671&FriendlyName=pn_1&VoiceUrl=https%3A%2F%2Fexample.com%2Fvoice&VoiceMethod=POST")));

        assertThat(answer.statusCode()).isEqualTo(201);
        JsonObject number = json(answer);
        assertThat(number.getString("sid")).matches("PN[0-9a-f]{32}");
        assertThat(number.getString("account_sid")).isEqualTo(TwilioSimulator.ACCOUNT_SID);
        assertThat(number.getString("phone_number")).isEqualTo("+14155552671");
        assertThat(number.getString("friendly_name")).isEqualTo("pn_1");
        assertThat(number.getString("voice_url")).isEqualTo("https://example.com/voice");
        assertThat(number.getString("date_created")).matches(RFC_2822);
        assertThat(number.getString("status")).isEqualTo("in-use");
        assertThat(twilio.owned("+14155552671")).get().extracting(OwnedNumber::sid).isEqualTo(number.getString("sid"));
        assertThat(twilio.inventory()).extracting(TwilioListing::phoneNumber).doesNotContain("+14155552671");
    }

    @Test
    void sellsAGermanGeographicNumberOnlyWithAnAddress() throws Exception {
        HttpResponse<String> answer = send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PhoneNumber=%2B493012345678")));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).getInt("code")).isEqualTo(21631);
        assertThat(twilio.owned()).isEmpty();
    }

    @Test
    void releasesANumberWithAnEmptyAnswer() throws Exception {
        String sid = twilio.own("+14155552672", "pn_2");

        HttpResponse<String> answer = send(authorized(ACCOUNT + "/IncomingPhoneNumbers/" + sid + ".json").DELETE());
        HttpResponse<String> again = send(authorized(ACCOUNT + "/IncomingPhoneNumbers/" + sid + ".json").DELETE());

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.body()).isEmpty();
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).getInt("code")).isEqualTo(20404);
        assertThat(twilio.released()).extracting(OwnedNumber::sid).containsExactly(sid);
    }

    @Test
    void findsOwnedNumbersByPhoneNumber() throws Exception {
        String sid = twilio.own("+14155552673", "pn_3");

        JsonObject page = json(send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json?PhoneNumber=%2B14155552673").GET()));
        JsonObject unencoded = json(send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json?PhoneNumber=+14155552673").GET()));

        assertThat(page.getJsonArray("incoming_phone_numbers")).hasSize(1);
        assertThat(page.getJsonArray("incoming_phone_numbers").getJsonObject(0).getString("sid")).isEqualTo(sid);
        assertThat(unencoded.getJsonArray("incoming_phone_numbers")).as("an unencoded + is a space").isEmpty();
    }

    @Test
    void dropsTheConnectionAfterAPurchaseWhoseAnswerIsLost() {
        twilio.inject(TwilioSimulator.Operation.PURCHASE, TwilioSimulator.Fault.LOST_RESPONSE, 1);

        assertThatThrownBy(() -> send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PhoneNumber=%2B14155550101"))))
                .isInstanceOf(IOException.class);
        assertThat(twilio.owned("+14155550101")).isPresent();
        assertThat(twilio.pendingFaults()).isZero();
    }

    @Test
    void noticesRequestsThatBreakTwilioDescription() throws Exception {
        send(authorized(ACCOUNT + "/AvailablePhoneNumbers/US/Local.json?PageSize=0").GET());
        send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PhoneNumber=%2B14155550102&AddressSid=not-an-address")));

        assertThat(twilio.requests()).hasSize(2)
                .allSatisfy(request -> assertThat(request.specViolations()).isNotEmpty());
        assertThat(twilio.specViolations())
                .anySatisfy(violation -> assertThat(violation).contains("PageSize"))
                .anySatisfy(violation -> assertThat(violation).contains("AddressSid"));
    }

    @Test
    void checksAddressesAndBundlesAgainstTheirOwnDescriptions() throws Exception {
        send(authorized(ACCOUNT + "/Addresses.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("CustomerName=Acme&Street=Main+St+1&City=Berlin&PostalCode=10117&IsoCountry=DE")));
        send(authorized("/v2/RegulatoryCompliance/Bundles/BU0123456789abcdef0123456789abcdef/ItemAssignments")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ObjectSid=not-an-object")));
        HttpResponse<String> bundle = send(authorized("/v2/RegulatoryCompliance/Bundles")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("FriendlyName=cp_1&Email=ops%40acme.example&IsoCountry=DE"
                        + "&NumberType=local&EndUserType=business")));

        assertThat(twilio.specViolations())
                .anySatisfy(violation -> assertThat(violation).contains("Addresses.json").contains("Region"))
                .anySatisfy(violation -> assertThat(violation).contains("ItemAssignments").contains("ObjectSid"))
                .noneSatisfy(violation -> assertThat(violation).contains("/v2/RegulatoryCompliance/Bundles {"));
        assertThat(bundle.statusCode()).isEqualTo(201);
        assertThat(json(bundle).getString("sid")).matches("^BU[0-9a-f]{32}$");
        assertThat(json(bundle).getString("status")).isEqualTo("draft");
    }

    @Test
    void takesASupportingDocumentWithItsFileAsMultipartFormData() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"FriendlyName\"\r\n\r\nbill\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"Type\"\r\n\r\nutility_bill\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"Attributes\"\r\n\r\n{\"address_sids\":[]}\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"File\"; filename=\"bill.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n\r\nend\r\n--" + boundary + "--\r\n";

        HttpResponse<String> answer = send(authorized("/v2/RegulatoryCompliance/SupportingDocuments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(json(answer).getString("sid")).matches("^RD[0-9a-f]{32}$");
        assertThat(json(answer).getString("mime_type")).isEqualTo("application/pdf");
        SimulatedBundles.Document document = twilio.bundles().documents().get(0);
        assertThat(new String(document.file(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\r\n\r\nend");
        assertThat(document.type()).isEqualTo("utility_bill");
        assertThat(twilio.specViolations()).isEmpty();
    }

    @Test
    void acceptsAFormValueThatLooksLikeANumber() throws Exception {
        send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PhoneNumber=%2B14155550102&FriendlyName=12345")));

        assertThat(twilio.specViolations()).isEmpty();
    }

    @Test
    void stocksOnlyValidNumbersOfTheListedCountryAndType() {
        assertThatThrownBy(() -> listing("+1415555267", Country.US, NumberType.LOCAL)).isInstanceOf(InvalidPhoneNumber.class);
        assertThatThrownBy(() -> listing("+14155552671", Country.DE, NumberType.LOCAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> listing("+4915112345678", Country.DE, NumberType.LOCAL)).isInstanceOf(IllegalArgumentException.class);
        assertThat(listing("+18885550177", Country.CA, NumberType.TOLL_FREE).country()).isEqualTo(Country.CA);
        assertThat(TwilioListing.stock()).extracting(TwilioListing::country).contains(Country.values());
    }

    @Test
    void startsAgainOnThePortItLeft() throws Exception {
        int port = URI.create(twilio.baseUrl()).getPort();
        twilio.close();

        twilio = new TwilioSimulator(port).start();

        assertThat(twilio.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(send(authorized(ACCOUNT + "/IncomingPhoneNumbers.json").GET()).statusCode()).isEqualTo(200);
    }

    private static TwilioListing listing(String number, Country country, NumberType type) {
        return new TwilioListing(number, country, type, null, null, null, null, null, "none",
                TwilioListing.capabilities(true, true));
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", CREDENTIALS).timeout(Duration.ofSeconds(5));
    }

    private URI uri(String path) {
        return URI.create(twilio.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
