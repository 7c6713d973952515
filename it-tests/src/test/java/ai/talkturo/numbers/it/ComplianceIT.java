package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compliance profiles over HTTP on the sandbox carrier, whose review decides two seconds after a submission here:
 * a profile is drafted, given its documents, submitted and approved, and buys a Berlin number; a rejected one is
 * corrected and approved; a regulated number is refused without one; bad uploads store nothing.
 */
class ComplianceIT {

    private static final Duration REVIEWED = Duration.ofSeconds(30);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final String DATABASE = SharedNumbers.database();

    private final URL deployment = SharedNumbers.url();
    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void aProfileIsDraftedFilledSubmittedApprovedAndBuysABerlinNumber() {
        Api.Account account = api.openAccount("Acme GmbH", "pro");
        String berlin = api.anOffer(account.key(), "{\"countryCode\": \"DE\", \"numberType\": \"local\", \"areaCode\": \"30\"}");
        Api.Answer refused = api.post("api/phone-numbers/purchase", account.key(),
                "{\"phoneNumber\": \"" + berlin + "\", \"addressId\": \"" + address(account, "Berlin", "10117") + "\"}");
        assertProblem(refused, 422, "regulatory_documents_required");
        assertThat(refused.json().getString("detail")).contains("compliance profile");
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).isEmpty();

