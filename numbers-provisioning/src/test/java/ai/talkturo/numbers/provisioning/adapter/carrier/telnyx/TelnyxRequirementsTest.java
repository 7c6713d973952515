package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Endpoint;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Fault;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.RequirementGroup;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.RequirementType;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.DocumentFile;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TelnyxApi} handing compliance profiles to {@link TelnyxSimulator} as requirement groups, and numbers sold
 * under them before Telnyx has verified their documents.
 */
class TelnyxRequirementsTest {

    private static final E164Number BERLIN_NUMBER = new E164Number("+493012345678");

    private TelnyxSimulator telnyx;
    private Client client;
    private TelnyxApi carrier;

    @BeforeEach
    void startTelnyx() {
        telnyx = new TelnyxSimulator().start();
        telnyx.hangFor(Duration.ofMillis(2500));
        telnyx.reviewRequirementGroupsAfter(Duration.ofDays(1));
        client = ClientBuilder.newClient();
        carrier = new TelnyxApi(client, URI.create(telnyx.baseUrl()), telnyx.apiKey(), "1494404757140276705",
                Duration.ofSeconds(2), Duration.ofMillis(1500),
                new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(1), wait -> { }));
    }

    @AfterEach
    void stopTelnyx() {
        client.close();
        telnyx.close();
    }

    // --------------------------------------------------------------------------------------------------- submission

    @Test
    void readsTheRequirementsAndFillsEveryOneFromTheProfile() {
        ProfileForReview berlin = TelnyxProfiles.berlinBusiness("Acme GmbH");

        CarrierReferences handed = carrier.submitForReview(berlin);

        RequirementGroup group = telnyx.requirementGroups().get(0);
        assertThat(handed).isEqualTo(new CarrierReferences(group.id(), null));
        assertThat(group.customerReference()).isEqualTo(berlin.profile().id());
        assertThat(group.countryCode()).isEqualTo("DE");
        assertThat(group.phoneNumberType()).isEqualTo("local");
        assertThat(group.status()).isEqualTo("pending-approval");
        assertThat(telnyx.groupsSubmittedForApproval()).as("asked to review it").containsExactly(group.id());
        TelnyxSimulator.RecordedRequest read = telnyx.requests(Endpoint.LIST_REQUIREMENTS).get(0);
        assertThat(read.queryParameter("filter[country_code]")).isEqualTo("DE");
        assertThat(read.queryParameter("filter[phone_number_type]")).isEqualTo("local");
        assertThat(read.queryParameter("filter[action]")).isEqualTo("ordering");

        Map<String, String> valueByName = valuesByName(group, Country.DE, NumberType.LOCAL);
        assertThat(valueByName).containsOnlyKeys(telnyx.requirements(Country.DE, NumberType.LOCAL).stream()
                .map(RequirementType::name).toList());
        assertThat(valueByName).doesNotContainValue(null);
        assertThat(valueByName.get("End user name")).isEqualTo("Acme GmbH");
        assertThat(valueByName.get("Contact email")).isEqualTo("ops@acme.example");
        assertThat(documentType(berlin, valueByName.get("Proof of address"))).isEqualTo(DocumentType.PROOF_OF_ADDRESS);
        assertThat(documentType(berlin, valueByName.get("Proof of identity")))
                .isEqualTo(DocumentType.BUSINESS_REGISTRATION);
        JsonObject address = telnyx.addresses().get(valueByName.get("Address matching the DID area code"));
        assertThat(address.getString("street_address")).isEqualTo("Unter den Linden 1");
        assertThat(address.getString("locality")).isEqualTo("Berlin");
        assertThat(address.getString("postal_code")).isEqualTo("10117");
        assertThat(address.getString("country_code")).isEqualTo("DE");
        assertThat(address.getString("business_name")).isEqualTo("Acme GmbH");
        assertThat(address.getString("customer_reference")).isEqualTo("adr_berlin");
        assertThat(telnyx.requests(Endpoint.UPLOAD_DOCUMENT)).hasSize(2)
                .allSatisfy(upload -> assertThat(upload.header("Content-Type")).startsWith("multipart/form-data"));
        assertThat(telnyx.requests(Endpoint.CREATE_REQUIREMENT_GROUP)).hasSize(1);
    }

    @Test
    void uploadsEachFileAsItIs() {
        ProfileForReview berlin = TelnyxProfiles.berlinBusiness("Acme GmbH");

        carrier.submitForReview(berlin);

        for (DocumentFile file : berlin.files()) {
            assertThat(telnyx.documents()).filteredOn(document -> file.document().fileName().equals(document.fileName()))
                    .singleElement().satisfies(document -> {
                        assertThat(document.content()).isEqualTo(file.content());
                        assertThat(document.contentType()).isEqualTo("application/pdf");
                        assertThat(document.customerReference())
                                .isEqualTo(berlin.profile().id() + "/" + file.document().id());
                    });
        }
    }

    @Test
    void fillsAPersonsProofOfIdentityWithTheirPassport() {
        ProfileForReview person = TelnyxProfiles.profile(Country.DE, NumberType.LOCAL, EndUserType.INDIVIDUAL,
                new EndUser("Erika Mustermann", "erika@example.org", null), TelnyxProfiles.BERLIN,
                DocumentType.GOVERNMENT_ID, DocumentType.PROOF_OF_ADDRESS);

        carrier.submitForReview(person);

        Map<String, String> valueByName = valuesByName(telnyx.requirementGroups().get(0), Country.DE, NumberType.LOCAL);
        assertThat(documentType(person, valueByName.get("Proof of identity"))).isEqualTo(DocumentType.GOVERNMENT_ID);
        assertThat(valueByName.get("End user name")).isEqualTo("Erika Mustermann");
    }

    @Test
    void refusesAProfileLackingWhatARequirementAsksForBeforeSendingAnything() {
        ProfileForReview withoutProof = TelnyxProfiles.profile(Country.DE, NumberType.LOCAL, EndUserType.BUSINESS,
                new EndUser("Acme GmbH", "ops@acme.example", "HRB 12345"), TelnyxProfiles.BERLIN,
                DocumentType.BUSINESS_REGISTRATION);

        assertThatThrownBy(() -> carrier.submitForReview(withoutProof))
                .isInstanceOfSatisfying(CarrierRefusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY);
                    assertThat(refusal.getMessage()).contains(withoutProof.profile().id())
                            .contains("document type proof_of_address").contains("Proof of address");
                });
        assertThat(telnyx.requests(Endpoint.UPLOAD_DOCUMENT)).isEmpty();
        assertThat(telnyx.requests(Endpoint.CREATE_ADDRESS)).isEmpty();
        assertThat(telnyx.requirementGroups()).isEmpty();
    }

    @Test
    void refusesARequirementNumbersCannotFillNamingIt() {
        telnyx.addRequirement(Country.DE, NumberType.LOCAL, "textual", "Date of birth of the director",
                "The director's date of birth, as YYYY-MM-DD");
        telnyx.addRequirement(Country.DE, NumberType.LOCAL, "textual", "Business registration number",
                "The number of the business in the commercial register");

        assertThatThrownBy(() -> carrier.submitForReview(TelnyxProfiles.profile(Country.DE, NumberType.LOCAL,
                EndUserType.INDIVIDUAL, new EndUser("Erika Mustermann", "erika@example.org", null), TelnyxProfiles.BERLIN,
                DocumentType.GOVERNMENT_ID, DocumentType.PROOF_OF_ADDRESS)))
                .isInstanceOfSatisfying(CarrierRefusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY);
                    assertThat(refusal.getMessage()).contains("\"Date of birth of the director\"")
                            .contains("registration number (endUser.registrationNumber)");
                });
        assertThat(telnyx.requirementGroups()).isEmpty();
    }

    @Test
    void fillsARegistrationNumberTelnyxAsksForFromTheEndUser() {
        telnyx.addRequirement(Country.DE, NumberType.LOCAL, "textual", "Business registration number",
                "The number of the business in the commercial register");

        carrier.submitForReview(TelnyxProfiles.berlinBusiness("Acme GmbH"));

        assertThat(valuesByName(telnyx.requirementGroups().get(0), Country.DE, NumberType.LOCAL))
                .containsEntry("Business registration number", "HRB 12345");
    }

    @Test
    void refusesAnAddressOutsideTheProfilesCountry() {
        ProfileForReview swissAddress = TelnyxProfiles.profile(Country.DE, NumberType.LOCAL, EndUserType.BUSINESS,
                new EndUser("Acme GmbH", "ops@acme.example", "HRB 12345"), TelnyxProfiles.ZURICH,
                DocumentType.BUSINESS_REGISTRATION, DocumentType.PROOF_OF_ADDRESS);

        assertThatThrownBy(() -> carrier.submitForReview(swissAddress))
                .isInstanceOfSatisfying(CarrierRefusal.class, refusal ->
                        assertThat(refusal.getMessage()).contains("an address in Germany"));
    }

    @Test
    void findsTheGroupItCreatedWhenTheAnswerWasLost() {
        telnyx.inject(Fault.LOST_RESPONSE, Endpoint.CREATE_REQUIREMENT_GROUP, 1);
        ProfileForReview berlin = TelnyxProfiles.berlinBusiness("Acme GmbH");

        CarrierReferences handed = carrier.submitForReview(berlin);

        assertThat(telnyx.requirementGroups()).singleElement()
                .satisfies(group -> assertThat(handed.profile()).isEqualTo(group.id()));
        assertThat(telnyx.requests(Endpoint.CREATE_REQUIREMENT_GROUP)).hasSize(1);
        assertThat(telnyx.requests(Endpoint.LIST_REQUIREMENT_GROUPS)).singleElement().satisfies(lookUp ->
                assertThat(lookUp.queryParameter("filter[customer_reference]")).isEqualTo(berlin.profile().id()));
    }

    @Test
    void failsAsUnavailableWhenTelnyxFailsTheRequirements() {
        telnyx.inject(Fault.SERVER_ERROR, Endpoint.LIST_REQUIREMENTS, 1);

        assertThatThrownBy(() -> carrier.submitForReview(TelnyxProfiles.berlinBusiness("Acme GmbH")))
                .isInstanceOf(CarrierUnavailable.class);
        assertThat(telnyx.requirementGroups()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------- review

    @Test
    void reportsTheReviewInReviewThenApproved() {
        CarrierReferences handed = carrier.submitForReview(TelnyxProfiles.berlinBusiness("Acme GmbH"));

        assertThat(carrier.reviewOf(handed)).isEqualTo(new ReviewOutcome.InReview());
        telnyx.decideRequirementGroups();
        assertThat(carrier.reviewOf(handed)).isEqualTo(new ReviewOutcome.Approved(null));
    }

    @Test
    void reportsARejectedProfileWithTelnyxsReasons() {
        CarrierReferences handed = carrier.submitForReview(TelnyxProfiles.berlinBusiness("REJECT Acme GmbH"));
        telnyx.decideRequirementGroups();

        assertThat(carrier.reviewOf(handed)).isInstanceOfSatisfying(ReviewOutcome.Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("declined").contains("REJECT Acme GmbH")
                        .contains("does not match the name on the documents"));
    }

    @Test
    void reportsAGroupTelnyxNoLongerHasAsRejected() {
        assertThat(carrier.reviewOf(new CarrierReferences("3f1c0e6a-0000-4000-8000-000000000000", null)))
                .isInstanceOfSatisfying(ReviewOutcome.Rejected.class, rejected ->
                        assertThat(rejected.reason()).contains("submit the compliance profile again"));
    }

    // ------------------------------------------------------------------------------------------------------- orders

    @Test
    void keepsABerlinNumberPendingUntilTelnyxApprovesItsDocumentsThenCompletesIt() {
        ProfileForReview berlin = TelnyxProfiles.berlinBusiness("Acme GmbH");
        CarrierReferences group = carrier.submitForReview(berlin);
        NumberOrder order = new NumberOrder("pn_berlin", BERLIN_NUMBER, NumberType.LOCAL, null, group);

        try (WebhookReceiver numbers = new WebhookReceiver()) {
            telnyx.sendWebhooksTo(numbers.url());
            OrderOutcome placed = carrier.order(order);

            JsonObject sent = json(telnyx.requests(Endpoint.CREATE_ORDER).get(0).body());
            assertThat(sent.getJsonArray("phone_numbers").getJsonObject(0).getString("requirement_group_id"))
                    .isEqualTo(group.profile());
            TelnyxSimulator.Order held = telnyx.orders().get(0);
            String deadline = LocalDate.ofInstant(held.phoneNumbers().get(0).deadline(), ZoneOffset.UTC).toString();
            OrderOutcome.Pending pending = new OrderOutcome.Pending(held.id(), "Telnyx is verifying the documents of "
                    + "compliance profile " + berlin.profile().id() + "; the number takes calls once they are "
                    + "accepted, by " + deadline);
            assertThat(placed).isEqualTo(pending);
            assertThat(carrier.lookUp(order)).isEqualTo(pending);
            assertThat(held.phoneNumbers().get(0).requirementsStatus()).isEqualTo("requirement-info-under-review");
            assertThat(telnyx.ownedNumbers()).isEmpty();
            assertThat(numbers.received()).isEmpty();

            telnyx.decideRequirementGroups();

            String owned = telnyx.ownedNumbers().get(0).id();
            assertThat(carrier.lookUp(order)).isEqualTo(new OrderOutcome.Completed(owned));
            assertThat(numbers.received()).singleElement().satisfies(webhook ->
                    assertThat(TelnyxOrderEvent.parse(webhook.body())).hasValueSatisfying(event -> {
                        assertThat(event.customerReference()).isEqualTo("pn_berlin");
                        assertThat(event.outcome()).isEqualTo(new OrderOutcome.Completed(owned));
                    }));
        }
    }

    @Test
    void failsTheOrderOfARejectedEndUserWithTelnyxsReasons() {
        CarrierReferences group = carrier.submitForReview(TelnyxProfiles.berlinBusiness("REJECT Acme GmbH"));
        NumberOrder order = new NumberOrder("pn_rejected", BERLIN_NUMBER, NumberType.LOCAL, null, group);
        assertThat(carrier.order(order)).isInstanceOf(OrderOutcome.Pending.class);

        try (WebhookReceiver numbers = new WebhookReceiver()) {
            telnyx.sendWebhooksTo(numbers.url());
            telnyx.decideRequirementGroups();

            assertThat(carrier.reviewOf(group)).isInstanceOf(ReviewOutcome.Rejected.class);
            assertThat(carrier.lookUp(order)).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed ->
                    assertThat(failed.reason()).contains("Telnyx declined the documents of compliance profile")
                            .contains("+493012345678").contains("REJECT Acme GmbH")
                            .contains("does not match the name on the documents"));
            assertThat(numbers.received()).singleElement().satisfies(webhook ->
                    assertThat(TelnyxOrderEvent.parse(webhook.body()).orElseThrow().outcome())
                            .isInstanceOf(OrderOutcome.Failed.class));
        }
        assertThat(telnyx.ownedNumbers()).isEmpty();
    }

    @Test
    void failsANumberOutsideTheLocalAreaOfTheProfilesAddress() {
        telnyx.reviewRequirementGroupsAfter(Duration.ZERO);
        CarrierReferences group = carrier.submitForReview(TelnyxProfiles.berlinBusiness("Acme GmbH"));

        OrderOutcome outcome = carrier.order(new NumberOrder("pn_munich", new E164Number("+498912345678"),
                NumberType.LOCAL, null, group));

        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed ->
                assertThat(failed.reason()).contains("not inside the local area of München"));
    }

    @Test
    void reportsAnOrderTelnyxCouldNotCompleteWhileReviewingAsNoFaultOfTheDocuments() {
        CarrierReferences group = carrier.submitForReview(TelnyxProfiles.berlinBusiness("Acme GmbH"));
        telnyx.inject(Fault.ORDER_FAILURE, Endpoint.CREATE_ORDER, 1);

        OrderOutcome outcome = carrier.order(new NumberOrder("pn_fail", BERLIN_NUMBER, NumberType.LOCAL, null, group));

        assertThat(outcome).isEqualTo(new OrderOutcome.Failed("Telnyx could not supply +493012345678; choose another "
                + "number"));
    }

    @Test
    void sellsAtOnceUnderAGroupAlreadyApproved() {
        telnyx.reviewRequirementGroupsAfter(Duration.ZERO);
        CarrierReferences group = carrier.submitForReview(TelnyxProfiles.berlinBusiness("Acme GmbH"));

        OrderOutcome outcome = carrier.order(new NumberOrder("pn_quick", BERLIN_NUMBER, NumberType.LOCAL, null, group));

        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(telnyx.ownedNumbers().get(0).id()));
    }

    @Test
    void ordersASwissNumberUnderItsGroupButRefusesOneWithout() {
        telnyx.reviewRequirementGroupsAfter(Duration.ZERO);
        CarrierReferences group = carrier.submitForReview(TelnyxProfiles.profile(Country.CH, NumberType.LOCAL,
                EndUserType.BUSINESS, new EndUser("Acme AG", "ops@acme.example", "CHE-123.456.789"),
                TelnyxProfiles.ZURICH, DocumentType.BUSINESS_REGISTRATION));
        E164Number zurich = new E164Number("+41441234567");

        assertThatThrownBy(() -> carrier.order(new NumberOrder("pn_ch1", zurich, NumberType.LOCAL, null)))
                .isInstanceOfSatisfying(CarrierRefusal.class, refusal ->
                        assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY));
        assertThat(carrier.order(new NumberOrder("pn_ch2", zurich, NumberType.LOCAL, null, group)))
                .isInstanceOf(OrderOutcome.Completed.class);
    }

    // ----------------------------------------------------------------------------------------------------- parts

    private Map<String, String> valuesByName(RequirementGroup group, Country country, NumberType type) {
        Map<String, String> names = telnyx.requirements(country, type).stream()
                .collect(Collectors.toMap(RequirementType::id, RequirementType::name));
        return group.requirements().stream().collect(Collectors.toMap(value -> names.get(value.requirementId()),
                value -> value.fieldValue() == null ? "" : value.fieldValue()));
    }

    /** The type of the profile's document whose file Telnyx keeps under {@code documentId}. */
    private DocumentType documentType(ProfileForReview profile, String documentId) {
        TelnyxSimulator.Document uploaded = telnyx.documents().stream().filter(d -> d.id().equals(documentId))
                .findFirst().orElseThrow();
        return profile.files().stream().filter(file -> file.document().fileName().equals(uploaded.fileName()))
                .findFirst().orElseThrow().document().type();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
