package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.DocumentFile;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A compliance profile handed to Telnyx as a requirement group, and Telnyx's review of it.
 *
 * <p>Submitting is, in this order: {@code GET /v2/requirements} for the profile's country and number type (action
 * {@code ordering}); every requirement is matched to what the profile holds before anything is sent, so that a
 * requirement Numbers cannot fill refuses the submission at once, saying what to add; then each document a
 * requirement takes is uploaded ({@code POST /v2/documents}, multipart), the address is created where one is asked
 * for ({@code POST /v2/addresses}: requirement groups name addresses by Telnyx's id), and {@code POST
 * /v2/requirement_groups} names them all, with the profile's id as {@code customer_reference}, and is submitted for
 * approval ({@code …/submit_for_approval}). The group is never created twice by one submission: when its answer is
 * lost, the group is looked up by that reference instead.
 * Documents and addresses uploaded by a submission that failed afterwards are left to Telnyx, which deletes
 * documents no group names.
 *
 * <p>Requirements are read by their kind ({@code type}, or {@code field_type} as numbers and groups call it:
 * {@code address}, {@code document}, {@code textual}) and by their name and description, which say which document
 * or which of the end user's details they ask for.
 */
final class TelnyxRequirements {

    private static final String ACTION = "ordering";
    /** Telnyx's words for a requirement it did not accept. */
    private static final Set<String> DECLINED = Set.of("declined", "unapproved", "rejected",
            "requirement-info-exception");
    /** How a textual requirement asks for a business's registration number. */
    private static final String[] REGISTRATION_NUMBER = {"registration", "register", "company number", "vat number",
        "vat id", "tax number", "tax id", "licence number", "license number"};

    private final TelnyxWire wire;