        JsonObject draft = create(account, "Acme GmbH", address(account, "Berlin", "10117"));
        assertThat(draft.getString("id")).startsWith("cp_");
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getString("provider")).isEqualTo("sandbox");
        assertThat(draft.isNull("statusReason")).isTrue();
        assertThat(draft.isNull("submittedAt")).isTrue();
        assertThat(draft.getJsonObject("endUser").getString("registrationNumber")).isEqualTo("HRB 12345");
        assertThat(strings(draft, "missing")).hasSize(2).anyMatch(what -> what.contains("proof_of_address"))
                .anyMatch(what -> what.contains("business_registration"));
        String id = draft.getString("id");
        assertProblem(api.post("api/compliance-profiles/" + id + "/submit", account.key(), null), 422,
                "regulatory_documents_required");

        Api.Answer uploaded = api.upload("api/compliance-profiles/" + id + "/documents", account.key(),
                "business_registration", "hrb.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonObject document = uploaded.json().getJsonObject("document");
        assertThat(document.getString("id")).startsWith("doc_");
        assertThat(document.getString("fileName")).isEqualTo("hrb.pdf");
        assertThat(document.getJsonNumber("sizeBytes").longValue()).isEqualTo(PDF.length);
        assertThat(api.upload("api/compliance-profiles/" + id + "/documents", account.key(), "proof_of_address",
                "bill.png", PNG).status()).isEqualTo(201);
        assertThat(storedFile(document.getString("id"))).isEqualTo(PDF);

        JsonObject submitted = profile(api.post("api/compliance-profiles/" + id + "/submit", account.key(), null));
        assertThat(submitted.getString("status")).isEqualTo("in_review");
        assertThat(submitted.isNull("submittedAt")).isFalse();
        assertThat(strings(submitted, "missing")).isEmpty();
        assertProblem(api.patch("api/compliance-profiles/" + id, account.key(), "{\"addressId\": null}"), 409,
                "invalid_status_transition");
        assertProblem(api.post("api/phone-numbers/purchase", account.key(),
                "{\"phoneNumber\": \"" + berlin + "\", \"complianceProfileId\": \"" + id + "\"}"), 422,
                "regulatory_documents_required");

        assertThat(awaitStatus(account, id, "approved").isNull("statusReason")).isTrue();
        Api.Answer bought = api.post("api/phone-numbers/purchase", account.key(),
                "{\"phoneNumber\": \"" + berlin + "\", \"complianceProfileId\": \"" + id + "\"}");
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        api.awaitStatus(account.key(), bought.json().getJsonObject("phoneNumber").getString("id"), "active", REVIEWED);
        assertThat(api.all("api/compliance-profiles", account.key(), "profiles")).extracting(p -> p.getString("id"))
                .containsExactly(id);
    }

    @Test
    void aRejectedProfileSaysWhyIsCorrectedAndIsApprovedWhenSubmittedAgain() {
        Api.Account account = api.openAccount("Rejected GmbH", "pro");
        JsonObject draft = create(account, "REJECT Holding GmbH", address(account, "Berlin", "10117"));
        String id = draft.getString("id");
        upload(account, id, "business_registration", PDF);
        upload(account, id, "proof_of_address", PDF);
        profile(api.post("api/compliance-profiles/" + id + "/submit", account.key(), null));

        JsonObject rejected = awaitStatus(account, id, "rejected");
        assertThat(rejected.getString("statusReason")).contains("REJECT");

        JsonObject corrected = profile(api.patch("api/compliance-profiles/" + id, account.key(),
                "{\"endUser\": {\"name\": \"Holding GmbH\", \"email\": \"ops@holding.example\", \"registrationNumber\": \"HRB 9\"}}"));
        assertThat(corrected.getString("status")).isEqualTo("rejected");
        assertThat(corrected.getJsonObject("endUser").getString("name")).isEqualTo("Holding GmbH");
        assertThat(profile(api.post("api/compliance-profiles/" + id + "/submit", account.key(), null))
                .getString("status")).isEqualTo("in_review");
        assertThat(awaitStatus(account, id, "approved").isNull("statusReason")).isTrue();
    }

    @Test
    void badUploadsAreRefusedWithProblemsAndStoreNothing() {
        Api.Account account = api.openAccount("Uploads GmbH", "pro");
        Api.Account other = api.openAccount("Other GmbH", "pro");
        String id = create(account, "Uploads GmbH", null).getString("id");
        String documents = "api/compliance-profiles/" + id + "/documents";

        assertProblem(api.upload(documents, account.key(), "business_registration", "hrb.pdf",
                "<html>an invoice</html>".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertProblem(api.upload(documents, account.key(), "business_registration", "big.pdf", tooLarge), 413,
                "payload_too_large");
        assertProblem(api.upload(documents, account.key(), "business_registration", "empty.pdf", new byte[0]), 400,
                "validation_failed");
        assertProblem(api.upload(documents, account.key(), "selfie", "me.pdf", PDF), 400, "validation_failed");
        assertProblem(api.upload(documents, account.key(), null, "hrb.pdf", PDF), 400, "validation_failed");
        assertProblem(api.upload(documents, other.key(), "business_registration", "hrb.pdf", PDF), 404, "not_found");
        assertProblem(api.post(documents, account.key(), "{\"type\": \"business_registration\"}"), 415,
                "unsupported_media_type");
        assertProblem(api.upload("api/compliance-profiles/cp_none/documents", account.key(), "business_registration",
                "hrb.pdf", PDF), 404, "not_found");

        assertThat(profile(api.get("api/compliance-profiles/" + id, account.key())).getJsonArray("documents")).isEmpty();
        assertProblem(api.get("api/compliance-profiles/" + id, other.key()), 404, "not_found");
    }

    @Test
    void aProfileIsRefusedForNumbersSoldWithoutOneOrWithAnotherAccountsAddress() {
        Api.Account account = api.openAccount("Profiles GmbH", "pro");
        Api.Account other = api.openAccount("Elsewhere GmbH", "pro");

        assertProblem(api.post("api/compliance-profiles", account.key(), body("US", "Acme", null)), 400,
                "validation_failed");
        assertProblem(api.post("api/compliance-profiles", account.key(), body("FR", "Acme", null)), 422,
                "country_not_supported");
        assertProblem(api.post("api/compliance-profiles", account.key(), body("DE", "Acme",
                address(other, "Berlin", "10117"))), 404, "not_found");
        Api.Answer invalid = api.post("api/compliance-profiles", account.key(),
                "{\"countryCode\": \"DE\", \"numberType\": \"fax\", \"endUserType\": \"robot\", \"endUser\": {}}");
        assertProblem(invalid, 400, "validation_failed");
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("numberType", "endUserType", "endUser.name", "endUser.email");
        assertThat(api.all("api/compliance-profiles", account.key(), "profiles")).isEmpty();
    }

    private JsonObject create(Api.Account account, String endUserName, String addressId) {
        Api.Answer created = api.post("api/compliance-profiles", account.key(), body("DE", endUserName, addressId));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().getJsonObject("profile");
    }

    private static String body(String country, String endUserName, String addressId) {
        return "{\"countryCode\": \"" + country + "\", \"numberType\": \"local\", \"endUserType\": \"business\", "
                + "\"endUser\": {\"name\": \"" + endUserName + "\", \"email\": \"ops@acme.example\", "
                + "\"registrationNumber\": \"HRB 12345\"}" + (addressId == null ? "" : ", \"addressId\": \"" + addressId + "\"")
                + "}";
    }

    private void upload(Api.Account account, String id, String type, byte[] content) {
        Api.Answer uploaded = api.upload("api/compliance-profiles/" + id + "/documents", account.key(), type,
                type + ".pdf", content);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    }

    private JsonObject awaitStatus(Api.Account account, String id, String status) {
        JsonObject[] seen = new JsonObject[1];
        Api.await("profile " + id + " " + status, REVIEWED, () -> {
            seen[0] = profile(api.get("api/compliance-profiles/" + id, account.key()));
            return seen[0].getString("status").equals(status);
        });
        return seen[0];
    }

    private static JsonObject profile(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getJsonObject("profile");
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private String address(Api.Account account, String city, String postalCode) {
        Api.Answer added = api.post("api/addresses", account.key(), "{\"customerName\": \"Acme GmbH\", \"street\": "
                + "\"Unter den Linden 1\", \"city\": \"" + city + "\", \"postalCode\": \"" + postalCode
                + "\", \"countryCode\": \"DE\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json().getJsonObject("address").getString("id");
    }

    /** The file as the database keeps it, for every instance to read. */
    private static byte[] storedFile(String documentId) {
        try (Connection connection = DriverManager.getConnection(DATABASE, FreshDatabase.user(), FreshDatabase.password());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT content FROM compliance_document_files WHERE document_id = '"
                     + documentId + "'")) {
            assertThat(row.next()).isTrue();
            return row.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
