package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierError;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.DocumentFile;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A compliance profile as a Twilio regulatory bundle (Numbers v2, {@code /v2/RegulatoryCompliance}), over
 * {@link TwilioWire}. Submitting creates, in order: the profile's address ({@code POST
 * /2010-04-01/Accounts/{Sid}/Addresses.json}), its end user ({@code POST …/EndUsers}), one supporting document per
 * file (a {@code multipart/form-data} {@code POST …/SupportingDocuments} on the upload host, with the file), the
 * bundle ({@code POST …/Bundles}, its status callback our compliance webhook), one item assignment for each of them
 * ({@code POST …/Bundles/{Sid}/ItemAssignments}), an evaluation ({@code POST …/Bundles/{Sid}/Evaluations}), which
 * must find the bundle compliant, and finally the submission ({@code POST …/Bundles/{Sid}} with
 * {@code Status=pending-review}).
 *
 * <p>Each request is sent once: Twilio has no idempotency key, and every one of them creates something. A submission
 * cut short leaves what it created in the account as drafts nobody uses; submitting the profile again starts afresh.
 */
final class TwilioBundles {

    private static final Pattern BUNDLE_SID = Pattern.compile("^BU[0-9a-fA-F]{32}$");
    private static final int FRIENDLY_NAME_LIMIT = 64;
    private static final int EVALUATIONS_PAGE = 20;
    private static final String PENDING_REVIEW = "pending-review";

    private final TwilioWire wire;
    private final SecureRandom random = new SecureRandom();

    TwilioBundles(TwilioWire wire) {
        this.wire = wire;
    }

    /**
     * @return the bundle's SID and the address's (null when the profile has none)
     * @throws CarrierRefusal when Twilio's evaluation finds the bundle noncompliant, naming what it misses, or refuses
     *                        one of the objects
     * @throws CarrierUnavailable when Twilio could not be asked, failed, or refused the credentials
     */
    CarrierReferences submit(ProfileForReview review) {
        ComplianceProfile profile = review.profile();
        String addressSid = review.address() == null ? null : createAddress(profile, review.address());
        String endUserSid = createEndUser(profile);
        List<String> documentSids = new ArrayList<>();
        for (DocumentFile file : review.files()) {
            documentSids.add(createDocument(profile, file, addressSid));
        }
        String bundleSid = createBundle(profile);
        assign(bundleSid, endUserSid);
        documentSids.forEach(documentSid -> assign(bundleSid, documentSid));
        if (addressSid != null) {
            assign(bundleSid, addressSid);
        }
        evaluate(profile, bundleSid);
        submitBundle(bundleSid);
        return new CarrierReferences(bundleSid, addressSid);
    }

    /**
     * {@code GET …/Bundles/{Sid}}: {@code draft}, {@code pending-review} and {@code in-review} are still in review,
     * {@code twilio-approved} and {@code provisionally-approved} approved until the bundle's {@code valid_until},
     * {@code twilio-rejected} rejected for what the bundle's latest evaluation found wrong. A bundle Twilio does not
     * know, or a reference that names none, is rejected, so that the customer submits the profile again.
     */
    ReviewOutcome reviewOf(CarrierReferences profile) {
        String bundleSid = profile == null ? null : profile.profile();
        if (bundleSid == null || !BUNDLE_SID.matcher(bundleSid).matches()) {
            // a profile handed to another carrier, or never handed over: Twilio cannot have reviewed it
            return new ReviewOutcome.Rejected("Twilio never received this profile as a regulatory bundle; submit it again.");
        }
        String what = "fetch the regulatory bundle " + bundleSid;
        TwilioWire.Answer answer = wire.get(what, wire.regulatoryCompliance().path("Bundles").path(bundleSid));
        if (answer.status() == 404) {
            return new ReviewOutcome.Rejected("Twilio has no regulatory bundle " + bundleSid
                    + " (it may have been deleted); submit the profile again.");
        }
        if (answer.status() != 200) {
            throw failure(what, answer);
        }
        JsonObject bundle = answer.json(what);
        String status = CarrierJson.text(bundle, "status");
        if (status == null) {
            throw new CarrierUnavailable("Twilio answered the request to " + what + " without the bundle's status");
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "twilio-approved", "provisionally-approved" ->
                    new ReviewOutcome.Approved(CarrierJson.instant(bundle, "valid_until"));
            case "twilio-rejected" -> new ReviewOutcome.Rejected(rejection(bundleSid));
            default -> new ReviewOutcome.InReview();
        };
    }

    // ---- the objects of a bundle

    /** {@code CustomerName}, {@code Street}, {@code City}, {@code Region} (the city where there is none), … */
    private String createAddress(ComplianceProfile profile, CarrierAddress address) {
        Form form = new Form()
                .param("CustomerName", address.customerName())
                .param("Street", address.street())
                .param("City", address.city())
                // Twilio requires a region; addresses outside North America often have none, and there the city is one
                .param("Region", address.region() == null || address.region().isBlank() ? address.city() : address.region())
                .param("PostalCode", address.postalCode())
                .param("IsoCountry", address.countryCode())
                .param("FriendlyName", friendlyName(profile.id()));
        return created("create the address of compliance profile " + profile.id(), wire.account().path("Addresses.json"), form);
    }

