package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.ASSIGN_ITEM;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.CREATE_ADDRESS;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.CREATE_BUNDLE;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.CREATE_DOCUMENT;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.CREATE_END_USER;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.EVALUATE_BUNDLE;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.FETCH_BUNDLE;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.LIST_OWNED;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.PURCHASE;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.UPDATE_BUNDLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.DocumentFile;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.client.Client;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compliance profiles as Twilio regulatory bundles, through {@link TwilioNumbers} against the simulated Twilio. */
class TwilioBundlesTest {

    private static final URI PUBLIC_BASE_URL = URI.create("https://numbers.example.com");
    private static final String CALLBACK_URL = "https://numbers.example.com/webhooks/twilio/compliance";
    private static final byte[] PDF = "%PDF-1.7\n% an extract of the commercial register\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final CarrierAddress BERLIN = new CarrierAddress("addr_01JDBERLIN", "Acme GmbH", "Unter den Linden 1",
            "Berlin", "10117", null, "DE");
    private static final Clock CLOCK = Clock.systemUTC();

    private TwilioSimulator twilio;
    private Client client;
    private TwilioNumbers carrier;
    private HttpServer webhooks;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTwilio() throws IOException {
        twilio = new TwilioSimulator().start();
        client = TwilioWire.client(Duration.ofSeconds(2), Duration.ofSeconds(2));
        URI simulator = URI.create(twilio.baseUrl());
        TwilioSettings settings = new TwilioSettings(simulator, simulator, simulator, TwilioSimulator.ACCOUNT_SID,
                TwilioSimulator.AUTH_TOKEN, PUBLIC_BASE_URL, Duration.ofSeconds(2), Duration.ofSeconds(2));
        carrier = new TwilioNumbers(settings, client, new Backoff(4, Duration.ofMillis(10), Duration.ofMillis(50), pause -> { }));
        webhooks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhooks.createContext("/webhooks/twilio/compliance", exchange -> {
            received.add(decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            signatures.add(exchange.getRequestHeaders().getFirst("X-Twilio-Signature"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhooks.start();
        twilio.bundles().deliverTo(URI.create("http://127.0.0.1:" + webhooks.getAddress().getPort()));
    }

    @AfterEach
    void stopTwilio() {
        try {
            assertThat(twilio.specViolations()).as("requests that broke Twilio's published descriptions").isEmpty();
        } finally {
            client.close();
            twilio.close();
            webhooks.stop(0);
        }
    }

    @Test
    void buysABerlinNumberWithTheBundleTwilioApproved() {
        twilio.bundles().reviewDelay(Duration.ofHours(1));
        ProfileForReview profile = berlinBusiness("Acme GmbH");

        CarrierReferences references = carrier.submitForReview(profile);

        assertThat(references.profile()).matches("^BU[0-9a-f]{32}$");
        assertThat(references.address()).matches("^AD[0-9a-f]{32}$");
        assertThat(carrier.reviewOf(references)).isEqualTo(new ReviewOutcome.InReview());

        twilio.bundles().decideReviews();
        assertThat(carrier.reviewOf(references)).isEqualTo(new ReviewOutcome.Approved(null));

        OrderOutcome outcome = carrier.order(new NumberOrder("pn_01JDBERLIN", E164Number.of("+493012345678"),
                NumberType.LOCAL, BERLIN, references));

        assertThat(outcome).isInstanceOf(OrderOutcome.Completed.class);
        RecordedRequest purchase = twilio.requests(PURCHASE).get(0);
        assertThat(purchase.formField("BundleSid")).isEqualTo(references.profile());
        assertThat(purchase.formField("AddressSid")).isEqualTo(references.address());
        assertThat(twilio.owned("+493012345678")).get().satisfies(owned -> {
            assertThat(owned.bundleSid()).isEqualTo(references.profile());
            assertThat(owned.addressSid()).isEqualTo(references.address());
        });
        assertThat(twilio.requests()).extracting(RecordedRequest::operation).containsExactly(
                CREATE_ADDRESS, CREATE_END_USER, CREATE_DOCUMENT, CREATE_DOCUMENT, CREATE_BUNDLE,
                ASSIGN_ITEM, ASSIGN_ITEM, ASSIGN_ITEM, ASSIGN_ITEM, EVALUATE_BUNDLE, UPDATE_BUNDLE,
                FETCH_BUNDLE, FETCH_BUNDLE, LIST_OWNED, PURCHASE);
    }

    @Test
    void handsTwilioTheProfileInItsWords() {
        twilio.bundles().reviewDelay(Duration.ofHours(1));
        ProfileForReview profile = berlinBusiness("Acme GmbH");

        CarrierReferences references = carrier.submitForReview(profile);

        SimulatedBundles bundles = twilio.bundles();
        SimulatedBundles.Address address = bundles.addresses().get(0);
        assertThat(address.sid()).isEqualTo(references.address());
        assertThat(List.of(address.customerName(), address.street(), address.city(), address.region(),
                address.postalCode(), address.isoCountry(), address.friendlyName()))
                .containsExactly("Acme GmbH", "Unter den Linden 1", "Berlin", "Berlin", "10117", "DE", profile.profile().id());

        SimulatedBundles.EndUser endUser = bundles.endUsers().get(0);
        assertThat(endUser.type()).isEqualTo("business");
        assertThat(endUser.friendlyName()).isEqualTo("Acme GmbH");
        assertThat(endUser.attributes().getString("business_name")).isEqualTo("Acme GmbH");
        assertThat(endUser.attributes().getString("business_registration_number")).isEqualTo("HRB 12345 B");
        assertThat(endUser.attributes().getString("email")).isEqualTo("ops@acme.example");

        List<SimulatedBundles.Document> documents = bundles.documents();
        assertThat(documents).extracting(SimulatedBundles.Document::type)
                .containsExactly("commercial_registrar_excerpt", "utility_bill");
        assertThat(documents.get(0).file()).isEqualTo(PDF);
        assertThat(documents.get(0).mimeType()).isEqualTo("application/pdf");
        assertThat(documents.get(0).fileName()).isEqualTo("handelsregister.pdf");
        assertThat(documents.get(0).attributes().getString("document_number")).isEqualTo("HRB 12345 B");
        assertThat(documents.get(1).file()).isEqualTo(PNG);
        assertThat(documents.get(1).mimeType()).isEqualTo("image/png");
        assertThat(SimulatedBundles.addressSids(documents.get(1))).containsExactly(references.address());
        assertThat(twilio.requests(CREATE_DOCUMENT)).allSatisfy(upload ->
                assertThat(upload.contentType()).startsWith("multipart/form-data").contains("boundary="));

        SimulatedBundles.Bundle bundle = bundles.bundle(references.profile()).orElseThrow();
        assertThat(List.of(bundle.friendlyName(), bundle.email(), bundle.statusCallback(), bundle.isoCountry(),
                bundle.numberType(), bundle.endUserType(), bundle.status()))
                .containsExactly(profile.profile().id(), "ops@acme.example", CALLBACK_URL, "DE", "local", "business",
                        "in-review");
        assertThat(bundle.items()).containsExactly(endUser.sid(), documents.get(0).sid(), documents.get(1).sid(),
                address.sid());
        assertThat(twilio.requests(UPDATE_BUNDLE).get(0).formField("Status")).isEqualTo("pending-review");
    }

    @Test
    void reportsEachStatusChangeSignedToTheComplianceWebhook() {
        twilio.bundles().reviewDelay(Duration.ZERO);

        CarrierReferences references = carrier.submitForReview(berlinBusiness("Acme GmbH"));
        awaitDecision(references);
        twilio.bundles().awaitCallbacks();

        assertThat(received).extracting(form -> form.get("Status"))
                .containsExactly("pending-review", "in-review", "twilio-approved");
        assertThat(received).allSatisfy(form -> {
            assertThat(form.get("BundleSid")).isEqualTo(references.profile());
            assertThat(form.get("AccountSid")).isEqualTo(TwilioSimulator.ACCOUNT_SID);
        });
        for (int i = 0; i < received.size(); i++) {
            assertThat(signatures.get(i)).isEqualTo(twilio.calls().signature(CALLBACK_URL, received.get(i)));
        }
    }

    @Test
    void refusesToBuyARegulatedNumberWithoutABundle() {
        String addressSid = "AD0123456789abcdef0123456789abcdef";
        CarrierAddress registered = new CarrierAddress(addressSid, "Acme GmbH", "Unter den Linden 1", "Berlin", "10117",
                null, "DE");

        assertThatThrownBy(() -> carrier.order(new NumberOrder("pn_01JDBERLIN", E164Number.of("+493012345678"),
                NumberType.LOCAL, registered)))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY))
                .hasMessageContaining("21649");
        assertThat(twilio.owned()).isEmpty();
    }

    @Test
    void refusesToBuyWithABundleStillInReview() {
        twilio.bundles().reviewDelay(Duration.ofHours(1));
        CarrierReferences references = carrier.submitForReview(berlinBusiness("Acme GmbH"));

        assertThatThrownBy(() -> carrier.order(new NumberOrder("pn_01JDBERLIN", E164Number.of("+493012345678"),
                NumberType.LOCAL, BERLIN, references)))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY));
    }

    @Test
    void rejectsAProfileWhoseEndUserTheReviewRefuses() {
        twilio.bundles().reviewDelay(Duration.ZERO);

        ReviewOutcome outcome = awaitDecision(carrier.submitForReview(berlinBusiness("REJECT Holdings GmbH")));

        assertThat(outcome).isInstanceOfSatisfying(ReviewOutcome.Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("REJECT Holdings GmbH")
                        .contains("does not match the name shown on the supporting documents"));
    }

    @Test
    void refusesAnIncompleteProfileNamingWhatTwilioMisses() {
        ComplianceProfile profile = ComplianceProfile.draft("acc_01JD", Country.DE, NumberType.LOCAL,
                EndUserType.BUSINESS, new EndUser("Acme GmbH", "ops@acme.example", "HRB 12345 B"), null, "twilio", CLOCK);
        DocumentFile registration = new DocumentFile(profile.addDocument(DocumentType.BUSINESS_REGISTRATION,
                "handelsregister.pdf", PDF.length, CLOCK), DocumentFormat.PDF, PDF);

        assertThatThrownBy(() -> carrier.submitForReview(new ProfileForReview(profile, null, List.of(registration))))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY))
                .hasMessageContaining("An Address is missing")
                .hasMessageContaining("A Utility bill showing the address is missing")
                .hasMessageNotContaining("commercial register");
        assertThat(twilio.requests(UPDATE_BUNDLE)).as("an incomplete bundle is never submitted").isEmpty();
        assertThat(twilio.bundles().bundles()).extracting(SimulatedBundles.Bundle::status).containsExactly("draft");
    }

    @Test
    void readsTheApprovalsEnd() {
        twilio.bundles().reviewDelay(Duration.ZERO).approvalValidity(Duration.ofDays(365));

        CarrierReferences references = carrier.submitForReview(berlinBusiness("Acme GmbH"));
        ReviewOutcome outcome = awaitDecision(references);

        Instant validUntil = twilio.bundles().bundle(references.profile()).orElseThrow().validUntil();
        assertThat(validUntil).isAfter(Instant.now().plus(Duration.ofDays(364)));
        assertThat(outcome).isEqualTo(new ReviewOutcome.Approved(validUntil));
    }

    @Test
    void submitsAnIndividualWithTheirNamesAndIdentity() {
        twilio.bundles().reviewDelay(Duration.ofHours(1));
        ComplianceProfile profile = ComplianceProfile.draft("acc_01JD", Country.CH, NumberType.MOBILE,
                EndUserType.INDIVIDUAL, new EndUser("Ada King Lovelace", "ada@example.com", null), "addr_01JDZH",
                "twilio", CLOCK);
        DocumentFile passport = new DocumentFile(profile.addDocument(DocumentType.GOVERNMENT_ID, "passport.png",
                PNG.length, CLOCK), DocumentFormat.PNG, PNG);
        CarrierAddress zurich = new CarrierAddress("addr_01JDZH", "Ada Lovelace", "Bahnhofstrasse 1", "Zürich", "8001",
                "ZH", "CH");

        CarrierReferences references = carrier.submitForReview(new ProfileForReview(profile, zurich, List.of(passport)));

        SimulatedBundles.EndUser endUser = twilio.bundles().endUsers().get(0);
        assertThat(endUser.type()).isEqualTo("individual");
        assertThat(endUser.attributes().getString("first_name")).isEqualTo("Ada King");
        assertThat(endUser.attributes().getString("last_name")).isEqualTo("Lovelace");
        assertThat(twilio.bundles().documents()).extracting(SimulatedBundles.Document::type)
                .containsExactly("government_issued_document");
        assertThat(twilio.bundles().addresses().get(0).region()).isEqualTo("ZH");
        assertThat(twilio.bundles().bundle(references.profile()).orElseThrow().numberType()).isEqualTo("mobile");
    }

    @Test
    void rejectsABundleTwilioDoesNotKnow() {
        ReviewOutcome outcome = carrier.reviewOf(new CarrierReferences("BU0123456789abcdef0123456789abcdef", null));

        assertThat(outcome).isInstanceOfSatisfying(ReviewOutcome.Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("submit the profile again"));
        assertThat(carrier.reviewOf(new CarrierReferences("SBR-1-A-cp_1", null)))
                .isInstanceOf(ReviewOutcome.Rejected.class);
    }

    @Test
    void failsAsUnavailableWhenTwilioFailsDuringTheSubmission() {
        twilio.inject(CREATE_BUNDLE, TwilioSimulator.Fault.SERVICE_UNAVAILABLE, 1);

        assertThatThrownBy(() -> carrier.submitForReview(berlinBusiness("Acme GmbH")))
                .isInstanceOf(CarrierUnavailable.class)
                .hasMessageContaining("20503");
        assertThat(twilio.requests(CREATE_BUNDLE)).as("a submission is never repeated").hasSize(1);
    }

    // ---- helpers

    /** A German business's profile for Berlin numbers, with its address and both documents Germany asks for. */
    private static ProfileForReview berlinBusiness(String name) {
        ComplianceProfile profile = ComplianceProfile.draft("acc_01JD", Country.DE, NumberType.LOCAL,
                EndUserType.BUSINESS, new EndUser(name, "ops@acme.example", "HRB 12345 B"), BERLIN.id(), "twilio", CLOCK);
        DocumentFile registration = new DocumentFile(profile.addDocument(DocumentType.BUSINESS_REGISTRATION,
                "handelsregister.pdf", PDF.length, CLOCK), DocumentFormat.PDF, PDF);
        DocumentFile bill = new DocumentFile(profile.addDocument(DocumentType.PROOF_OF_ADDRESS, "stromrechnung.png",
                PNG.length, CLOCK), DocumentFormat.PNG, PNG);
        assertThat(profile.missing()).isEmpty();
        return new ProfileForReview(profile, BERLIN, List.of(registration, bill));
    }

    private ReviewOutcome awaitDecision(CarrierReferences references) {
        Instant deadline = Instant.now().plusSeconds(10);
        ReviewOutcome outcome = carrier.reviewOf(references);
        while (outcome instanceof ReviewOutcome.InReview && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            outcome = carrier.reviewOf(references);
        }
        return outcome;
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