    TelnyxRequirements(TelnyxWire wire) {
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    /** One requirement Telnyx lists for a country, number type and action. */
    record Requirement(String id, String kind, String name, String description) {

        String words() {
            return (name == null ? "" : name) + " " + (description == null ? "" : description);
        }

        String label() {
            return name != null ? name : description != null ? description : "requirement " + id;
        }
    }

    /**
     * Hands the profile to Telnyx as a requirement group and answers its id.
     *
     * @throws CarrierRefusal     when a requirement cannot be filled from the profile, or Telnyx refuses what it was
     *                            given
     * @throws CarrierUnavailable when Telnyx cannot be asked or fails
     */
    CarrierReferences submit(ProfileForReview review, String phoneNumberType) {
        ComplianceProfile profile = review.profile();
        String country = profile.country().code();
        List<Requirement> requirements = requirements(country, phoneNumberType);
        Plan plan = plan(review, requirements);
        if (!plan.missing().isEmpty()) {
            throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "Telnyx asks for more before it reviews "
                    + "compliance profile " + profile.id() + " for " + profile.country().displayName() + " "
                    + profile.numberType().apiName() + " numbers: " + String.join("; ", plan.missing()));
        }
        Map<DocumentFile, String> uploaded = new LinkedHashMap<>();
        String addressId = null;
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Fill fill : plan.fills()) {
            String value;
            if (fill.file() != null) {
                DocumentFile file = fill.file();
                value = uploaded.get(file);
                if (value == null) {
                    value = upload(profile, file);
                    uploaded.put(file, value);
                }
            } else if (fill.address() != null) {
                if (addressId == null) {
                    addressId = createAddress(profile, fill.address());
                }
                value = addressId;
            } else {
                value = fill.text();
            }
            values.add(Json.createObjectBuilder()
                    .add("requirement_id", fill.requirement().id())
                    .add("field_value", value));
        }
        String body = Json.createObjectBuilder()
                .add("country_code", country)
                .add("phone_number_type", phoneNumberType)
                .add("action", ACTION)
                .add("customer_reference", profile.id())
                .add("regulatory_requirements", values)
                .build().toString();
        String groupId = createGroup(profile, body);
        submitForApproval(profile, groupId);
        return new CarrierReferences(groupId, null);
    }

    /**
     * {@code POST /v2/requirement_groups/{id}/submit_for_approval}: Telnyx reviews a group once it is submitted.
     * Submitting twice is harmless, so a lost answer is asked again once; a group that could not be submitted leaves
     * the profile as it was, to be submitted again.
     */
    private void submitForApproval(ComplianceProfile profile, String groupId) {
        String action = "the submission of requirement group " + groupId + " of compliance profile " + profile.id();
        String path = "v2/requirement_groups/" + groupId + "/submit_for_approval";
        TelnyxWire.Answer answer;
        try {
            answer = wire.postOnce(action, path, "{}");
            if (answer.status() >= 500) {
                answer = wire.postOnce(action, path, "{}");
            }
        } catch (ProcessingException lost) {
            throw new CarrierUnavailable("Telnyx could not be reached for " + action + "; submit the profile again", lost);
        }
        if (answer.successful()) {
            return;
        }
        if (answer.status() >= 500 || answer.status() == 429 || answer.keyRefused()) {
            throw TelnyxWire.unavailable(action, answer);
        }
        throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "Telnyx refused to review compliance profile "
                + profile.id() + ": " + answer.error().summary() + "; correct it and submit again");
    }

    /** What Telnyx says now of the requirement group {@code profile.profile()}. */
    ReviewOutcome reviewOf(CarrierReferences profile) {
        String groupId = profile == null ? null : profile.profile();
        if (groupId == null || groupId.isBlank()) {
            return new ReviewOutcome.Rejected("Telnyx was never handed this compliance profile; submit it again");
        }
        TelnyxWire.Answer answer = wire.read("the review of requirement group " + groupId,
                () -> wire.request(wire.target("v2/requirement_groups").path("{id}").resolveTemplate("id", groupId))
                        .buildGet());
        if (answer.status() == 404) {
            return new ReviewOutcome.Rejected("Telnyx no longer has requirement group " + groupId
                    + "; submit the compliance profile again");
        }
        if (!answer.successful()) {
            throw TelnyxWire.unavailable("the review of requirement group " + groupId, answer);
        }
        JsonObject group = Optional.ofNullable(CarrierJson.object(answer.body(), "data")).orElse(answer.body());
        String status = Optional.ofNullable(CarrierJson.text(group, "status")).orElse("")
                .toLowerCase(Locale.ROOT);
        return switch (status) {
            case "approved" -> new ReviewOutcome.Approved(earliestExpiry(group));
            // "unapproved" is a group not yet decided on (as before its submission), not a refusal
            case "declined", "rejected", "expired" -> new ReviewOutcome.Rejected(rejection(group));
            default -> new ReviewOutcome.InReview();
        };
    }

    /** Whether Telnyx's status of a requirement (of a group, or of an ordered number) says it did not accept it. */
    static boolean declined(String status) {
        return status != null && DECLINED.contains(status.toLowerCase(Locale.ROOT));
    }

    /** One requirement of a group or a number Telnyx did not accept, in words: what it is and Telnyx's comment. */
    static String reasonOf(JsonObject requirement) {
        String what = firstText(requirement, "name", "label", "field_type");
        String comment = firstText(requirement, "comment", "status_comment", "rejection_reason", "reason");
        String id = CarrierJson.text(requirement, "requirement_id");
        String subject = what != null ? what : id != null ? "requirement " + id : "a requirement";
        return comment == null ? subject + " was declined" : subject + ": " + comment;
    }

    // ------------------------------------------------------------------------------------------------- the steps

    private List<Requirement> requirements(String country, String phoneNumberType) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("filter[country_code]", country);
        filters.put("filter[phone_number_type]", phoneNumberType);
        filters.put("filter[action]", ACTION);
        TelnyxWire.Answer answer = wire.read("the requirements of " + country + " " + phoneNumberType + " numbers",
                () -> wire.request(TelnyxWire.withQuery(wire.target("v2/requirements"), filters)).buildGet());
        if (!answer.successful()) {
            throw TelnyxWire.unavailable("the requirements of " + country + " " + phoneNumberType + " numbers", answer);
        }
        List<Requirement> requirements = new ArrayList<>();
        for (JsonObject item : CarrierJson.objects(answer.body(), "data")) {
            List<JsonObject> types = new ArrayList<>(CarrierJson.objects(item, "requirements_types"));
            types.addAll(CarrierJson.objects(item, "regulatory_requirements"));
            if (types.isEmpty()) {
                types.add(item);
            }
            for (JsonObject type : types) {
                String id = Optional.ofNullable(CarrierJson.text(type, "id"))
                        .orElse(CarrierJson.text(type, "requirement_id"));
                if (id != null && requirements.stream().noneMatch(known -> known.id().equals(id))) {
                    requirements.add(new Requirement(id, kindOf(type), CarrierJson.text(type, "name"),
                            CarrierJson.text(type, "description")));
                }
            }
        }
        return List.copyOf(requirements);
    }

    private Plan plan(ProfileForReview review, List<Requirement> requirements) {
        List<Fill> fills = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        ComplianceProfile profile = review.profile();
        for (Requirement requirement : requirements) {
            switch (requirement.kind()) {
                case "address" -> {
                    CarrierAddress address = review.address();
                    if (address == null) {
                        missing.add("an address (" + requirement.label() + "), registered with POST /api/addresses "
                                + "and named by the profile");
                    } else if (!profile.country().code().equalsIgnoreCase(address.countryCode())) {
                        missing.add("an address in " + profile.country().displayName() + " (" + requirement.label()
                                + "); the profile's address is in " + address.countryCode());
                    } else {
                        fills.add(new Fill(requirement, null, address, null));
                    }
                }
                case "document" -> {
                    Set<DocumentType> accepted = documentTypesOf(requirement);
                    Optional<DocumentFile> file = fileFor(accepted, review.files(), profile.endUserType());
                    if (file.isPresent()) {
                        fills.add(new Fill(requirement, file.get(), null, null));
                    } else if (accepted.isEmpty()) {
                        missing.add("a document Telnyx calls \"" + requirement.label() + "\", which is none of the "
                                + "documents a profile holds");
                    } else {
                        DocumentType wanted = preferred(accepted, profile.endUserType());
                        missing.add(wanted.description() + " (document type " + wanted.apiName() + ") for Telnyx's \""
                                + requirement.label() + "\"");
                    }
                }
                default -> {
                    String text = textFor(requirement, profile.endUser());
                    if (text != null) {
                        fills.add(new Fill(requirement, null, null, text));
                    } else if (mentions(requirement.words(), REGISTRATION_NUMBER)) {
                        missing.add("the business's registration number (endUser.registrationNumber) for Telnyx's \""
                                + requirement.label() + "\"");
                    } else {
                        missing.add("\"" + requirement.label() + "\""
                                + (requirement.description() == null || requirement.description().equals(requirement.label())
                                ? "" : " (" + requirement.description() + ")")
                                + ", which a compliance profile cannot give yet; ask support to add it");
                    }
                }
            }
        }
        return new Plan(List.copyOf(fills), List.copyOf(missing));
    }

    private String upload(ComplianceProfile profile, DocumentFile file) {
        String boundary = "numbers-" + UUID.randomUUID();
        byte[] body = multipart(boundary, profile.id() + "/" + file.document().id(), file);
        String action = "the upload of document " + file.document().id() + " (" + file.document().fileName() + ")";
        TelnyxWire.Answer answer;
        try {
            answer = wire.exchange(action, () -> wire.request(wire.target("v2/documents"))
                    .build("POST", Entity.entity(body, "multipart/form-data; boundary=" + boundary)));
        } catch (ProcessingException lost) {
            throw new CarrierUnavailable("Telnyx did not answer " + action + ": " + lost.getMessage(), lost);
        }
        String id = answer.successful() ? CarrierJson.text(CarrierJson.object(answer.body(), "data"), "id") : null;
        if (id != null) {
            return id;
        }
        if (answer.successful() || answer.status() >= 500 || answer.status() == 429 || answer.keyRefused()) {
            throw TelnyxWire.unavailable(action, answer);
        }
        throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "Telnyx refused the file "
                + file.document().fileName() + " (" + file.document().type().apiName() + ") of compliance profile "
                + profile.id() + ": " + answer.error().summary() + "; replace the document and submit again");
    }

    private String createAddress(ComplianceProfile profile, CarrierAddress address) {
        String name = Optional.ofNullable(address.customerName()).filter(text -> !text.isBlank())
                .orElse(profile.endUser().name()).strip();
        int space = name.lastIndexOf(' ');
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("customer_reference", address.id())
                .add("business_name", name)
                .add("first_name", space > 0 ? name.substring(0, space) : name)
                .add("last_name", space > 0 ? name.substring(space + 1) : name)
                .add("street_address", address.street())
                .add("locality", address.city())
                .add("postal_code", address.postalCode())
                .add("country_code", address.countryCode());
        if (address.region() != null && !address.region().isBlank()) {
            body.add("administrative_area", address.region());
        }
        String action = "the address of compliance profile " + profile.id();
        TelnyxWire.Answer answer;
        try {
            answer = wire.exchange(action, () -> wire.request(wire.target("v2/addresses"))
                    .build("POST", Entity.json(body.build().toString())));
        } catch (ProcessingException lost) {
            throw new CarrierUnavailable("Telnyx did not answer " + action + ": " + lost.getMessage(), lost);
        }
        String id = answer.successful() ? CarrierJson.text(CarrierJson.object(answer.body(), "data"), "id") : null;
        if (id != null) {
            return id;
        }
        if (answer.successful() || answer.status() >= 500 || answer.status() == 429 || answer.keyRefused()) {
            throw TelnyxWire.unavailable(action, answer);
        }
        throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "Telnyx refused the address of compliance profile "
                + profile.id() + " (" + address.street() + ", " + address.postalCode() + " " + address.city() + "): "
                + answer.error().summary() + "; correct the address and submit again");
    }

    private String createGroup(ComplianceProfile profile, String body) {
        String action = "the requirement group of compliance profile " + profile.id();
        TelnyxWire.Answer answer;
        try {
            answer = wire.postOnce(action, "v2/requirement_groups", body);
        } catch (ProcessingException lost) {
            return groupAfterLostAnswer(profile, action);
        }
        if (answer.status() >= 500) {
            return groupAfterLostAnswer(profile, action);
        }
        String id = answer.successful() ? CarrierJson.text(CarrierJson.object(answer.body(), "data"), "id") : null;
        if (id != null) {
            return id;
        }
        if (answer.successful()) {
            return groupAfterLostAnswer(profile, action);
        }
        if (answer.keyRefused() || answer.status() == 429) {
            throw TelnyxWire.unavailable(action, answer);
        }
        throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "Telnyx refused compliance profile " + profile.id()
                + ": " + answer.error().summary() + "; correct it and submit again");
    }

    /** The group this submission created when its answer was lost: the newest with the profile's reference. */
    private String groupAfterLostAnswer(ComplianceProfile profile, String action) {
        Map<String, String> filter = Map.of("filter[customer_reference]", profile.id());
        TelnyxWire.Answer answer;
        try {
            answer = wire.read("the look-up of " + action,
                    () -> wire.request(TelnyxWire.withQuery(wire.target("v2/requirement_groups"), filter)).buildGet());
        } catch (CarrierUnavailable stillFailing) {
            throw new CarrierUnavailable("Telnyx lost its answer to " + action + " and cannot say whether it took it; "
                    + "submit the profile again in a minute", stillFailing);
        }
        Optional<String> found = answer.successful()
                ? CarrierJson.objects(answer.body(), "data").stream()
                        .filter(group -> profile.id().equals(CarrierJson.text(group, "customer_reference")))
                        .max(Comparator.comparing(group -> Optional.ofNullable(CarrierJson.instant(group, "created_at"))
                                .orElse(Instant.MIN)))
                        .map(group -> CarrierJson.text(group, "id"))
                : Optional.empty();
        return found.orElseThrow(() -> new CarrierUnavailable("Telnyx failed to take " + action
                + "; nothing was handed over, submit the profile again in a minute"));
    }

    // ----------------------------------------------------------------------------------------------------- parts

    private static String kindOf(JsonObject type) {
        String kind = Optional.ofNullable(CarrierJson.text(type, "type"))
                .orElse(Optional.ofNullable(CarrierJson.text(type, "field_type")).orElse("textual"))
                .toLowerCase(Locale.ROOT);
        if (kind.startsWith("address")) {
            return "address";
        }
        return kind.startsWith("document") ? "document" : "textual";
    }

    /**
     * The documents of ours a document requirement takes, read from its name; its description adds documents of the
     * same kind only (another proof of identity, say), since a description of one document often mentions others.
     */
    static Set<DocumentType> documentTypesOf(Requirement requirement) {
        Set<DocumentType> byName = documentTypesIn(requirement.name());
        Set<DocumentType> byDescription = documentTypesIn(requirement.description());
        if (byName.isEmpty()) {
            return byDescription;
        }
        boolean address = byName.contains(DocumentType.PROOF_OF_ADDRESS);
        boolean identity = byName.contains(DocumentType.BUSINESS_REGISTRATION)
                || byName.contains(DocumentType.GOVERNMENT_ID);
        Set<DocumentType> types = EnumSet.copyOf(byName);
        for (DocumentType type : byDescription) {
            if (type == DocumentType.PROOF_OF_ADDRESS ? address : identity) {
                types.add(type);
            }
        }
        return types;
    }

    private static Set<DocumentType> documentTypesIn(String text) {
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        if (text == null) {
            return types;
        }
        if (mentions(text, "address", "utility bill", "residence", "domicile")) {
            types.add(DocumentType.PROOF_OF_ADDRESS);
        }
        if (mentions(text, "registration", "register", "incorporation", "trade licen", "business licen",
                "company extract")) {
            types.add(DocumentType.BUSINESS_REGISTRATION);
        }
        if (mentions(text, "identity", "identification", "passport", "id card", "national id", "government id",
                "government-issued")) {
            types.add(DocumentType.GOVERNMENT_ID);
        }
        return types;
    }

    private static Optional<DocumentFile> fileFor(Set<DocumentType> accepted, List<DocumentFile> files,
                                                  EndUserType endUser) {
        List<DocumentType> order = new ArrayList<>(accepted);
        DocumentType first = accepted.isEmpty() ? null : preferred(accepted, endUser);
        order.remove(first);
        if (first != null) {
            order.add(0, first);
        }
        for (DocumentType type : order) {
            Optional<DocumentFile> file = files.stream().filter(f -> f.document().type() == type).findFirst();
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    /** Of the documents a requirement takes, the one the end user is expected to have: its identity first. */
    private static DocumentType preferred(Set<DocumentType> accepted, EndUserType endUser) {
        DocumentType identity = endUser == EndUserType.BUSINESS ? DocumentType.BUSINESS_REGISTRATION
                : DocumentType.GOVERNMENT_ID;
        return accepted.contains(identity) ? identity : accepted.iterator().next();
    }

    /** The end user's detail a textual requirement asks for; null when the profile does not hold it. */
    private static String textFor(Requirement requirement, EndUser endUser) {
        String words = requirement.words();
        if (mentions(words, "email", "e-mail")) {
            return endUser.email();
        }
        if (mentions(words, REGISTRATION_NUMBER)) {
            return endUser.registrationNumber();
        }
        if (mentions(words, "name")) {
            return endUser.name();
        }
        return null;
    }

    private static boolean mentions(String text, String... words) {

        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Instant earliestExpiry(JsonObject group) {
        return CarrierJson.objects(group, "regulatory_requirements").stream()
                .map(requirement -> CarrierJson.instant(requirement, "expires_at"))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static String rejection(JsonObject group) {
        List<String> reasons = new ArrayList<>();
        for (JsonObject requirement : CarrierJson.objects(group, "regulatory_requirements")) {
            if (declined(CarrierJson.text(requirement, "status"))) {
                reasons.add(reasonOf(requirement));
            }
        }
        String comment = firstText(group, "comment", "status_comment", "rejection_reason", "reason");
        if (comment != null) {
            reasons.add(0, comment);
        }
        return reasons.isEmpty()
                ? "Telnyx declined the compliance profile without saying why; check its documents and submit it again"
                : "Telnyx declined the compliance profile: " + String.join("; ", reasons);
    }

    private static String firstText(JsonObject object, String... names) {
        for (String name : names) {
            String text = CarrierJson.text(object, name);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** {@code multipart/form-data} with the file and the customer reference, built here: no multipart provider. */
    private static byte[] multipart(String boundary, String customerReference, DocumentFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String fileName = file.document().fileName().replaceAll("[\"\\r\\n\\\\]", "_");
        write(out, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"customer_reference\"\r\n\r\n"
                + customerReference + "\r\n");
        write(out, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + file.format().mediaType() + "\r\n\r\n");
        out.writeBytes(file.content());
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** How a requirement is filled: with an uploaded file, the address, or a text. */
    private record Fill(Requirement requirement, DocumentFile file, CarrierAddress address, String text) {
    }

    private record Plan(List<Fill> fills, List<String> missing) {
    }
}