    /** {@code Type} {@code business|individual}, {@code Attributes} with the fields Twilio's end-user types name. */
    private String createEndUser(ComplianceProfile profile) {
        EndUser endUser = profile.endUser();
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        if (profile.endUserType() == EndUserType.BUSINESS) {
            attributes.add("business_name", endUser.name());
            if (endUser.registrationNumber() != null) {
                attributes.add("business_registration_number", endUser.registrationNumber());
            }
        } else {
            names(attributes, endUser.name());
        }
        attributes.add("email", endUser.email());
        Form form = new Form()
                .param("FriendlyName", friendlyName(endUser.name()))
                .param("Type", profile.endUserType().apiName())
                .param("Attributes", attributes.build().toString());
        return created("create the end user of compliance profile " + profile.id(),
                wire.regulatoryCompliance().path("EndUsers"), form);
    }

    /**
     * One file as a supporting document of Twilio's type for it, with the attributes that type holds; the file
     * travels with it, so the request goes to the upload host as {@code multipart/form-data}.
     */
    private String createDocument(ComplianceProfile profile, DocumentFile file, String addressSid) {
        EndUser endUser = profile.endUser();
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        switch (file.document().type()) {
            case BUSINESS_REGISTRATION -> {
                attributes.add("business_name", endUser.name());
                if (endUser.registrationNumber() != null) {
                    attributes.add("document_number", endUser.registrationNumber());
                }
            }
            case PROOF_OF_ADDRESS -> {
                if (addressSid != null) {
                    attributes.add("address_sids", Json.createArrayBuilder().add(addressSid));
                }
                if (profile.endUserType() == EndUserType.BUSINESS) {
                    attributes.add("business_name", endUser.name());
                } else {
                    names(attributes, endUser.name());
                }
            }
            case GOVERNMENT_ID -> names(attributes, endUser.name());
        }
        Multipart body = new Multipart(boundary())
                .field("FriendlyName", friendlyName(file.document().fileName()))
                .field("Type", documentType(file.document().type()))
                .field("Attributes", attributes.build().toString())
                .file("File", file.document().fileName(), file.format().mediaType(), file.content());
        String what = "upload " + file.document().type().apiName() + " document " + file.document().id()
                + " of compliance profile " + profile.id();
        return created(what, wire.regulatoryComplianceUploads().path("SupportingDocuments"),
                Entity.entity(body.bytes(), body.mediaType()));
    }

    /** For the country, number type and end-user type of the profile; status changes come to our webhook. */
    private String createBundle(ComplianceProfile profile) {
        Form form = new Form()
                .param("FriendlyName", friendlyName(profile.id()))
                .param("Email", profile.endUser().email())
                .param("StatusCallback", wire.settings.bundleCallbackUrl())
                .param("IsoCountry", profile.country().code())
                .param("NumberType", profile.numberType().apiName())
                .param("EndUserType", profile.endUserType().apiName());
        return created("create the regulatory bundle of compliance profile " + profile.id(),
                wire.regulatoryCompliance().path("Bundles"), form);
    }

    private void assign(String bundleSid, String objectSid) {
        created("add " + objectSid + " to regulatory bundle " + bundleSid,
                wire.regulatoryCompliance().path("Bundles").path(bundleSid).path("ItemAssignments"),
                new Form().param("ObjectSid", objectSid));
    }

