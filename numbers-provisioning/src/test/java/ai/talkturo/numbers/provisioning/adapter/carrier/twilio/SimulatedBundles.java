package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.compliance.ComplianceRequirements;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.SimulatedCalls.SimulatedAnswer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The regulatory compliance of the simulated Twilio account: addresses (2010 API), end users, supporting documents
 * (with their uploaded files), bundles, their item assignments and evaluations (Numbers v2). An evaluation finds a
 * bundle noncompliant when it lacks what Numbers' own rules ({@link ComplianceRequirements}) ask for its country,
 * number type and end-user type: the end user (with a business's registration number where needed), an address, and
 * the documents, each as the supporting document type Twilio names for it. A bundle submitted with
 * {@code Status=pending-review} goes {@code pending-review}, then {@code in-review}, and is decided
 * {@link #reviewDelay(Duration)} later (or at {@link #decideReviews()}): {@code twilio-rejected} when its end user's
 * name contains {@code REJECT}, {@code twilio-approved} otherwise, valid for {@link #approvalValidity(Duration)}. Each
 * status change is POSTed to the bundle's {@code StatusCallback} ({@code AccountSid}, {@code BundleSid},
 * {@code Status}, and {@code FailureReason} on a rejection), signed with {@code X-Twilio-Signature} as the call
 * status callbacks are.
 */
public final class SimulatedBundles implements AutoCloseable {

    /** Twilio's supporting document type for each kind of document Numbers' rules ask for, and its name. */
    static final Map<DocumentType, String> DOCUMENT_TYPES = Map.of(
            DocumentType.BUSINESS_REGISTRATION, "commercial_registrar_excerpt",
            DocumentType.PROOF_OF_ADDRESS, "utility_bill",
            DocumentType.GOVERNMENT_ID, "government_issued_document");
    private static final Map<String, String> DOCUMENT_NAMES = Map.of(
            "commercial_registrar_excerpt", "Excerpt from the commercial register",
            "utility_bill", "Utility bill showing the address",
            "government_issued_document", "Government-issued ID");
    private static final Set<String> STATUSES = Set.of("draft", "pending-review", "in-review", "twilio-rejected",
            "twilio-approved", "provisionally-approved");
    private static final String BASE = "https://numbers.twilio.com/v2/RegulatoryCompliance/";
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An address created with the 2010 API. */
    public record Address(String sid, String accountSid, String customerName, String street, String city, String region,
                          String postalCode, String isoCountry, String friendlyName, Instant dateCreated) {
    }

    public record EndUser(String sid, String accountSid, String friendlyName, String type, JsonObject attributes,
                          Instant dateCreated) {
    }

    /** A supporting document; {@code file} is what was uploaded with it (null when it came without one). */
    public record Document(String sid, String accountSid, String friendlyName, String type, JsonObject attributes,
                           String mimeType, String fileName, byte[] file, Instant dateCreated) {
    }

    /** A bundle as it is now. */
    public record Bundle(String sid, String accountSid, String friendlyName, String email, String statusCallback,
                         String isoCountry, String numberType, String endUserType, String status, Instant validUntil,
                         List<String> items, Instant dateCreated, Instant dateUpdated) {
    }

    /** A status callback sent, and what the server answered ({@code -1}: it could not be reached). */
    public record Delivery(String bundleSid, String url, Map<String, String> form, String signature, int status) {

        public String field(String name) {
            return form.get(name);
        }
    }

    /** A file part of a {@code multipart/form-data} request. */
    record Upload(String fileName, String mediaType, byte[] content) {
    }

    private final Function<String, SimulatedCalls> accounts;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Address> addresses = new LinkedHashMap<>();
    private final Map<String, EndUser> endUsers = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Bundle> bundles = new LinkedHashMap<>();
    private final Map<String, List<JsonObject>> evaluations = new LinkedHashMap<>();
    private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService reviewer = Executors.newSingleThreadScheduledExecutor(daemon("twilio-simulator-review"));
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(daemon("twilio-simulator-bundle-callbacks"));
    private volatile Duration reviewDelay = Duration.ofSeconds(3);
    private volatile Duration approvalValidity;
    private volatile URI deliverTo;

    /** @param accounts the calls of an account SID, whose signature of callbacks with its auth token bundles use too */
    SimulatedBundles(Function<String, SimulatedCalls> accounts) {
        this.accounts = accounts;
    }

    /** How long the review of a submitted bundle takes (3 s unless set); zero decides at once. */
    public SimulatedBundles reviewDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a review takes no negative time");
        }
        this.reviewDelay = delay;
        return this;
    }

    /** How long an approval lasts, the bundle's {@code valid_until}; null (the default): without end. */
    public SimulatedBundles approvalValidity(Duration validity) {
        this.approvalValidity = validity;
        return this;
    }

    /** Where status callbacks really go, such as {@code http://127.0.0.1:8081/}; they are signed over the public URL. */
    public SimulatedBundles deliverTo(URI server) {
        this.deliverTo = server;
        return this;
    }

    /** Decides every bundle in review now, without waiting for the delay. */
    public void decideReviews() {
        List<String> inReview;
        synchronized (this) {
            inReview = bundles.values().stream().filter(bundle -> bundle.status().equals("in-review"))
                    .map(Bundle::sid).toList();
        }
        inReview.forEach(this::decide);
    }

    public synchronized Optional<Bundle> bundle(String sid) {
        return Optional.ofNullable(bundles.get(sid));
    }

    public synchronized List<Bundle> bundles() {
        return List.copyOf(bundles.values());
    }

    public synchronized List<Address> addresses() {
        return List.copyOf(addresses.values());
    }

    public synchronized List<EndUser> endUsers() {
        return List.copyOf(endUsers.values());
    }

    public synchronized List<Document> documents() {
        return List.copyOf(documents.values());
    }

    /** The status callbacks sent so far, in order. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** Waits until every status callback asked for so far was sent. */
    public void awaitCallbacks() {
        try {
            callbacks.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the bundles' status callbacks did not go out", e);
        }
    }

    /** A bundle the account had approved earlier, for numbers of this country and type; answers its SID. */
    public synchronized String approved(String accountSid, Country country, NumberType type, String endUserType) {
        Instant now = Instant.now();
        Bundle bundle = new Bundle(sid("BU"), accountSid, "approved earlier", "ops@example.com", null, country.code(),
                type.apiName(), endUserType, "twilio-approved", null, List.of(), now, now);
        bundles.put(bundle.sid(), bundle);
        return bundle.sid();
    }

    /** Whether {@code bundleSid} is one of the account's approved bundles, still valid, for this country and type. */
    synchronized boolean approvedFor(String accountSid, String bundleSid, Country country, NumberType type) {
        Bundle bundle = bundleSid == null ? null : bundles.get(bundleSid);
        return bundle != null && bundle.accountSid().equals(accountSid)
                && (bundle.status().equals("twilio-approved") || bundle.status().equals("provisionally-approved"))
                && (bundle.validUntil() == null || Instant.now().isBefore(bundle.validUntil()))
                && country.code().equals(bundle.isoCountry()) && type.apiName().equals(bundle.numberType());
    }

    @Override
    public void close() {
        reviewer.shutdownNow();
        callbacks.shutdown();
    }

    // ---- the requests

    /** {@code POST /2010-04-01/Accounts/{Sid}/Addresses.json} */
    synchronized SimulatedAnswer createAddress(String accountSid, Map<String, List<String>> form) {
        for (String required : List.of("CustomerName", "Street", "City", "Region", "PostalCode", "IsoCountry")) {
            if (blank(field(form, required))) {
                return error(400, 21608, required + " is required");
            }
        }
        Address address = new Address(sid("AD"), accountSid, field(form, "CustomerName"), field(form, "Street"),
                field(form, "City"), field(form, "Region"), field(form, "PostalCode"), field(form, "IsoCountry"),
                Optional.ofNullable(field(form, "FriendlyName")).orElse(field(form, "CustomerName")), Instant.now());
        addresses.put(address.sid(), address);
        return new SimulatedAnswer(201, json(address));
    }

    /** {@code POST /v2/RegulatoryCompliance/EndUsers} */
    synchronized SimulatedAnswer createEndUser(String accountSid, Map<String, List<String>> form) {
        String type = field(form, "Type");
        if (blank(field(form, "FriendlyName")) || !("business".equals(type) || "individual".equals(type))) {
            return error(400, 20001, "FriendlyName and a Type of business or individual are required");
        }
        Optional<JsonObject> attributes = attributes(form);
        if (attributes.isEmpty()) {
            return error(400, 20001, "Attributes must be a JSON object");
        }
        EndUser endUser = new EndUser(sid("IT"), accountSid, field(form, "FriendlyName"), type, attributes.get(), Instant.now());
        endUsers.put(endUser.sid(), endUser);
        return new SimulatedAnswer(201, json(endUser));
    }

    /** {@code POST /v2/RegulatoryCompliance/SupportingDocuments}, with its file on the upload host. */
    synchronized SimulatedAnswer createDocument(String accountSid, Map<String, List<String>> form, Upload upload) {
        if (blank(field(form, "FriendlyName")) || blank(field(form, "Type"))) {
            return error(400, 20001, "FriendlyName and Type are required");
        }
        Optional<JsonObject> attributes = attributes(form);
        if (attributes.isEmpty()) {
            return error(400, 20001, "Attributes must be a JSON object");
        }
        if (upload != null && (upload.content().length == 0 || !Set.of("application/pdf", "image/png", "image/jpeg")
                .contains(upload.mediaType()))) {
            return error(400, 20001, "The file must be a PDF, PNG or JPEG document");
        }
        Document document = new Document(sid("RD"), accountSid, field(form, "FriendlyName"), field(form, "Type"),
                attributes.get(), upload == null ? null : upload.mediaType(), upload == null ? null : upload.fileName(),
                upload == null ? null : upload.content(), Instant.now());
        documents.put(document.sid(), document);
        return new SimulatedAnswer(201, json(document));
    }

    /** {@code POST /v2/RegulatoryCompliance/Bundles}, for a country, number type and end-user type. */
    synchronized SimulatedAnswer createBundle(String accountSid, Map<String, List<String>> form) {
        if (blank(field(form, "FriendlyName")) || blank(field(form, "Email"))) {
            return error(400, 20001, "FriendlyName and Email are required");
        }
        String country = field(form, "IsoCountry");
        String numberType = field(form, "NumberType");
        String endUserType = field(form, "EndUserType");
        if (blank(country) || blank(numberType) || blank(endUserType)) {
            return error(400, 22201, "The simulator knows regulations only by IsoCountry, NumberType and EndUserType");
        }
        Instant now = Instant.now();
        Bundle bundle = new Bundle(sid("BU"), accountSid, field(form, "FriendlyName"), field(form, "Email"),
                field(form, "StatusCallback"), country, numberType, endUserType, "draft", null, List.of(), now, now);
        bundles.put(bundle.sid(), bundle);
        return new SimulatedAnswer(201, json(bundle));
    }

    /** {@code GET /v2/RegulatoryCompliance/Bundles/{Sid}} */
    synchronized SimulatedAnswer fetchBundle(String accountSid, String sid) {
        return bundleOf(accountSid, sid).map(bundle -> new SimulatedAnswer(200, json(bundle)))
                .orElseGet(() -> notFound("Bundles/" + sid));
    }

    /** {@code POST /v2/RegulatoryCompliance/Bundles/{Sid}}: {@code Status=pending-review} submits a compliant draft. */
    SimulatedAnswer updateBundle(String accountSid, String sid, Map<String, List<String>> form) {
        Bundle submitted;
        synchronized (this) {
            Optional<Bundle> found = bundleOf(accountSid, sid);
            if (found.isEmpty()) {
                return notFound("Bundles/" + sid);
            }
            Bundle bundle = found.get();
            String status = field(form, "Status");
            if (status != null && !STATUSES.contains(status)) {
                return error(400, 20001, "Status " + status + " is not a bundle status");
            }
            bundle = new Bundle(bundle.sid(), bundle.accountSid(),
                    Optional.ofNullable(field(form, "FriendlyName")).orElse(bundle.friendlyName()),
                    Optional.ofNullable(field(form, "Email")).orElse(bundle.email()),
                    Optional.ofNullable(field(form, "StatusCallback")).orElse(bundle.statusCallback()),
                    bundle.isoCountry(), bundle.numberType(), bundle.endUserType(), bundle.status(), bundle.validUntil(),
                    bundle.items(), bundle.dateCreated(), Instant.now());
            if (status == null || status.equals(bundle.status())) {
                bundles.put(bundle.sid(), bundle);
                return new SimulatedAnswer(200, json(bundle));
            }
            if (!status.equals("pending-review")
                    || !(bundle.status().equals("draft") || bundle.status().equals("twilio-rejected"))) {
                return error(400, 22218, "A bundle in " + bundle.status() + " cannot be set to " + status);
            }
            if (!failures(bundle).isEmpty()) {
                return error(400, 22218, "The bundle is not compliant; evaluate it to learn what is missing");
            }
            submitted = withStatus(bundle, "pending-review", null);
        }
        callback(submitted, null);
        Bundle inReview;
        synchronized (this) {
            inReview = withStatus(submitted, "in-review", null);
        }
        callback(inReview, null);
        reviewer.schedule(() -> decide(sid), reviewDelay.toMillis(), TimeUnit.MILLISECONDS);
        return new SimulatedAnswer(200, json(submitted));
    }

    /** {@code POST …/Bundles/{BundleSid}/ItemAssignments}: an end user, a supporting document or an address of the account. */
    synchronized SimulatedAnswer assign(String accountSid, String bundleSid, Map<String, List<String>> form) {
        Optional<Bundle> found = bundleOf(accountSid, bundleSid);
        if (found.isEmpty()) {
            return notFound("Bundles/" + bundleSid);
        }
        Bundle bundle = found.get();
        String objectSid = field(form, "ObjectSid");
        boolean known = objectSid != null && (isOf(endUsers.get(objectSid) == null ? null : endUsers.get(objectSid).accountSid(), accountSid)
                || isOf(documents.get(objectSid) == null ? null : documents.get(objectSid).accountSid(), accountSid)
                || isOf(addresses.get(objectSid) == null ? null : addresses.get(objectSid).accountSid(), accountSid));
        if (!known) {
            return error(400, 22204, "ObjectSid " + objectSid + " is no end user, supporting document or address of the account");
        }
        if (!bundle.status().equals("draft") && !bundle.status().equals("twilio-rejected")) {
            return error(400, 22218, "A bundle in " + bundle.status() + " takes no items");
        }
        List<String> items = new ArrayList<>(bundle.items());
        items.add(objectSid);
        bundles.put(bundle.sid(), new Bundle(bundle.sid(), bundle.accountSid(), bundle.friendlyName(), bundle.email(),
                bundle.statusCallback(), bundle.isoCountry(), bundle.numberType(), bundle.endUserType(), bundle.status(),
                bundle.validUntil(), List.copyOf(items), bundle.dateCreated(), Instant.now()));
        String sid = sid("BV");
        return new SimulatedAnswer(201, Json.createObjectBuilder()
                .add("sid", sid)
                .add("bundle_sid", bundle.sid())
                .add("account_sid", accountSid)
                .add("object_sid", objectSid)
                .add("date_created", iso(Instant.now()))
                .add("url", BASE + "Bundles/" + bundle.sid() + "/ItemAssignments/" + sid)
                .build());
    }

    /** {@code POST …/Bundles/{BundleSid}/Evaluations} */
    synchronized SimulatedAnswer evaluate(String accountSid, String bundleSid) {
        Optional<Bundle> found = bundleOf(accountSid, bundleSid);
        if (found.isEmpty()) {
            return notFound("Bundles/" + bundleSid);
        }
        List<JsonObject> failures = failures(found.get());
        return new SimulatedAnswer(201, addEvaluation(found.get(), failures));
    }

    /** {@code GET …/Bundles/{BundleSid}/Evaluations}, the latest first. */
    synchronized SimulatedAnswer listEvaluations(String accountSid, String bundleSid, Map<String, List<String>> query) {
        Optional<Bundle> found = bundleOf(accountSid, bundleSid);
        if (found.isEmpty()) {
            return notFound("Bundles/" + bundleSid);
        }
        int pageSize = integer(field(query, "PageSize"), 50);
        List<JsonObject> all = new ArrayList<>(evaluations.getOrDefault(bundleSid, List.of()));
        Collections.reverse(all);
        JsonArrayBuilder results = Json.createArrayBuilder();
        all.stream().limit(pageSize).forEach(results::add);
        String url = BASE + "Bundles/" + bundleSid + "/Evaluations?PageSize=" + pageSize + "&Page=0";
        return new SimulatedAnswer(200, Json.createObjectBuilder()
                .add("results", results)
                .add("meta", Json.createObjectBuilder()
                        .add("page", 0)
                        .add("page_size", pageSize)
                        .add("first_page_url", url)
                        .addNull("previous_page_url")
                        .add("url", url)
                        .addNull("next_page_url")
                        .add("key", "results"))
                .build());
    }

    // ---- the review

    private void decide(String bundleSid) {
        Bundle decided;
        String reason = null;
        synchronized (this) {
            Bundle bundle = bundles.get(bundleSid);
            if (bundle == null || !bundle.status().equals("in-review")) {
                return;
            }
            Optional<EndUser> rejected = bundle.items().stream().map(endUsers::get).filter(Objects::nonNull)
                    .filter(SimulatedBundles::namedReject).findFirst();
            if (rejected.isPresent()) {
                reason = "The end user's name " + rejected.get().friendlyName() + " does not match the name shown on "
                        + "the supporting documents. Please correct it and submit the bundle again.";
                addEvaluation(bundle, List.of(result(rejected.get().type().equals("business") ? "Business" : "Individual",
                        rejected.get().type(), reason, 22217, rejected.get().type() + "_info")));
                decided = withStatus(bundle, "twilio-rejected", null);
            } else {
                Duration validity = approvalValidity;
                decided = withStatus(bundle, "twilio-approved", validity == null ? null
                        : Instant.now().plus(validity).truncatedTo(ChronoUnit.SECONDS));
            }
        }
        callback(decided, reason);
    }

    private static boolean namedReject(EndUser endUser) {
        if (endUser.friendlyName().contains("REJECT")) {
            return true;
        }
        for (String name : List.of("business_name", "first_name", "last_name")) {
            String value = text(endUser.attributes(), name);
            if (value != null && value.contains("REJECT")) {
                return true;
            }
        }
        return false;
    }

    /** What Numbers' rules ask of the bundle's country, number type and end-user type, and the bundle lacks. */
    private List<JsonObject> failures(Bundle bundle) {
        Optional<Country> country = Arrays.stream(Country.values()).filter(c -> c.code().equals(bundle.isoCountry())).findFirst();
        Optional<NumberType> type = NumberType.fromApiName(bundle.numberType());
        Optional<EndUserType> endUserType = EndUserType.fromApiName(bundle.endUserType());
        List<JsonObject> failures = new ArrayList<>();
        if (country.isEmpty() || type.isEmpty() || endUserType.isEmpty()) {
            failures.add(result("Regulation", "regulation", "No regulation covers " + bundle.isoCountry() + " "
                    + bundle.numberType() + " numbers for a " + bundle.endUserType() + " end user.", 22201, "regulation"));
            return failures;
        }
        Optional<ComplianceRequirements> requirements = ComplianceRequirements.of(country.get(), type.get(), endUserType.get());
        boolean business = endUserType.get() == EndUserType.BUSINESS;
        String endUserName = business ? "Business" : "Individual";
        Optional<EndUser> endUser = bundle.items().stream().map(endUsers::get).filter(Objects::nonNull)
                .filter(candidate -> candidate.type().equals(bundle.endUserType())).findFirst();
        if (endUser.isEmpty()) {
            failures.add(result(endUserName, bundle.endUserType(), "A " + endUserName + " End-User is missing. Please add "
                    + "one to the regulatory bundle.", 22214, bundle.endUserType() + "_info"));
        } else if (requirements.isPresent() && requirements.get().registrationNumber() && business
                && blank(text(endUser.get().attributes(), "business_registration_number"))) {
            failures.add(Json.createObjectBuilder(result(endUserName, "business", "The Business information is "
                    + "incomplete.", 22214, "business_info"))
                    .add("invalid", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("friendly_name", "Business Registration Number")
                            .add("object_field", "business_registration_number")
                            .add("failure_reason", "The Business Registration Number is missing. Please enter in a "
                                    + "Business Registration Number on the Business information.")
                            .add("error_code", 22215)))
                    .build());
        }
        if (requirements.isEmpty()) {
            return failures;
        }
        boolean hasAddress = bundle.items().stream().anyMatch(addresses::containsKey);
        if (!hasAddress) {
            failures.add(result("Address", "address", "An Address is missing. Please add one to the regulatory bundle.",
                    22216, "business_address_info"));
        }
        for (DocumentType document : DocumentType.values()) {
            if (!requirements.get().documents().contains(document)) {
                continue;
            }
            String twilioType = DOCUMENT_TYPES.get(document);
            boolean given = bundle.items().stream().map(documents::get).filter(Objects::nonNull)
                    .anyMatch(candidate -> candidate.type().equals(twilioType));
            if (!given) {
                String name = DOCUMENT_NAMES.get(twilioType);
                failures.add(result(name, twilioType, "A " + name + " is missing. Please add one to the regulatory bundle.",
                        22216, document.apiName() + "_info"));
            }
        }
        return failures;
    }

    private static JsonObject result(String friendlyName, String objectType, String failureReason, int errorCode,
                                     String requirementName) {
        return Json.createObjectBuilder()
                .add("friendly_name", friendlyName)
                .add("object_type", objectType)
                .add("passed", false)
                .add("failure_reason", failureReason)
                .add("error_code", errorCode)
                .add("valid", Json.createArrayBuilder())
                .add("invalid", Json.createArrayBuilder())
                .add("requirement_friendly_name", friendlyName)
                .add("requirement_name", requirementName)
                .build();
    }

    private JsonObject addEvaluation(Bundle bundle, List<JsonObject> failures) {
        String sid = sid("EL");
        JsonArrayBuilder results = Json.createArrayBuilder();
        failures.forEach(results::add);
        JsonObject evaluation = Json.createObjectBuilder()
                .add("sid", sid)
                .add("account_sid", bundle.accountSid())
                .add("regulation_sid", regulationSid(bundle))
                .add("bundle_sid", bundle.sid())
                .add("status", failures.isEmpty() ? "compliant" : "noncompliant")
                .add("results", results)
                .add("date_created", iso(Instant.now()))
                .add("url", BASE + "Bundles/" + bundle.sid() + "/Evaluations/" + sid)
                .build();
        evaluations.computeIfAbsent(bundle.sid(), any -> new ArrayList<>()).add(evaluation);
        return evaluation;
    }

    private synchronized Bundle withStatus(Bundle bundle, String status, Instant validUntil) {
        Bundle changed = new Bundle(bundle.sid(), bundle.accountSid(), bundle.friendlyName(), bundle.email(),
                bundle.statusCallback(), bundle.isoCountry(), bundle.numberType(), bundle.endUserType(), status,
                validUntil, bundle.items(), bundle.dateCreated(), Instant.now());
        bundles.put(changed.sid(), changed);
        return changed;
    }

    /** Queues the status callback of a change, sent in the order of the changes. */
    private void callback(Bundle bundle, String failureReason) {
        if (bundle.statusCallback() == null || bundle.statusCallback().isBlank()) {
            return;
        }
        Map<String, String> form = new TreeMap<>();
        form.put("AccountSid", bundle.accountSid());
        form.put("BundleSid", bundle.sid());
        form.put("Status", bundle.status());
        if (failureReason != null) {
            form.put("FailureReason", failureReason);
        }
        String url = bundle.statusCallback();
        String signature = accounts.apply(bundle.accountSid()).signature(url, form);
        callbacks.execute(() -> deliver(bundle.sid(), url, form, signature));
    }

    private void deliver(String bundleSid, String publicUrl, Map<String, String> form, String signature) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        int status;
        try {
            status = HTTP.send(HttpRequest.newBuilder(reachable(publicUrl))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | IllegalArgumentException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        deliveries.add(new Delivery(bundleSid, publicUrl, Map.copyOf(form), signature, status));
    }

    private URI reachable(String publicUrl) {
        URI url = URI.create(publicUrl);
        URI server = deliverTo;
        if (server == null) {
            return url;
        }
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return URI.create(server.getScheme() + "://" + server.getRawAuthority() + path);
    }

    // ---- JSON as Twilio writes it

    private static JsonObject json(Address address) {
        String date = RFC_2822.format(address.dateCreated());
        return Json.createObjectBuilder()
                .add("account_sid", address.accountSid())
                .add("city", address.city())
                .add("customer_name", address.customerName())
                .add("date_created", date)
                .add("date_updated", date)
                .add("emergency_enabled", false)
                .add("friendly_name", address.friendlyName())
                .add("iso_country", address.isoCountry())
                .add("postal_code", address.postalCode())
                .add("region", address.region())
                .add("sid", address.sid())
                .add("street", address.street())
                .addNull("street_secondary")
                .add("validated", false)
                .add("verified", false)
                .add("uri", "/2010-04-01/Accounts/" + address.accountSid() + "/Addresses/" + address.sid() + ".json")
                .build();
    }

    private static JsonObject json(EndUser endUser) {
        String date = iso(endUser.dateCreated());
        return Json.createObjectBuilder()
                .add("sid", endUser.sid())
                .add("account_sid", endUser.accountSid())
                .add("friendly_name", endUser.friendlyName())
                .add("type", endUser.type())
                .add("attributes", endUser.attributes())
                .add("date_created", date)
                .add("date_updated", date)
                .add("url", BASE + "EndUsers/" + endUser.sid())
                .build();
    }

    private static JsonObject json(Document document) {
        String date = iso(document.dateCreated());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("sid", document.sid())
                .add("account_sid", document.accountSid())
                .add("friendly_name", document.friendlyName());
        if (document.mimeType() == null) {
            json.addNull("mime_type");
        } else {
            json.add("mime_type", document.mimeType());
        }
        return json.add("status", "draft")
                .addNull("failure_reason")
                .addNull("errors")
                .add("type", document.type())
                .add("attributes", document.attributes())
                .add("date_created", date)
                .add("date_updated", date)
                .add("url", BASE + "SupportingDocuments/" + document.sid())
                .build();
    }

    private static JsonObject json(Bundle bundle) {
        String url = BASE + "Bundles/" + bundle.sid();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("sid", bundle.sid())
                .add("account_sid", bundle.accountSid())
                .add("regulation_sid", regulationSid(bundle))
                .add("friendly_name", bundle.friendlyName())
                .add("status", bundle.status());
        if (bundle.validUntil() == null) {
            json.addNull("valid_until");
        } else {
            json.add("valid_until", iso(bundle.validUntil()));
        }
        json.add("email", bundle.email());
        if (bundle.statusCallback() == null) {
            json.addNull("status_callback");
        } else {
            json.add("status_callback", bundle.statusCallback());
        }
        return json.add("date_created", iso(bundle.dateCreated()))
                .add("date_updated", iso(bundle.dateUpdated()))
                .add("url", url)
                .add("links", Json.createObjectBuilder()
                        .add("evaluations", url + "/Evaluations")
                        .add("item_assignments", url + "/ItemAssignments")
                        .add("bundle_copies", url + "/Copies"))
                .build();
    }

    /** One regulation per country, number type and end-user type: its SID is derived from them. */
    private static String regulationSid(Bundle bundle) {
        String key = bundle.isoCountry() + "/" + bundle.numberType() + "/" + bundle.endUserType();
        return "RN" + String.format("%032x", new BigInteger(1, key.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32);
    }

    // ---- helpers

    private Optional<Bundle> bundleOf(String accountSid, String sid) {
        Bundle bundle = bundles.get(sid);
        return bundle != null && bundle.accountSid().equals(accountSid) ? Optional.of(bundle) : Optional.empty();
    }

    private static boolean isOf(String owner, String accountSid) {
        return owner != null && owner.equals(accountSid);
    }

    private static Optional<JsonObject> attributes(Map<String, List<String>> form) {
        String text = field(form, "Attributes");
        if (text == null || text.isBlank()) {
            return Optional.of(JsonValue.EMPTY_JSON_OBJECT);
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? object.getString(name) : null;
    }

    /** The address SIDs a document's attributes name, for tests. */
    static List<String> addressSids(Document document) {
        JsonValue value = document.attributes().get("address_sids");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String field(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private String sid(String prefix) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    private static SimulatedAnswer notFound(String resource) {
        return error(404, 20404, "The requested resource /v2/RegulatoryCompliance/" + resource + " was not found");
    }

    private static SimulatedAnswer error(int status, int code, String message) {
        return new SimulatedAnswer(status, Json.createObjectBuilder()
                .add("code", code)
                .add("message", message)
                .add("more_info", "https://www.twilio.com/docs/errors/" + code)
                .add("status", status)
                .build());
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    // ---- multipart/form-data

    /** The text fields of a {@code multipart/form-data} body, and its file part (null when none). */
    record Multipart(Map<String, List<String>> fields, Upload upload) {

        /** Parses the body; a malformed one reads as no fields and no file. */
        static Multipart parse(String contentType, byte[] body) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            String boundary = parameter(contentType, "boundary");
            if (boundary == null) {
                return new Multipart(fields, null);
            }
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String delimiter = "--" + boundary;
            Upload upload = null;
            int at = text.indexOf(delimiter);
            while (at >= 0) {
                int start = at + delimiter.length();
                if (text.startsWith("--", start)) {
                    break;
                }
                start = text.indexOf("\r\n", start) + 2;
                int next = text.indexOf("\r\n" + delimiter, start);
                if (start < 2 || next < 0) {
                    break;
                }
                int headersEnd = text.indexOf("\r\n\r\n", start);
                if (headersEnd < 0 || headersEnd > next) {
                    break;
                }
                String headers = new String(text.substring(start, headersEnd).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8);
                byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
                String disposition = header(headers, "Content-Disposition");
                String name = disposition == null ? null : parameter(disposition, "name");
                String fileName = disposition == null ? null : parameter(disposition, "filename");
                if (name != null && fileName != null) {
                    String mediaType = Optional.ofNullable(header(headers, "Content-Type")).orElse("application/octet-stream");
                    upload = new Upload(fileName, mediaType.split(";")[0].strip(), content);
                } else if (name != null) {
                    fields.computeIfAbsent(name, any -> new ArrayList<>()).add(new String(content, StandardCharsets.UTF_8));
                }
                at = next + 2;
            }
            return new Multipart(fields, upload);
        }

        private static String header(String headers, String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        private static String parameter(String header, String name) {
            for (String part : header.split(";")) {
                String trimmed = part.strip();
                if (trimmed.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
                    String value = trimmed.substring(name.length() + 1);
                    return value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                            ? value.substring(1, value.length() - 1) : value;
                }
            }
            return null;
        }
    }
}