    /** What Twilio's regulation still misses in the bundle, before anyone reviews it: nothing, or a refusal. */
    private void evaluate(ComplianceProfile profile, String bundleSid) {
        String what = "evaluate regulatory bundle " + bundleSid;
        JsonObject evaluation = createdObject(what,
                wire.regulatoryCompliance().path("Bundles").path(bundleSid).path("Evaluations"), Entity.form(new Form()));
        if (!"noncompliant".equalsIgnoreCase(CarrierJson.text(evaluation, "status"))) {
            return;
        }
        List<String> failures = failures(evaluation);
        throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "Twilio finds compliance profile " + profile.id()
                + " incomplete: " + (failures.isEmpty() ? "its evaluation names nothing in particular" : String.join(" ", failures)));
    }

    private void submitBundle(String bundleSid) {
        String what = "submit regulatory bundle " + bundleSid + " for review";
        TwilioWire.Answer answer = post(what, wire.regulatoryCompliance().path("Bundles").path(bundleSid),
                Entity.form(new Form().param("Status", PENDING_REVIEW)));
        if (answer.status() != 200 && answer.status() != 201) {
            throw failure(what, answer);
        }
    }

    /** The failures of the latest evaluation, as Twilio words them; a general reason when it names none. */
    private String rejection(String bundleSid) {
        String general = "Twilio's review rejected regulatory bundle " + bundleSid
                + "; correct the profile's details and documents and submit it again.";
        String what = "read the evaluations of regulatory bundle " + bundleSid;
        TwilioWire.Answer answer;
        try {
            answer = wire.get(what, wire.regulatoryCompliance().path("Bundles").path(bundleSid).path("Evaluations")
                    .queryParam("PageSize", EVALUATIONS_PAGE));
        } catch (CarrierUnavailable e) {
            return general;
        }
        if (answer.status() != 200) {
            return general;
        }
        List<JsonObject> evaluations = CarrierJson.objects(answer.json().orElse(null), "results");
        List<String> failures = evaluations.stream()
                .max(Comparator.comparing(evaluation -> {
                    Instant created = CarrierJson.instant(evaluation, "date_created");
                    return created == null ? Instant.MIN : created;
                }))
                .map(TwilioBundles::failures)
                .orElse(List.of());
        return failures.isEmpty() ? general : "Twilio's review rejected the profile: " + String.join(" ", failures);
    }

    /**
     * The {@code failure_reason} of each result that did not pass, then of each of its invalid fields, each said
     * once: {@code "A Business End-User is missing. … The Business Name is missing. …"}.
     */
    static List<String> failures(JsonObject evaluation) {
        Set<String> failures = new LinkedHashSet<>();
        for (JsonObject result : CarrierJson.objects(evaluation, "results")) {
            if (Boolean.TRUE.equals(CarrierJson.bool(result, "passed"))) {
                continue;
            }
            add(failures, CarrierJson.text(result, "failure_reason"));
            for (JsonObject invalid : CarrierJson.objects(result, "invalid")) {
                add(failures, CarrierJson.text(invalid, "failure_reason"));
            }
        }
        return List.copyOf(failures);
    }

    private static void add(Set<String> failures, String failure) {
        if (failure != null) {
            failures.add(failure.endsWith(".") ? failure : failure + ".");
        }
    }

    // ---- the exchange

    private String created(String what, WebTarget target, Form form) {
        return created(what, target, Entity.form(form));
    }

    private String created(String what, WebTarget target, Entity<?> entity) {
        String sid = CarrierJson.text(createdObject(what, target, entity), "sid");
        if (sid == null) {
            throw new CarrierUnavailable("Twilio took the request to " + what + " but answered without a SID");
        }
        return sid;
    }

    private JsonObject createdObject(String what, WebTarget target, Entity<?> entity) {
        TwilioWire.Answer answer = post(what, target, entity);
        if (answer.status() != 200 && answer.status() != 201) {
            throw failure(what, answer);
        }
        return answer.json(what);
    }

    private TwilioWire.Answer post(String what, WebTarget target, Entity<?> entity) {
        try {
            return wire.postOnce(what, target, entity);
        } catch (ProcessingException e) {
            throw TwilioWire.unreachable(what, e);
        }
    }

    /** 5xx and refused credentials: unavailable; any other refusal is about the profile, which a person corrects. */
    private static RuntimeException failure(String what, TwilioWire.Answer answer) {
        CarrierError error = answer.error();
        if (answer.status() >= 500) {
            return TwilioWire.unavailable(what, answer);
        }
        if (answer.credentialsRefused()) {
            return new CarrierUnavailable("Twilio refused the account's credentials: " + error.describe());
        }
        if (answer.status() == 404) {
            return new CarrierUnavailable("Twilio does not know the resource of the request to " + what + ": "
                    + error.describe());
        }
        return new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "Twilio refused to " + what + ": " + error.describe());
    }

    // ---- Twilio's words

    /** Twilio's supporting document type for ours. */
    static String documentType(DocumentType type) {
        return switch (type) {
            case BUSINESS_REGISTRATION -> "commercial_registrar_excerpt";
            case PROOF_OF_ADDRESS -> "utility_bill";
            case GOVERNMENT_ID -> "government_issued_document";
        };
    }

    /** A person's name as {@code first_name} (all but the last word) and {@code last_name} (the last word). */
    private static void names(JsonObjectBuilder attributes, String name) {
        String full = name.strip();
        int space = full.lastIndexOf(' ');
        attributes.add("first_name", space < 0 ? full : full.substring(0, space).strip())
                .add("last_name", space < 0 ? full : full.substring(space + 1));
    }

    private static String friendlyName(String name) {
        return name.length() <= FRIENDLY_NAME_LIMIT ? name : name.substring(0, FRIENDLY_NAME_LIMIT);
    }

    private String boundary() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "numbers-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * A {@code multipart/form-data} body (RFC 7578) built by hand, so that no multipart provider is needed in the
     * JAX-RS client: text fields in UTF-8, then the file with its name and media type.
     */
    static final class Multipart {

        private final String boundary;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        Multipart field(String name, String value) {
            part("Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n", value.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, String fileName, String mediaType, byte[] content) {
            part("Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(fileName) + "\"\r\n"
                    + "Content-Type: " + mediaType + "\r\n", content);
            return this;
        }

        String mediaType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return all.toByteArray();
        }

        private void part(String headers, byte[] content) {
            body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        /** A name in a quoted header parameter: quotes and line breaks percent-encoded, as browsers do. */
        private static String quoted(String text) {
            return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        }
    }
}
