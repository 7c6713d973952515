package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.compliance.ComplianceRequirements;
import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Telnyx API v2 for numbers on {@code 127.0.0.1}, speaking its wire format, with state: an inventory of valid
 * numbers per country and type, number orders, the numbers they bought, the numbers released; and outbound calls
 * from those numbers ({@code POST /v2/calls}), whose call events are sent as webhooks like the orders'. The regulators'
 * rules hold as Numbers itself has them ({@link ComplianceRequirements}): every number outside the United States and
 * Canada is regulated.
 *
 * <p>Regulatory requirements, as Telnyx sells first and verifies afterwards: {@code GET /v2/requirements} lists, per
 * country and type, an address (matching the number's area for geographic numbers), the documents (proof of address
 * where Numbers asks for one, and a proof of identity: a business registration or a passport), the end user's name,
 * and for Germany a contact email; tests can add more ({@link #addRequirement}). Files are uploaded with
 * {@code POST /v2/documents} (multipart, or JSON with Base64), addresses created with {@code POST /v2/addresses}, and
 * {@code POST /v2/requirement_groups} names them. A group is decided {@link #reviewRequirementGroupsAfter(Duration)
 * after a delay} (3 s unless told; zero decides it as it is created): declined when a textual value (the end user's
 * name) contains {@code REJECT} or a requirement has no value, approved otherwise ({@link #decideRequirementGroups()}
 * decides them at once). A regulated number ordered with a
 * group stays {@code pending}, {@code requirements_met: false}, {@code requirements_status}
 * {@code requirement-info-under-review} with a {@code deadline}, until the group is decided: approved, the order
 * completes (as its completion mode says) with the requirements met; declined, it fails with the declined
 * requirements and their comments. A geographic number whose local area is not the group's address's fails the same
 * way. A regulated number ordered without a group is refused for CH (Telnyx makes groups mandatory there); elsewhere
 * it is taken and waits, {@code requirement-info-pending}, until its deadline ({@link #giveRequirementsUntil(Duration)
 * 14 days} unless told) passes, after which the order fails with {@code requirements_status} {@code cancelled}: the
 * carriers' wire-format README says Telnyx sells first and that a deadline applies, so such a number is neither
 * refused nor sold outright. Deadlines
 * are checked against {@link #useClock(Clock) the clock} whenever a request arrives.
 *
 * <p>Orders complete at once ({@link #completeOrdersImmediately()}, the default), when told
 * ({@link #keepOrdersPending()} then {@link #completePendingOrders()}) or after a delay
 * ({@link #completeOrdersAfter(Duration)}). Each completion is POSTed as a {@code number_order.complete} webhook to
 * {@link #sendWebhooksTo(URI)}, signed with the simulator's Ed25519 key ({@link #publicKeyBase64()}); with
 * {@link #deliverWebhooksUnreliably(boolean)} every delivery repeats and batches arrive in reverse order.
 *
 * <p>Faults for the next requests of an endpoint: {@link #inject(Fault, Endpoint, int)}. Every request is recorded.
 * Reusable from any test: {@code try (var telnyx = new TelnyxSimulator().start()) { … telnyx.baseUrl() … }}; for
 * a server configured before it starts, fix the port, key and signing seed:
 * {@code new TelnyxSimulator(key, seed).start(port)}.
 */
public final class TelnyxSimulator implements AutoCloseable {

    /** The endpoints the simulator serves, to aim faults and read recorded requests. */
    public enum Endpoint {
        /** {@code GET /v2/available_phone_numbers} */
        SEARCH,
        /** {@code POST /v2/number_orders} */
        CREATE_ORDER,
        /** {@code GET /v2/number_orders} */
        LIST_ORDERS,
        /** {@code GET /v2/number_orders/{id}} */
        SHOW_ORDER,
        /** {@code GET /v2/phone_numbers} */
        LIST_PHONE_NUMBERS,
        /** {@code DELETE /v2/phone_numbers/{id}} */
        RELEASE,
        /** {@code PATCH /v2/phone_numbers/{id}}: attaches the number to another connection */
        UPDATE_PHONE_NUMBER,
        /** {@code POST /v2/texml_applications} */
        CREATE_TEXML_APPLICATION,
        /** {@code DELETE /v2/texml_applications/{id}} */
        DELETE_TEXML_APPLICATION,
        /**
         * {@code POST /v2/calls}: an outbound call from an owned number; its {@code call.initiated},
         * {@code call.answered} (unless the callee's number ends in {@code 0000}: busy), with
         * {@code answering_machine_detection} a {@code call.machine.detection.ended} (result {@code machine} for a
         * number ending in {@code 0003}, {@code human} otherwise), and {@code call.hangup} events go to
         * {@link #sendWebhooksTo(URI)}, like every event, with the query of the call's {@code webhook_url}
         */
        CREATE_CALL,
        /** {@code POST /v2/calls/{id}/actions/hangup}: noted ({@link #hungUpCalls()}); the call's events are sent already */
        HANG_UP_CALL,
        /** {@code GET /v2/requirements}: what ordering numbers of a country and type requires */
        LIST_REQUIREMENTS,
        /** {@code POST /v2/documents}: a file, multipart ({@code file}, {@code customer_reference}) or JSON (Base64) */
        UPLOAD_DOCUMENT,
        /** {@code POST /v2/addresses} */
        CREATE_ADDRESS,
        /** {@code POST /v2/requirement_groups} */
        CREATE_REQUIREMENT_GROUP,
        /** {@code GET /v2/requirement_groups} */
        LIST_REQUIREMENT_GROUPS,
        /** {@code GET /v2/requirement_groups/{id}} */
        SHOW_REQUIREMENT_GROUP,
        /** {@code POST /v2/requirement_groups/{id}/submit_for_approval} */
        SUBMIT_REQUIREMENT_GROUP,
        /** Any of the above; for faults only. */
        ANY
    }

    /** What goes wrong with a request. */
    public enum Fault {
        /** {@code 500} with Telnyx's error body; nothing is done. */
        SERVER_ERROR,
        /** The request hangs for {@link #hangFor(Duration)}, then the connection closes unanswered; nothing is done. */
        TIMEOUT,
        /**
         * The request is done (an order is placed), then the connection closes unanswered. The JDK's
         * HttpURLConnection silently repeats a GET or DELETE whose connection drops, so on those it mostly shows as
         * a second request; on a streamed POST it shows as the lost answer it is.
         */
        LOST_RESPONSE,
        /** {@code 429} with Telnyx's error body; nothing is done. */
        RATE_LIMITED,
        /** For {@link Endpoint#CREATE_ORDER}: the order is placed and fails, though its requirements are met. */
        ORDER_FAILURE
    }

    /** A number on offer. */
    public record Listing(E164Number number, Country country, NumberType type, String locality, String region,
                          List<String> features) {
    }

    /** A number order as the simulator holds it. */
    public record Order(String id, String customerReference, String connectionId, String status, Instant createdAt,
                        List<OrderedNumber> phoneNumbers) {
    }

    /**
     * One number of an order; {@code id} is the Telnyx id the number keeps once bought. {@code requirementGroupId} is
     * null when the order named none; {@code deadline} is null for a number without requirements.
     */
    public record OrderedNumber(String id, String phoneNumber, String status, boolean requirementsMet,
                                String requirementsStatus, String requirementGroupId, Instant deadline) {
    }

    /** A requirement Telnyx lists for a country and number type; {@code kind} is address, document or textual. */
    public record RequirementType(String id, String kind, String name, String description, String localityLimit) {
    }

    /** A requirement group as the simulator holds it; {@code status} pending-approval, approved or declined. */
    public record RequirementGroup(String id, String countryCode, String phoneNumberType, String customerReference,
                                   String status, List<RequirementValue> requirements) {
    }

    /** One value of a requirement group; {@code comment} says why it was declined, null otherwise. */
    public record RequirementValue(String requirementId, String kind, String fieldValue, String status, String comment) {
    }

    /** A document as uploaded. */
    public record Document(String id, String fileName, String contentType, byte[] content, String customerReference) {
    }

    /** A number bought through the simulator, owned or released. */
    public record OwnedNumber(String id, String phoneNumber, String connectionId, String customerReference) {
    }

    /**
     * A request as received. Header names are lower case; {@code status} is what was answered, {@code -1} when the
     * connection was closed unanswered; {@code endpoint} is null for a path the simulator does not serve.
     */
    public record RecordedRequest(String method, String path, Map<String, List<String>> query,
                                  Map<String, List<String>> headers, String body, Endpoint endpoint, int status) {

        public String queryParameter(String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /**
     * One POST of a webhook: what was sent and what the receiver answered ({@code -1} when it could not be
     * reached). {@code timestamp} and {@code signature} are the {@code telnyx-timestamp} and
     * {@code telnyx-signature-ed25519} headers.
     */
    public record WebhookDelivery(String eventId, String orderId, String customerReference, int attempt,
                                  String timestamp, String signature, String body, int responseStatus) {
    }

    private enum Completion { IMMEDIATE, ON_DEMAND, DELAYED }

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final Map<String, NumberType> TYPES = Map.of(
            "local", NumberType.LOCAL, "toll_free", NumberType.TOLL_FREE,
            "mobile", NumberType.MOBILE, "national", NumberType.NATIONAL);
    private static final String PENDING = "pending";
    private static final String SUCCESS = "success";
    private static final String FAILURE = "failure";
    private static final String PENDING_APPROVAL = "pending-approval";
    private static final String APPROVED = "approved";
    private static final String DECLINED = "declined";
    private static final String INFO_PENDING = "requirement-info-pending";
    private static final String UNDER_REVIEW = "requirement-info-under-review";
    private static final String INFO_EXCEPTION = "requirement-info-exception";
    private static final String CANCELLED = "cancelled";
    private static final Duration DEFAULT_REVIEW_DELAY = Duration.ofSeconds(3);
    private static final Duration DEFAULT_DEADLINE = Duration.ofDays(14);

    private final String apiKey;
    private final KeyPair signingKeys;
    private final Object lock = new Object();
    private final Map<String, Listing> inventory = new LinkedHashMap<>();
    private final Map<String, SimulatedOrder> orders = new LinkedHashMap<>();
    private final Map<String, OwnedNumber> owned = new LinkedHashMap<>();
    private final List<OwnedNumber> released = new ArrayList<>();
    private final Map<String, JsonObject> texmlApplications = new LinkedHashMap<>();
    private final Map<String, SimulatedGroup> groups = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, JsonObject> addresses = new LinkedHashMap<>();
    private final Map<String, List<RequirementType>> extraRequirements = new LinkedHashMap<>();
    private final AtomicLong addressIds = new AtomicLong(1_293_384_261_075_731_000L);
    private final AtomicLong applicationIds = new AtomicLong(1_964_000_000_000_000_000L);
    private final List<FaultRule> faults = new ArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final Set<String> placedCalls = ConcurrentHashMap.newKeySet();
    private final Map<String, String> callWebhookQueries = new ConcurrentHashMap<>();
    private final List<String> hungUp = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong phoneNumberIds = new AtomicLong(2_293_384_261_075_731_000L);
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemons("telnyx-simulator"));
    private final ExecutorService webhookSender = Executors.newSingleThreadExecutor(daemons("telnyx-webhooks"));
    private final ScheduledExecutorService completions = Executors.newSingleThreadScheduledExecutor(daemons("telnyx-orders"));
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpServer server;
    private volatile Completion completion = Completion.IMMEDIATE;
    private volatile Duration completionDelay = Duration.ZERO;
    private volatile URI webhookUrl;
    private volatile boolean unreliableWebhooks;
    private volatile Duration hang = Duration.ofSeconds(3);
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration reviewDelay = DEFAULT_REVIEW_DELAY;
    private volatile Duration requirementsDeadline = DEFAULT_DEADLINE;

    /** A simulator with a random API key and the default inventory. */
    public TelnyxSimulator() {
        this("KEY" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT));
    }

    /** A simulator that accepts only {@code Authorization: Bearer <apiKey>}, with the default inventory. */
    public TelnyxSimulator(String apiKey) {
        this(apiKey, null);
    }

    /**
     * A simulator whose webhook key is always the same: {@code signingSeed} is the 32-byte Ed25519 private key, so
     * that {@link #publicKeyBase64()} can be written into a server's configuration before the simulator starts.
     */
    public TelnyxSimulator(String apiKey, byte[] signingSeed) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.signingKeys = signingKeys(signingSeed);
        stockDefaultInventory();
    }

    // ----------------------------------------------------------------------------------------------------- lifecycle

    /** Listens on {@code 127.0.0.1} on a free port. */
    public TelnyxSimulator start() {
        return start(0);
    }

    /** Listens on {@code 127.0.0.1} on {@code port}, for a server configured before the simulator starts. */
    public TelnyxSimulator start(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
        return this;
    }

    /** Such as {@code http://127.0.0.1:41234}, the value for {@code numbers.telnyx.base-url}. */
    public String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("start() the simulator first");
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The key for {@code numbers.telnyx.api-key}. */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The webhook public key as Telnyx publishes it, for {@code numbers.telnyx.public-key}: standard Base64 (with
     * padding) of the raw 32-byte Ed25519 public key.
     */
    public String publicKeyBase64() {
        byte[] x509 = signingKeys.getPublic().getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    /** The same key as standard Base64 of its X.509 SubjectPublicKeyInfo encoding (44 bytes). */
    public String publicKeyX509Base64() {
        return Base64.getEncoder().encodeToString(signingKeys.getPublic().getEncoded());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        completions.shutdownNow();
        webhookSender.shutdownNow();
        handlers.shutdownNow();
    }

    /**
     * Forgets orders, numbers, requests, faults, deliveries, requirement groups, documents and addresses; restocks the
     * default inventory; orders complete at once; groups are decided after 3 s, deadlines are 14 days.
     */
    public void reset() {
        synchronized (lock) {
            inventory.clear();
            orders.clear();
            owned.clear();
            released.clear();
            faults.clear();
            groups.clear();
            documents.clear();
            addresses.clear();
            extraRequirements.clear();
            stockDefaultInventory();
        }
        reviewDelay = DEFAULT_REVIEW_DELAY;
        requirementsDeadline = DEFAULT_DEADLINE;
        requests.clear();
        deliveries.clear();
        completion = Completion.IMMEDIATE;
        unreliableWebhooks = false;
    }

    /** The clock of timestamps in answers and webhooks; a fixed past clock makes stale webhooks. */
    public void useClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ----------------------------------------------------------------------------------------------------- inventory

    /**
     * Offers {@code e164}; its country and type come from the number itself, so it must be a valid number of a
     * supported country. {@code locality} and {@code region} may be null (toll-free numbers).
     */
    public void offerNumber(String e164, String locality, String region) {
        offerNumber(e164, locality, region, List.of("voice", "sms"));
    }

    public void offerNumber(String e164, String locality, String region, List<String> features) {
        E164Number number = new E164Number(e164);
        Country country = number.supportedCountry();
        NumberType type = number.numberType();
        if (!country.offers(type)) {
            throw new IllegalArgumentException(country + " does not offer " + type + " numbers: " + e164);
        }
        synchronized (lock) {
            inventory.put(number.value(), new Listing(number, country, type, locality, region, List.copyOf(features)));
        }
    }

    /** Offers nothing any more. */
    public void clearInventory() {
        synchronized (lock) {
            inventory.clear();
        }
    }

    public List<Listing> inventory() {
        synchronized (lock) {
            return List.copyOf(inventory.values());
        }
    }

    public List<Listing> inventory(Country country, NumberType type) {
        return inventory().stream().filter(l -> l.country() == country && l.type() == type).toList();
    }

    // ------------------------------------------------------------------------------------------------------- orders

    /** Orders complete (or fail) while they are placed; the default. */
    public void completeOrdersImmediately() {
        completion = Completion.IMMEDIATE;
    }

    /** Orders stay {@code pending} until {@link #completePendingOrders()}. */
    public void keepOrdersPending() {
        completion = Completion.ON_DEMAND;
    }

    /** Orders stay {@code pending} for {@code delay}, then complete by themselves. */
    public void completeOrdersAfter(Duration delay) {
        completionDelay = Objects.requireNonNull(delay, "delay");
        completion = Completion.DELAYED;
    }

    /**
     * Completes every pending order (success, or failure where requirements were declined or their deadline passed)
     * and delivers their webhooks before it returns. An order whose requirements Telnyx still waits for or reviews
     * stays pending, and completes once they are decided.
     *
     * @return how many orders completed
     */
    public int completePendingOrders() {
        List<JsonObject> events = new ArrayList<>();
        synchronized (lock) {
            for (SimulatedOrder order : orders.values()) {
                if (order.status.equals(PENDING)) {
                    order.released = true;
                    Optional.ofNullable(completeLocked(order)).ifPresent(events::add);
                }
            }
        }
        deliver(events);
        return events.size();
    }

    public List<Order> orders() {
        synchronized (lock) {
            return orders.values().stream().map(this::snapshot).toList();
        }
    }

    public Optional<Order> order(String id) {
        synchronized (lock) {
            return Optional.ofNullable(orders.get(id)).map(this::snapshot);
        }
    }

    public List<Order> ordersWithReference(String customerReference) {
        return orders().stream().filter(o -> Objects.equals(o.customerReference(), customerReference)).toList();
    }

    public List<OwnedNumber> ownedNumbers() {
        synchronized (lock) {
            return List.copyOf(owned.values());
        }
    }

    /**
     * The account holds a number, bought long ago and attached to {@code connectionId} (may be null), as a
     * customer's own account does before the customer brings the number to Numbers; answers Telnyx's id of it.
     */
    public String own(String phoneNumber, String connectionId) {
        synchronized (lock) {
            String id = Long.toString(phoneNumberIds.incrementAndGet());
            owned.put(id, new OwnedNumber(id, phoneNumber, connectionId, null));
            return id;
        }
    }

    public Optional<OwnedNumber> ownedNumber(String phoneNumber) {
        synchronized (lock) {
            return owned.values().stream().filter(number -> number.phoneNumber().equals(phoneNumber)).findFirst();
        }
    }

    /** The account's TeXML applications by id, as created. */
    public Map<String, JsonObject> texmlApplications() {
        synchronized (lock) {
            return Map.copyOf(texmlApplications);
        }
    }

    public List<OwnedNumber> releasedNumbers() {
        synchronized (lock) {
            return List.copyOf(released);
        }
    }

    // ------------------------------------------------------------------------------------------------- requirements

    /** Requirement groups are decided {@code delay} after they are created; zero decides them as they are created. */
    public void reviewRequirementGroupsAfter(Duration delay) {
        this.reviewDelay = Objects.requireNonNull(delay, "delay");
    }

    /** A regulated number ordered from now on must have its requirements met within {@code deadline}. */
    public void giveRequirementsUntil(Duration deadline) {
        this.requirementsDeadline = Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * Telnyx asks for one more requirement for numbers of {@code country} and {@code type}: {@code kind} address,
     * document or textual; answers it.
     */
    public RequirementType addRequirement(Country country, NumberType type, String kind, String name,
                                          String description) {
        RequirementType requirement = requirement(country, type, kind, name, description, null);
        synchronized (lock) {
            extraRequirements.computeIfAbsent(country.code() + "/" + typeName(type), key -> new ArrayList<>())
                    .add(requirement);
        }
        return requirement;
    }

    /** What ordering numbers of {@code country} and {@code type} requires; empty when nothing. */
    public List<RequirementType> requirements(Country country, NumberType type) {
        synchronized (lock) {
            return requirementsLocked(country, type);
        }
    }

    /** Decides every requirement group still pending now, as its delay would, and delivers the webhooks it causes. */
    public void decideRequirementGroups() {
        List<JsonObject> events = new ArrayList<>();
        synchronized (lock) {
            for (SimulatedGroup group : groups.values()) {
                events.addAll(decideLocked(group));
            }
        }
        deliver(events);
    }

    private final List<String> submittedGroups = new ArrayList<>();

    public List<RequirementGroup> requirementGroups() {
        synchronized (lock) {
            return groups.values().stream().map(SimulatedGroup::snapshot).toList();
        }
    }

    public Optional<RequirementGroup> requirementGroup(String id) {
        synchronized (lock) {
            return Optional.ofNullable(groups.get(id)).map(SimulatedGroup::snapshot);
        }
    }

    public List<Document> documents() {
        synchronized (lock) {
            return List.copyOf(documents.values());
        }
    }

    /** The addresses created, by id, as their requests gave them with {@code id} added. */
    public Map<String, JsonObject> addresses() {
        synchronized (lock) {
            return Map.copyOf(addresses);
        }
    }

    // ----------------------------------------------------------------------------------------------------- webhooks

    /** Where {@code number_order.complete} webhooks go, such as {@code http://localhost:8080/webhooks/telnyx/events}; null: nowhere. */
    public void sendWebhooksTo(URI url) {
        this.webhookUrl = url;
    }

    /** On: every webhook is delivered twice, and the deliveries of one batch arrive in reverse order. */
    public void deliverWebhooksUnreliably(boolean unreliable) {
        this.unreliableWebhooks = unreliable;
    }

    public List<WebhookDelivery> webhookDeliveries() {
        return List.copyOf(deliveries);
    }

    /** Waits until at least {@code count} webhooks have been delivered (or failed to be), then returns them all. */
    public List<WebhookDelivery> awaitWebhookDeliveries(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (deliveries.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " webhook deliveries within " + timeout + ", got "
                        + deliveries.size());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return webhookDeliveries();
    }

    /**
     * The {@code telnyx-signature-ed25519} value for a body sent at {@code timestamp} (unix seconds): standard
     * Base64 of the Ed25519 signature of {@code timestamp|body}. For hand-made, stale or forged webhooks.
     */
    public String sign(String timestamp, String body) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(signingKeys.getPrivate());
            signer.update((timestamp + "|" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------------- faults

    /** The next {@code times} requests to {@code endpoint} meet {@code fault}; faults queue in the order given. */
    public void inject(Fault fault, Endpoint endpoint, int times) {
        if (fault == Fault.ORDER_FAILURE && endpoint != Endpoint.CREATE_ORDER && endpoint != Endpoint.ANY) {
            throw new IllegalArgumentException("ORDER_FAILURE applies to CREATE_ORDER only");
        }
        synchronized (lock) {
            faults.add(new FaultRule(fault, endpoint, times));
        }
    }

    /** How long a {@link Fault#TIMEOUT} holds the request before closing the connection; 3 s unless told. */
    public void hangFor(Duration duration) {
        this.hang = Objects.requireNonNull(duration, "duration");
    }

    public void clearFaults() {
        synchronized (lock) {
            faults.clear();
        }
    }

    // ------------------------------------------------------------------------------------------------------ requests

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(Endpoint endpoint) {
        return requests.stream().filter(r -> r.endpoint() == endpoint).toList();
    }

    // ------------------------------------------------------------------------------------------------------ serving

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        Map<String, List<String>> query = parseQuery(exchange.getRequestURI().getRawQuery());
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        Endpoint endpoint = endpointOf(method, path);
        Reply reply = answer(exchange.getRequestHeaders().getFirst("Authorization"), endpoint, path, query, body,
                new Upload(exchange.getRequestHeaders().getFirst("Content-Type"), raw));
        requests.add(new RecordedRequest(method, path, query, headersOf(exchange), body, endpoint,
                reply.dropped() ? -1 : reply.status()));
        if (reply.hang()) {
            pause(hang);
        }
        if (reply.dropped()) {
            exchange.close();
        } else {
            byte[] bytes = reply.body().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        if (!reply.webhooks().isEmpty() && !webhookSender.isShutdown()) {
            webhookSender.submit(() -> deliver(reply.webhooks()));
        }
    }

    private Reply answer(String authorization, Endpoint endpoint, String path, Map<String, List<String>> query,
                         String body, Upload upload) {
        if (!("Bearer " + apiKey).equals(authorization)) {
            return error(401, "10009", "Authentication failed",
                    "The API key in the Authorization header is missing or not valid", null);
        }
        List<JsonObject> cancelled;
        synchronized (lock) {
            cancelled = passDeadlinesLocked();
        }
        if (!cancelled.isEmpty() && !webhookSender.isShutdown()) {
            webhookSender.submit(() -> deliver(cancelled));
        }
        try {
            return serve(endpoint, takeFault(endpoint), path, query, body, upload);
        } catch (RuntimeException e) {
            return error(500, "10007", "Unexpected error", String.valueOf(e), null);
        }
    }

    private Reply serve(Endpoint endpoint, Fault fault, String path, Map<String, List<String>> query, String body,
                        Upload upload) {
        if (fault == Fault.SERVER_ERROR) {
            return error(500, "10007", "Unexpected error", "An unexpected error occurred.", null);
        }
        if (fault == Fault.RATE_LIMITED) {
            return error(429, "10011", "Too many requests", "Too many requests have been made; try again later.", null);
        }
        if (fault == Fault.TIMEOUT) {
            return new Reply(0, JsonValue.EMPTY_JSON_OBJECT, List.of(), true, true);
        }
        if (endpoint == null) {
            return error(404, "10005", "Resource not found", "The requested resource or URL could not be found.", null);
        }
        Reply reply = switch (endpoint) {
            case SEARCH -> search(query);
            case CREATE_ORDER -> createOrder(body, fault == Fault.ORDER_FAILURE);
            case LIST_ORDERS -> listOrders(query);
            case SHOW_ORDER -> showOrder(lastSegment(path));
            case LIST_PHONE_NUMBERS -> listPhoneNumbers(query);
            case RELEASE -> release(lastSegment(path));
            case UPDATE_PHONE_NUMBER -> updatePhoneNumber(lastSegment(path), body);
            case CREATE_TEXML_APPLICATION -> createTexmlApplication(body);
            case DELETE_TEXML_APPLICATION -> deleteTexmlApplication(lastSegment(path));
            case CREATE_CALL -> createCall(body);
            case HANG_UP_CALL -> hangUpCall(path.split("/")[3]);
            case LIST_REQUIREMENTS -> listRequirements(query);
            case UPLOAD_DOCUMENT -> uploadDocument(upload);
            case CREATE_ADDRESS -> createAddress(body);
            case CREATE_REQUIREMENT_GROUP -> createRequirementGroup(body);
            case LIST_REQUIREMENT_GROUPS -> listRequirementGroups(query);
            case SHOW_REQUIREMENT_GROUP -> showRequirementGroup(lastSegment(path));
            case SUBMIT_REQUIREMENT_GROUP -> submitRequirementGroup(path.split("/")[3]);
            case ANY -> throw new IllegalStateException();
        };
        return fault == Fault.LOST_RESPONSE ? reply.lost() : reply;
    }

    private Reply search(Map<String, List<String>> query) {
        String countryCode = first(query, "filter[country_code]");
        if (countryCode == null) {
            return error(400, "10015", "Invalid filter", "filter[country_code] is required", "filter[country_code]");
        }
        String typeName = first(query, "filter[phone_number_type]");
        NumberType type = typeName == null ? null : TYPES.get(typeName);
        if (typeName != null && type == null) {
            return error(400, "10015", "Invalid filter", "filter[phone_number_type] must be one of " + TYPES.keySet(),
                    "filter[phone_number_type]");
        }
        int limit;
        try {
            limit = Optional.ofNullable(first(query, "filter[limit]")).map(Integer::parseInt).orElse(20);
        } catch (NumberFormatException e) {
            return error(400, "10015", "Invalid filter", "filter[limit] must be a number", "filter[limit]");
        }
        String locality = first(query, "filter[locality]");
        String area = first(query, "filter[administrative_area]");
        String ndc = first(query, "filter[national_destination_code]");
        String contains = first(query, "filter[phone_number][contains]");
        Pattern digits = contains == null ? null : containsPattern(contains);
        List<String> features = new ArrayList<>(query.getOrDefault("filter[features][]", List.of()));
        features.addAll(query.getOrDefault("filter[features]", List.of()));
        JsonArrayBuilder data = Json.createArrayBuilder();
        int found = 0;
        for (Listing listing : inventory()) {
            if (found == Math.max(1, Math.min(limit, 100))) {
                break;
            }
            if (!listing.country().code().equalsIgnoreCase(countryCode)
                    || (type != null && listing.type() != type)
                    || (locality != null && !locality.equalsIgnoreCase(listing.locality()))
                    || (area != null && !area.equalsIgnoreCase(listing.region()))
                    || (ndc != null && !ndc.equals(nationalDestinationCode(listing.number())))
                    || (digits != null && !digits.matcher(listing.number().value().substring(1)).find())
                    || !listing.features().containsAll(features)) {
                continue;
            }
            data.add(availableNumberJson(listing));
            found++;
        }
        return ok(Json.createObjectBuilder()
                .add("data", data)
                .add("meta", Json.createObjectBuilder().add("total_results", found).add("best_effort_results", 0))
                .build());
    }

    private Reply createOrder(String body, boolean failIt) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(400, "10015", "Invalid request body", "The request body is not a JSON object", "/");
        }
        JsonValue numbers = request.get("phone_numbers");
        if (numbers == null || numbers.getValueType() != JsonValue.ValueType.ARRAY || numbers.asJsonArray().isEmpty()) {
            return error(422, "10015", "Invalid value", "phone_numbers must list at least one number", "/phone_numbers");
        }
        List<JsonObject> wanted = new ArrayList<>();
        for (JsonValue value : numbers.asJsonArray()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return error(422, "10015", "Invalid value", "each of phone_numbers is an object", "/phone_numbers");
            }
            wanted.add(value.asJsonObject());
        }
        SimulatedOrder order;
        Completion mode = completion;
        synchronized (lock) {
            List<Listing> listings = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                String phoneNumber = stringOrNull(wanted.get(i), "phone_number");
                Listing listing = phoneNumber == null ? null : inventory.get(phoneNumber);
                if (listing == null) {
                    return error(422, "85001", "Number not available",
                            (phoneNumber == null ? "The number" : phoneNumber) + " is not available for purchase",
                            "/phone_numbers/" + i + "/phone_number");
                }
                Reply refused = groupRefusalLocked(listing, stringOrNull(wanted.get(i), "requirement_group_id"), i);
                if (refused != null) {
                    return refused;
                }
                listings.add(listing);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            order = new SimulatedOrder(UUID.randomUUID().toString(), stringOrNull(request, "customer_reference"),
                    stringOrNull(request, "connection_id"), now, failIt);
            for (int i = 0; i < listings.size(); i++) {
                Listing listing = listings.get(i);
                String group = stringOrNull(wanted.get(i), "requirement_group_id");
                boolean regulated = !requirementsLocked(listing.country(), listing.type()).isEmpty();
                SimulatedNumber number = new SimulatedNumber(String.valueOf(phoneNumberIds.incrementAndGet()), listing,
                        regulated, regulated ? group : null, regulated ? now.plus(requirementsDeadline) : null);
                number.mismatch = regulated && group != null ? localityMismatchLocked(groups.get(group), listing) : null;
                order.numbers.add(number);
                inventory.remove(listing.number().value());
            }
            orders.put(order.id, order);
            if (mode == Completion.IMMEDIATE) {
                order.released = true;
                JsonObject event = completeLocked(order);
                return new Reply(200, Json.createObjectBuilder().add("data", orderJson(order)).build(),
                        event == null ? List.of() : List.of(event), false, false);
            }
        }
        if (mode == Completion.DELAYED) {
            String id = order.id;
            completions.schedule(() -> deliver(completeIfPending(id)), completionDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
        synchronized (lock) {
            return ok(Json.createObjectBuilder().add("data", orderJson(order)).build());
        }
    }

    private Reply listOrders(Map<String, List<String>> query) {
        String reference = first(query, "filter[customer_reference]");
        String status = first(query, "filter[status]");
        JsonArrayBuilder data = Json.createArrayBuilder();
        int count = 0;
        synchronized (lock) {
            List<SimulatedOrder> newestFirst = new ArrayList<>(orders.values());
            Collections.reverse(newestFirst);
            newestFirst.sort(Comparator.comparing((SimulatedOrder o) -> o.createdAt).reversed());
            for (SimulatedOrder order : newestFirst) {
                if ((reference == null || reference.equals(order.customerReference))
                        && (status == null || status.equals(order.status))) {
                    data.add(orderJson(order));
                    count++;
                }
            }
        }
        return ok(Json.createObjectBuilder().add("data", data).add("meta", pageMeta(count)).build());
    }

    private Reply showOrder(String id) {
        synchronized (lock) {
            SimulatedOrder order = orders.get(id);
            if (order == null) {
                return error(404, "10005", "Resource not found", "No number order with id " + id, null);
            }
            return ok(Json.createObjectBuilder().add("data", orderJson(order)).build());
        }
    }

    private Reply listPhoneNumbers(Map<String, List<String>> query) {
        String phoneNumber = first(query, "filter[phone_number]");
        String reference = first(query, "filter[customer_reference]");
        JsonArrayBuilder data = Json.createArrayBuilder();
        int count = 0;
        synchronized (lock) {
            for (OwnedNumber number : owned.values()) {
                if ((phoneNumber == null || phoneNumber.equals(number.phoneNumber()))
                        && (reference == null || reference.equals(number.customerReference()))) {
                    data.add(phoneNumberJson(number, "active"));
                    count++;
                }
            }
        }
        return ok(Json.createObjectBuilder().add("data", data).add("meta", pageMeta(count)).build());
    }

    private Reply release(String id) {
        synchronized (lock) {
            OwnedNumber number = owned.remove(id);
            if (number == null) {
                return error(404, "10005", "Resource not found", "No phone number with id " + id, null);
            }
            released.add(number);
            return ok(Json.createObjectBuilder().add("data", phoneNumberJson(number, "deleted")).build());
        }
    }

    /** Takes {@code connection_id} (a string, or null to detach), which must name a connection of the account. */
    private Reply updatePhoneNumber(String id, String body) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(400, "10015", "Invalid request body", "The request body is not a JSON object", "/");
        }
        synchronized (lock) {
            OwnedNumber number = owned.get(id);
            if (number == null) {
                return error(404, "10005", "Resource not found", "No phone number with id " + id, null);
            }
            String connectionId = number.connectionId();
            if (request.containsKey("connection_id")) {
                connectionId = stringOrNull(request, "connection_id");
            }
            OwnedNumber updated = new OwnedNumber(number.id(), number.phoneNumber(), connectionId, number.customerReference());
            owned.put(id, updated);
            return ok(Json.createObjectBuilder().add("data", phoneNumberJson(updated, "active")).build());
        }
    }

    private Reply createTexmlApplication(String body) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(400, "10015", "Invalid request body", "The request body is not a JSON object", "/");
        }
        for (String required : List.of("friendly_name", "voice_url")) {
            if (stringOrNull(request, required) == null) {
                return error(422, "10015", "Invalid value", required + " is required", "/" + required);
            }
        }
        String id = Long.toString(applicationIds.incrementAndGet());
        JsonObject application = Json.createObjectBuilder(request).add("id", id).add("record_type", "texml_application")
                .build();
        synchronized (lock) {
            texmlApplications.put(id, application);
        }
        return new Reply(201, Json.createObjectBuilder().add("data", application).build(), List.of(), false, false);
    }

    private Reply deleteTexmlApplication(String id) {
        synchronized (lock) {
            JsonObject application = texmlApplications.remove(id);
            if (application == null) {
                return error(404, "10005", "Resource not found", "No TeXML application with id " + id, null);
            }
            return ok(Json.createObjectBuilder().add("data", application).build());
        }
    }

    private Reply createCall(String body) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(400, "10015", "Invalid request body", "The request body is not a JSON object", "/");
        }
        for (String required : List.of("connection_id", "to", "from")) {
            if (stringOrNull(request, required) == null) {
                return error(422, "10015", "Invalid value", required + " is required", "/" + required);
            }
        }
        String from = request.getString("from");
        synchronized (lock) {
            if (owned.values().stream().noneMatch(number -> number.phoneNumber().equals(from))) {
                return error(422, "10015", "Invalid value", from + " is not a number of this account", "/from");
            }
        }
        String to = request.getString("to");
        String callControlId = "v3:" + UUID.randomUUID().toString().replace("-", "");
        placedCalls.add(callControlId);
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("call_control_id", callControlId)
                .add("call_leg_id", UUID.randomUUID().toString())
                .add("call_session_id", UUID.randomUUID().toString())
                .add("connection_id", request.getString("connection_id"))
                .add("from", from)
                .add("to", to)
                .add("direction", "outgoing");
        if (stringOrNull(request, "client_state") != null) {
            payload.add("client_state", request.getString("client_state"));
        }
        JsonObject base = payload.build();
        List<JsonObject> events = new ArrayList<>();
        events.add(callEvent("call.initiated", Json.createObjectBuilder(base).add("state", "bridging").build()));
        boolean busy = to.endsWith("0000");
        if (!busy) {
            events.add(callEvent("call.answered", base));
            String detection = stringOrNull(request, "answering_machine_detection");
            if (detection != null && !detection.equals("disabled")) {
                events.add(callEvent("call.machine.detection.ended", Json.createObjectBuilder(base)
                        .add("result", to.endsWith("0003") ? "machine" : "human").build()));
            }
        }
        String webhook = stringOrNull(request, "webhook_url");
        if (webhook != null && URI.create(webhook).getRawQuery() != null) {
            callWebhookQueries.put(callControlId, URI.create(webhook).getRawQuery());
        }
        events.add(callEvent("call.hangup", Json.createObjectBuilder(base)
                .add("hangup_cause", busy ? "user_busy" : "normal_clearing")
                .add("hangup_source", busy ? "callee" : "caller").build()));
        JsonObject data = Json.createObjectBuilder()
                .add("call_control_id", callControlId)
                .add("call_leg_id", base.getString("call_leg_id"))
                .add("call_session_id", base.getString("call_session_id"))
                .add("is_alive", false)
                .add("record_type", "call")
                .build();
        return new Reply(200, Json.createObjectBuilder().add("data", data).build(), events, false, false);
    }

    private Reply hangUpCall(String callControlId) {
        if (!callWebhookQueries.containsKey(callControlId) && !placedCalls.contains(callControlId)) {
            return error(404, "10005", "Resource not found", "No call with call_control_id " + callControlId, null);
        }
        hungUp.add(callControlId);
        return ok(Json.createObjectBuilder().add("data", Json.createObjectBuilder().add("result", "ok")).build());
    }

    /** The call control ids of the calls Numbers asked to hang up, in the order it asked. */
    public List<String> hungUpCalls() {
        synchronized (hungUp) {
            return List.copyOf(hungUp);
        }
    }

    private JsonObject callEvent(String type, JsonObject payload) {
        return Json.createObjectBuilder()
                .add("event_type", type)
                .add("id", UUID.randomUUID().toString())
                .add("occurred_at", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString())
                .add("payload", payload)
                .add("record_type", "event")
                .build();
    }

    // --------------------------------------------------------------------------------------- regulatory requirements

    private Reply listRequirements(Map<String, List<String>> query) {
        String countryCode = first(query, "filter[country_code]");
        String typeName = first(query, "filter[phone_number_type]");
        String action = Optional.ofNullable(first(query, "filter[action]")).orElse("ordering");
        Country country = countryOf(countryCode);
        NumberType type = typeName == null ? null : TYPES.get(typeName);
        if (country == null || type == null) {
            return error(400, "10015", "Invalid filter", "filter[country_code] and filter[phone_number_type] must name "
                    + "a country and a number type Telnyx sells", "filter[country_code]");
        }
        JsonArrayBuilder data = Json.createArrayBuilder();
        synchronized (lock) {
            List<RequirementType> requirements = requirementsLocked(country, type);
            if (!requirements.isEmpty() && (action.equals("ordering") || action.equals("both"))) {
                JsonArrayBuilder types = Json.createArrayBuilder();
                for (RequirementType requirement : requirements) {
                    JsonObjectBuilder criteria = Json.createObjectBuilder();
                    if (requirement.localityLimit() != null) {
                        criteria.add("locality_limit", requirement.localityLimit());
                    }
                    types.add(Json.createObjectBuilder()
                            .add("id", requirement.id())
                            .add("record_type", "requirement_type")
                            .add("name", requirement.name())
                            .add("type", requirement.kind())
                            .add("description", requirement.description())
                            .add("acceptance_criteria", criteria));
                }
                data.add(Json.createObjectBuilder()
                        .add("id", UUID.nameUUIDFromBytes((country.code() + "/" + typeName).getBytes(StandardCharsets.UTF_8))
                                .toString())
                        .add("record_type", "requirement")
                        .add("country_code", country.code())
                        .add("phone_number_type", typeName)
                        .add("action", "ordering")
                        .add("requirements_types", types));
            }
        }
        return ok(Json.createObjectBuilder().add("data", data).add("meta", pageMeta(1)).build());
    }

    private Reply uploadDocument(Upload upload) {
        String contentType = Optional.ofNullable(upload.contentType()).orElse("");
        String fileName = null;
        String reference = null;
        byte[] content = null;
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            String boundary = null;
            for (String parameter : contentType.split(";")) {
                String trimmed = parameter.trim();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                    boundary = trimmed.substring("boundary=".length()).replace("\"", "");
                }
            }
            if (boundary == null) {
                return error(400, "10015", "Invalid request body", "A multipart body needs a boundary", "/");
            }
            for (Part part : parts(upload.raw(), boundary)) {
                if ("file".equals(part.name())) {
                    fileName = part.fileName();
                    content = part.content();
                } else if ("customer_reference".equals(part.name())) {
                    reference = new String(part.content(), StandardCharsets.UTF_8);
                }
            }
        } else {
            JsonObject request;
            try (JsonReader reader = Json.createReader(new StringReader(new String(upload.raw(), StandardCharsets.UTF_8)))) {
                request = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                return error(400, "10015", "Invalid request body", "The request body is not a JSON object", "/");
            }
            fileName = stringOrNull(request, "filename");
            reference = stringOrNull(request, "customer_reference");
            String base64 = stringOrNull(request, "file");
            try {
                content = base64 == null ? null : Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                return error(422, "10015", "Invalid value", "file is not Base64", "/file");
            }
        }
        if (content == null || content.length == 0) {
            return error(422, "10015", "Invalid value", "file is required", "/file");
        }
        Optional<DocumentFormat> format = DocumentFormat.of(content);
        if (format.isEmpty()) {
            return error(422, "10015", "Invalid value", "The file is not a PDF, PNG or JPEG document", "/file");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Document document = new Document(UUID.randomUUID().toString(), fileName, format.get().mediaType(), content,
                reference);
        synchronized (lock) {
            documents.put(document.id(), document);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", document.id())
                .add("record_type", "document")
                .add("created_at", now.toString())
                .add("updated_at", now.toString())
                .add("content_type", document.contentType())
                .add("size", Json.createObjectBuilder().add("unit", "bytes").add("amount", content.length))
                .add("status", PENDING)
                .add("sha256", sha256(content))
                .add("av_scan_status", "scanned");
        json.add("filename", fileName == null ? JsonValue.NULL : Json.createValue(fileName));
        json.add("customer_reference", reference == null ? JsonValue.NULL : Json.createValue(reference));
        return ok(Json.createObjectBuilder().add("data", json).build());
    }

    private Reply createAddress(String body) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(400, "10015", "Invalid request body", "The request body is not a JSON object", "/");
        }
        for (String required : List.of("first_name", "last_name", "business_name", "street_address", "locality",
                "country_code")) {
            if (stringOrNull(request, required) == null) {
                return error(422, "10015", "Invalid value", required + " is required", "/" + required);
            }
        }
        String id = Long.toString(addressIds.incrementAndGet());
        String now = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        JsonObject address = Json.createObjectBuilder(request).add("id", id).add("record_type", "address")
                .add("created_at", now).add("updated_at", now).build();
        synchronized (lock) {
            addresses.put(id, address);
        }
        return ok(Json.createObjectBuilder().add("data", address).build());
    }

    private Reply createRequirementGroup(String body) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(400, "10015", "Invalid request body", "The request body is not a JSON object", "/");
        }
        Country country = countryOf(stringOrNull(request, "country_code"));
        String typeName = stringOrNull(request, "phone_number_type");
        NumberType type = typeName == null ? null : TYPES.get(typeName);
        if (country == null || type == null) {
            return error(422, "10015", "Invalid value", "country_code and phone_number_type must name a country and "
                    + "a number type Telnyx sells", "/country_code");
        }
        if (!"ordering".equals(stringOrNull(request, "action"))) {
            return error(422, "10015", "Invalid value", "action must be ordering or porting; the simulator orders only",
                    "/action");
        }
        JsonValue listed = request.get("regulatory_requirements");
        List<JsonObject> given = new ArrayList<>();
        if (listed != null && listed.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : listed.asJsonArray()) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    return error(422, "10015", "Invalid value", "each of regulatory_requirements is an object",
                            "/regulatory_requirements");
                }
                given.add(value.asJsonObject());
            }
        }
        List<JsonObject> events;
        SimulatedGroup group;
        synchronized (lock) {
            Map<String, RequirementType> known = new LinkedHashMap<>();
            requirementsLocked(country, type).forEach(requirement -> known.put(requirement.id(), requirement));
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < given.size(); i++) {
                String requirementId = stringOrNull(given.get(i), "requirement_id");
                String value = stringOrNull(given.get(i), "field_value");
                RequirementType requirement = requirementId == null ? null : known.get(requirementId);
                String pointer = "/regulatory_requirements/" + i;
                if (requirement == null) {
                    return error(422, "10015", "Invalid value", "requirement " + requirementId + " does not apply to "
                            + country.code() + " " + typeName + " ordering", pointer + "/requirement_id");
                }
                if (value == null) {
                    return error(422, "10015", "Invalid value", "field_value is required", pointer + "/field_value");
                }
                if (requirement.kind().equals("document") && !documents.containsKey(value)) {
                    return error(422, "10015", "Invalid value", "No document with id " + value, pointer + "/field_value");
                }
                if (requirement.kind().equals("address")) {
                    JsonObject address = addresses.get(value);
                    if (address == null) {
                        return error(422, "10015", "Invalid value", "No address with id " + value,
                                pointer + "/field_value");
                    }
                    if (!country.code().equalsIgnoreCase(stringOrNull(address, "country_code"))) {
                        return error(422, "10015", "Invalid value", "The address " + value + " is not in "
                                + country.code(), pointer + "/field_value");
                    }
                }
                values.put(requirementId, value);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            group = new SimulatedGroup(UUID.randomUUID().toString(), country, type,
                    stringOrNull(request, "customer_reference"), now);
            for (RequirementType requirement : known.values()) {
                group.values.add(new RequirementValue(requirement.id(), requirement.kind(), values.get(requirement.id()),
                        PENDING_APPROVAL, null));
            }
            groups.put(group.id, group);
            events = reviewDelay.isZero() ? decideLocked(group) : List.of();
        }
        if (!reviewDelay.isZero()) {
            String id = group.id;
            completions.schedule(() -> {
                List<JsonObject> decided;
                synchronized (lock) {
                    SimulatedGroup pending = groups.get(id);
                    decided = pending == null ? List.of() : decideLocked(pending);
                }
                deliver(decided);
            }, reviewDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
        synchronized (lock) {
            return new Reply(200, Json.createObjectBuilder().add("data", groupJson(group)).build(), events, false, false);
        }
    }

    private Reply listRequirementGroups(Map<String, List<String>> query) {
        String reference = first(query, "filter[customer_reference]");
        String country = first(query, "filter[country_code]");
        String type = first(query, "filter[phone_number_type]");
        String status = first(query, "filter[status]");
        JsonArrayBuilder data = Json.createArrayBuilder();
        int count = 0;
        synchronized (lock) {
            for (SimulatedGroup group : groups.values()) {
                if ((reference == null || reference.equals(group.customerReference))
                        && (country == null || country.equalsIgnoreCase(group.country.code()))
                        && (type == null || type.equals(typeName(group.type)))
                        && (status == null || status.equals(group.status))) {
                    data.add(groupJson(group));
                    count++;
                }
            }
        }
        return ok(Json.createObjectBuilder().add("data", data).add("meta", pageMeta(count)).build());
    }

    /**
     * Takes a group for review. The simulator reviews every group it was given anyway (from its creation, after the
     * review delay); it only keeps which were submitted, so a test can tell that the adapter asked for the review.
     */
    private Reply submitRequirementGroup(String id) {
        synchronized (lock) {
            SimulatedGroup group = groups.get(id);
            if (group == null) {
                return error(404, "10005", "Resource not found", "No requirement group with id " + id, null);
            }
            submittedGroups.add(id);
            return ok(Json.createObjectBuilder().add("data", groupJson(group)).build());
        }
    }

    /** The ids of the requirement groups submitted for approval, in the order they were. */
    public List<String> groupsSubmittedForApproval() {
        synchronized (lock) {
            return List.copyOf(submittedGroups);
        }
    }

    private Reply showRequirementGroup(String id) {
        synchronized (lock) {
            SimulatedGroup group = groups.get(id);
            if (group == null) {
                return error(404, "10005", "Resource not found", "No requirement group with id " + id, null);
            }
            return ok(Json.createObjectBuilder().add("data", groupJson(group)).build());
        }
    }

    /**
     * What Telnyx lists for numbers of a country and type, from Numbers' own rules: an address (in the number's local
     * area where the regulator says so), a proof of address where Numbers asks for one, a proof of identity, the end
     * user's name, for Germany a contact email, and what a test added.
     */
    private List<RequirementType> requirementsLocked(Country country, NumberType type) {
        Optional<ComplianceRequirements> rules = ComplianceRequirements.of(country, type, EndUserType.BUSINESS);
        List<RequirementType> requirements = new ArrayList<>();
        if (rules.isPresent()) {
            boolean locality = rules.get().address() == AddressRequirement.LOCALITY;
            requirements.add(locality
                    ? requirement(country, type, "address", "Address matching the DID area code",
                            "Street, building number, postal code, city and country, inside the local area of the "
                                    + "numbers", "Identical locality as the numbers desired")
                    : requirement(country, type, "address", "Address in " + country.displayName(),
                            "Street, building number, postal code, city and country, in " + country.displayName(), null));
            if (rules.get().documents().contains(DocumentType.PROOF_OF_ADDRESS)) {
                requirements.add(requirement(country, type, "document", "Proof of address",
                        "A utility bill, bank statement or lease, at most three months old, showing the address", null));
            }
            requirements.add(requirement(country, type, "document", "Proof of identity",
                    "For a business an extract of the commercial register or a trade licence; for a person a "
                            + "passport or national identity card", null));
            requirements.add(requirement(country, type, "textual", "End user name",
                    "The full name of the business or the person the numbers are for", null));
            if (country == Country.DE) {
                requirements.add(requirement(country, type, "textual", "Contact email",
                        "An email address Telnyx may write to about the numbers", null));
            }
        }
        requirements.addAll(extraRequirements.getOrDefault(country.code() + "/" + typeName(type), List.of()));
        return List.copyOf(requirements);
    }

    private static RequirementType requirement(Country country, NumberType type, String kind, String name,
                                               String description, String localityLimit) {
        String id = UUID.nameUUIDFromBytes((country.code() + "/" + typeName(type) + "/" + name)
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new RequirementType(id, kind, name, description, localityLimit);
    }

    /** A refusal of a regulated number ordered without the group Telnyx needs, or with one that does not fit. */
    private Reply groupRefusalLocked(Listing listing, String groupId, int index) {
        if (requirementsLocked(listing.country(), listing.type()).isEmpty()) {
            return null;
        }
        String pointer = "/phone_numbers/" + index + "/requirement_group_id";
        if (groupId == null) {
            return listing.country() == Country.CH
                    ? error(422, "10015", "Invalid value", "A fulfilled requirement group is mandatory for "
                            + listing.country().code() + " number orders; name one as requirement_group_id", pointer)
                    : null;
        }
        SimulatedGroup group = groups.get(groupId);
        if (group == null) {
            return error(422, "10015", "Invalid value", "No requirement group with id " + groupId, pointer);
        }
        if (group.country != listing.country() || group.type != listing.type()) {
            return error(422, "10015", "Invalid value", "The requirement group " + groupId + " is for "
                    + group.country.code() + " " + typeName(group.type) + " numbers, not for " + listing.number(), pointer);
        }
        return null;
    }

    /** Why the group's address does not serve the local area of a geographic number; null when it does. */
    private String localityMismatchLocked(SimulatedGroup group, Listing listing) {
        if (group == null || listing.locality() == null) {
            return null;
        }
        for (RequirementType requirement : requirementsLocked(group.country, group.type)) {
            if (requirement.localityLimit() == null) {
                continue;
            }
            String addressId = group.values.stream().filter(value -> value.requirementId().equals(requirement.id()))
                    .map(RequirementValue::fieldValue).filter(Objects::nonNull).findFirst().orElse(null);
            JsonObject address = addressId == null ? null : addresses.get(addressId);
            String city = address == null ? null : stringOrNull(address, "locality");
            if (city != null && !city.equalsIgnoreCase(listing.locality())) {
                return "The address in " + city + " is not inside the local area of " + listing.locality() + " ("
                        + listing.number() + ")";
            }
        }
        return null;
    }

    private String requirementsStatusLocked(SimulatedNumber number) {
        if (!number.regulated) {
            return APPROVED;
        }
        if (number.cancelled) {
            return CANCELLED;
        }
        SimulatedGroup group = number.groupId == null ? null : groups.get(number.groupId);
        if (group == null) {
            return INFO_PENDING;
        }
        return switch (group.status) {
            case APPROVED -> number.mismatch == null ? APPROVED : INFO_EXCEPTION;
            case DECLINED -> INFO_EXCEPTION;
            default -> UNDER_REVIEW;
        };
    }

    private boolean requirementsMetLocked(SimulatedNumber number) {
        return requirementsStatusLocked(number).equals(APPROVED);
    }

    private boolean requirementsAwaitedLocked(SimulatedNumber number) {
        String status = requirementsStatusLocked(number);
        return status.equals(INFO_PENDING) || status.equals(UNDER_REVIEW);
    }

    /** The number's requirements with the group's values and statuses, and the locality check of its address. */
    private JsonArrayBuilder numberRequirementsLocked(SimulatedNumber number) {
        JsonArrayBuilder requirements = Json.createArrayBuilder();
        SimulatedGroup group = number.groupId == null ? null : groups.get(number.groupId);
        if (!number.regulated) {
            return requirements;
        }
        for (RequirementType requirement : requirementsLocked(number.listing.country(), number.listing.type())) {
            RequirementValue value = group == null ? null : group.values.stream()
                    .filter(v -> v.requirementId().equals(requirement.id())).findFirst().orElse(null);
            String status = value == null ? PENDING_APPROVAL : value.status();
            String comment = value == null ? null : value.comment();
            if (number.mismatch != null && requirement.localityLimit() != null) {
                status = DECLINED;
                comment = number.mismatch;
            }
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("record_type", "phone_number_regulatory_requirement")
                    .add("requirement_id", requirement.id())
                    .add("field_type", requirement.kind())
                    .add("name", requirement.name())
                    .add("status", status);
            json.add("field_value", value == null || value.fieldValue() == null ? JsonValue.NULL
                    : Json.createValue(value.fieldValue()));
            if (comment != null) {
                json.add("comment", comment);
            }
            requirements.add(json);
        }
        return requirements;
    }

    /**
     * Decides {@code group}, holding the lock: declined when a textual value contains {@code REJECT} or a requirement
     * has no value, approved otherwise; completes the orders that waited for it and answers their webhook events.
     */
    private List<JsonObject> decideLocked(SimulatedGroup group) {
        if (!group.status.equals(PENDING_APPROVAL)) {
            return List.of();
        }
        boolean declined = false;
        List<RequirementValue> decided = new ArrayList<>();
        Map<String, RequirementType> known = new LinkedHashMap<>();
        requirementsLocked(group.country, group.type).forEach(requirement -> known.put(requirement.id(), requirement));
        for (RequirementValue value : group.values) {
            String name = Optional.ofNullable(known.get(value.requirementId())).map(RequirementType::name)
                    .orElse(value.requirementId());
            String comment = null;
            if (value.fieldValue() == null) {
                comment = name + " was not given";
            } else if (value.kind().equals("textual") && value.fieldValue().contains("REJECT")) {
                comment = "\"" + value.fieldValue() + "\" does not match the name on the documents given";
            }
            declined |= comment != null;
            decided.add(new RequirementValue(value.requirementId(), value.kind(), value.fieldValue(),
                    comment == null ? APPROVED : DECLINED, comment));
        }
        group.values.clear();
        group.values.addAll(decided);
        group.status = declined ? DECLINED : APPROVED;
        group.updatedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<JsonObject> events = new ArrayList<>();
        for (SimulatedOrder order : orders.values()) {
            if (order.status.equals(PENDING) && order.released
                    && order.numbers.stream().anyMatch(number -> group.id.equals(number.groupId))) {
                Optional.ofNullable(completeLocked(order)).ifPresent(events::add);
            }
        }
        return events;
    }

    /** Cancels, holding the lock, the numbers whose deadline passed unmet; answers the webhooks of orders it ended. */
    private List<JsonObject> passDeadlinesLocked() {
        Instant now = clock.instant();
        List<JsonObject> events = new ArrayList<>();
        for (SimulatedOrder order : orders.values()) {
            if (!order.status.equals(PENDING)) {
                continue;
            }
            boolean passed = false;
            for (SimulatedNumber number : order.numbers) {
                if (number.deadline != null && !number.cancelled && now.isAfter(number.deadline)
                        && requirementsAwaitedLocked(number)) {
                    number.cancelled = true;
                    passed = true;
                }
            }
            if (passed) {
                Optional.ofNullable(completeLocked(order)).ifPresent(events::add);
            }
        }
        return events;
    }

    private JsonObject groupJson(SimulatedGroup group) {
        JsonArrayBuilder requirements = Json.createArrayBuilder();
        for (RequirementValue value : group.values) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("requirement_id", value.requirementId())
                    .add("field_type", value.kind())
                    .add("status", value.status())
                    .add("created_at", group.createdAt.toString())
                    .add("updated_at", group.updatedAt.toString());
            json.add("field_value", value.fieldValue() == null ? JsonValue.NULL : Json.createValue(value.fieldValue()));
            if (value.comment() != null) {
                json.add("comment", value.comment());
            }
            requirements.add(json);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", group.id)
                .add("record_type", "requirement_group")
                .add("country_code", group.country.code())
                .add("phone_number_type", typeName(group.type))
                .add("action", "ordering")
                .add("status", group.status)
                .add("regulatory_requirements", requirements)
                .add("created_at", group.createdAt.toString())
                .add("updated_at", group.updatedAt.toString());
        json.add("customer_reference", group.customerReference == null ? JsonValue.NULL
                : Json.createValue(group.customerReference));
        return json.build();
    }

    private Order snapshot(SimulatedOrder order) {
        return new Order(order.id, order.customerReference, order.connectionId, order.status, order.createdAt,
                order.numbers.stream()
                        .map(n -> new OrderedNumber(n.id, n.listing.number().value(), n.status, requirementsMetLocked(n),
                                requirementsStatusLocked(n), n.groupId, n.deadline))
                        .toList());
    }

    private static Country countryOf(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(Country.values()).filter(country -> country.code().equalsIgnoreCase(code)).findFirst()
                .orElse(null);
    }

    /** The parts of a {@code multipart/form-data} body; bytes are kept as sent. */
    private static List<Part> parts(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        int start = text.indexOf(delimiter);
        while (start >= 0) {
            int from = start + delimiter.length();
            if (text.startsWith("--", from)) {
                break;
            }
            int next = text.indexOf("\r\n" + delimiter, from);
            if (next < 0) {
                break;
            }
            String part = text.substring(from, next).replaceFirst("^\r\n", "");
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd >= 0) {
                String name = null;
                String fileName = null;
                String contentType = null;
                for (String header : part.substring(0, headersEnd).split("\r\n")) {
                    String lower = header.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-disposition:")) {
                        name = headerParameter(header, "name");
                        fileName = headerParameter(header, "filename");
                    } else if (lower.startsWith("content-type:")) {
                        contentType = header.substring(header.indexOf(':') + 1).trim();
                    }
                }
                byte[] content = part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
                parts.add(new Part(name, fileName == null ? null
                        : new String(fileName.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                        contentType, content));
            }
            start = next + 2;
        }
        return parts;
    }

    private static String headerParameter(String header, String name) {
        java.util.regex.Matcher matcher = Pattern.compile("(?:^|;)\\s*" + name + "=\"([^\"]*)\"").matcher(header);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------- completion

    private List<JsonObject> completeIfPending(String orderId) {
        synchronized (lock) {
            SimulatedOrder order = orders.get(orderId);
            if (order == null || !order.status.equals(PENDING)) {
                return List.of();
            }
            order.released = true;
            JsonObject event = completeLocked(order);
            return event == null ? List.of() : List.of(event);
        }
    }

    /**
     * Completes {@code order}, holding the lock, and answers its webhook event; null, leaving it pending, while
     * Telnyx still waits for or reviews the requirements of one of its numbers.
     */
    private JsonObject completeLocked(SimulatedOrder order) {
        if (!order.forcedFailure && order.numbers.stream().anyMatch(this::requirementsAwaitedLocked)) {
            return null;
        }
        boolean fails = order.forcedFailure || order.numbers.stream().anyMatch(n -> !requirementsMetLocked(n));
        for (SimulatedNumber number : order.numbers) {
            if (fails) {
                number.status = FAILURE;
                inventory.put(number.listing.number().value(), number.listing);
            } else {
                number.status = SUCCESS;
                owned.put(number.id, new OwnedNumber(number.id, number.listing.number().value(), order.connectionId,
                        order.customerReference));
            }
        }
        order.status = fails ? FAILURE : SUCCESS;
        order.updatedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Json.createObjectBuilder()
                .add("event_type", "number_order.complete")
                .add("id", UUID.randomUUID().toString())
                .add("occurred_at", order.updatedAt.toString())
                .add("payload", orderJson(order))
                .add("record_type", "event")
                .build();
    }

    private void deliver(List<JsonObject> events) {
        URI url = webhookUrl;
        if (url == null || events.isEmpty()) {
            return;
        }
        List<Map.Entry<JsonObject, Integer>> plan = new ArrayList<>();
        if (unreliableWebhooks) {
            List<JsonObject> reversed = new ArrayList<>(events);
            Collections.reverse(reversed);
            reversed.forEach(event -> plan.add(Map.entry(event, 1)));
            events.forEach(event -> plan.add(Map.entry(event, 2)));
        } else {
            events.forEach(event -> plan.add(Map.entry(event, 1)));
        }
        for (Map.Entry<JsonObject, Integer> delivery : plan) {
            send(url, delivery.getKey(), delivery.getValue());
        }
    }

    private void send(URI target, JsonObject event, int attempt) {
        String callControlId = event.get("payload") instanceof JsonObject payload
                ? stringOrNull(payload, "call_control_id") : null;
        String query = callControlId == null ? null : callWebhookQueries.get(callControlId);
        URI url = query == null ? target : URI.create(target + (target.getRawQuery() == null ? "?" : "&") + query);
        String body = Json.createObjectBuilder()
                .add("data", event)
                .add("meta", Json.createObjectBuilder().add("attempt", attempt).add("delivered_to", url.toString()))
                .build()
                .toString();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String signature = sign(timestamp, body);
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("telnyx-signature-ed25519", signature)
                    .header("telnyx-timestamp", timestamp)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            status = webhookClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        JsonObject payload = event.getJsonObject("payload");
        deliveries.add(new WebhookDelivery(event.getString("id"),
                payload.containsKey("id") ? payload.getString("id") : stringOrNull(payload, "call_control_id"),
                stringOrNull(payload, "customer_reference"), attempt, timestamp, signature, body, status));
    }

    // ---------------------------------------------------------------------------------------------------------- JSON

    private JsonObject availableNumberJson(Listing listing) {
        JsonArrayBuilder regions = Json.createArrayBuilder();
        boolean northAmerica = listing.country() == Country.US || listing.country() == Country.CA;
        if (listing.locality() != null) {
            regions.add(region(northAmerica ? "rate_center" : "locality", listing.locality()));
        }
        if (listing.region() != null) {
            regions.add(region(northAmerica ? "state" : "administrative_area", listing.region()));
        }
        regions.add(region("country_code", listing.country().code()));
        JsonArrayBuilder features = Json.createArrayBuilder();
        listing.features().forEach(name -> features.add(Json.createObjectBuilder().add("name", name)));
        return Json.createObjectBuilder()
                .add("record_type", "available_phone_number")
                .add("phone_number", listing.number().value())
                .add("vanity_format", "")
                .add("best_effort", false)
                .add("quickship", true)
                .add("reservable", true)
                .add("region_information", regions)
                .add("cost_information", Json.createObjectBuilder()
                        .add("upfront_cost", "0.50").add("monthly_cost", "0.80").add("currency", "USD"))
                .add("features", features)
                .build();
    }

    private static JsonObjectBuilder region(String type, String name) {
        return Json.createObjectBuilder().add("region_type", type).add("region_name", name);
    }

    private JsonObject orderJson(SimulatedOrder order) {
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        for (SimulatedNumber number : order.numbers) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", number.id)
                    .add("record_type", "number_order_phone_number")
                    .add("phone_number", number.listing.number().value())
                    .add("status", number.status)
                    .add("requirements_met", requirementsMetLocked(number))
                    .add("requirements_status", requirementsStatusLocked(number))
                    .add("regulatory_requirements", numberRequirementsLocked(number))
                    .add("country_code", number.listing.country().code())
                    .add("phone_number_type", typeName(number.listing.type()));
            if (number.groupId != null) {
                json.add("requirement_group_id", number.groupId);
            }
            if (number.deadline != null) {
                json.add("deadline", number.deadline.toString());
            }
            numbers.add(json);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", order.id)
                .add("record_type", "number_order")
                .add("phone_numbers_count", order.numbers.size())
                .add("status", order.status)
                .add("requirements_met", order.numbers.stream().allMatch(this::requirementsMetLocked))
                .add("phone_numbers", numbers)
                .add("sub_number_orders_ids", Json.createArrayBuilder())
                .add("messaging_profile_id", JsonValue.NULL)
                .add("billing_group_id", JsonValue.NULL)
                .add("created_at", order.createdAt.toString())
                .add("updated_at", order.updatedAt.toString());
        json.add("connection_id", order.connectionId == null ? JsonValue.NULL : Json.createValue(order.connectionId));
        json.add("customer_reference", order.customerReference == null ? JsonValue.NULL : Json.createValue(order.customerReference));
        return json.build();
    }

    private JsonObject phoneNumberJson(OwnedNumber number, String status) {
        return Json.createObjectBuilder()
                .add("id", number.id())
                .add("record_type", "phone_number")
                .add("phone_number", number.phoneNumber())
                .add("status", status)
                .add("connection_id", number.connectionId() == null ? JsonValue.NULL : Json.createValue(number.connectionId()))
                .add("customer_reference", number.customerReference() == null ? JsonValue.NULL : Json.createValue(number.customerReference()))
                .add("tags", Json.createArrayBuilder())
                .build();
    }

    private static JsonObjectBuilder pageMeta(int count) {
        return Json.createObjectBuilder()
                .add("page_number", 1).add("page_size", Math.max(count, 20)).add("total_pages", 1).add("total_results", count);
    }

    private static Reply ok(JsonObject body) {
        return new Reply(200, body, List.of(), false, false);
    }

    private static Reply error(int status, String code, String title, String detail, String source) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("code", code).add("title", title).add("detail", detail);
        if (source != null) {
            error.add("source", Json.createObjectBuilder().add(source.startsWith("/") ? "pointer" : "parameter", source));
        }
        return new Reply(status, Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error)).build(),
                List.of(), false, false);
    }

    private static String typeName(NumberType type) {
        return TYPES.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    // --------------------------------------------------------------------------------------------------------- parts

    private Fault takeFault(Endpoint endpoint) {
        if (endpoint == null) {
            return null;
        }
        synchronized (lock) {
            for (Iterator<FaultRule> rules = faults.iterator(); rules.hasNext(); ) {
                FaultRule rule = rules.next();
                boolean applies = (rule.endpoint == Endpoint.ANY || rule.endpoint == endpoint)
                        && (rule.fault != Fault.ORDER_FAILURE || endpoint == Endpoint.CREATE_ORDER);
                if (applies) {
                    if (--rule.remaining <= 0) {
                        rules.remove();
                    }
                    return rule.fault;
                }
            }
            return null;
        }
    }

    private static Endpoint endpointOf(String method, String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        String[] segments = trimmed.split("/");
        if (segments.length < 3 || !segments[1].equals("v2")) {
            return null;
        }
        if (hangUpPath(method, segments)) {
            return Endpoint.HANG_UP_CALL;
        }
        if (method.equals("POST") && segments.length == 5 && segments[2].equals("requirement_groups")
                && segments[4].equals("submit_for_approval")) {
            return Endpoint.SUBMIT_REQUIREMENT_GROUP;
        }
        String resource = segments[2];
        boolean withId = segments.length == 4;
        if (segments.length > 4) {
            return null;
        }
        return switch (method + " " + resource + (withId ? "/{id}" : "")) {
            case "GET available_phone_numbers" -> Endpoint.SEARCH;
            case "POST number_orders" -> Endpoint.CREATE_ORDER;
            case "GET number_orders" -> Endpoint.LIST_ORDERS;
            case "GET number_orders/{id}" -> Endpoint.SHOW_ORDER;
            case "GET phone_numbers" -> Endpoint.LIST_PHONE_NUMBERS;
            case "DELETE phone_numbers/{id}" -> Endpoint.RELEASE;
            case "PATCH phone_numbers/{id}" -> Endpoint.UPDATE_PHONE_NUMBER;
            case "POST texml_applications" -> Endpoint.CREATE_TEXML_APPLICATION;
            case "DELETE texml_applications/{id}" -> Endpoint.DELETE_TEXML_APPLICATION;
            case "POST calls" -> Endpoint.CREATE_CALL;
            case "GET requirements" -> Endpoint.LIST_REQUIREMENTS;
            case "POST documents" -> Endpoint.UPLOAD_DOCUMENT;
            case "POST addresses" -> Endpoint.CREATE_ADDRESS;
            case "POST requirement_groups" -> Endpoint.CREATE_REQUIREMENT_GROUP;
            case "GET requirement_groups" -> Endpoint.LIST_REQUIREMENT_GROUPS;
            case "GET requirement_groups/{id}" -> Endpoint.SHOW_REQUIREMENT_GROUP;
            default -> null;
        };
    }

    /** {@code POST /v2/calls/{id}/actions/hangup}, the one path of more than one segment after the resource. */
    private static boolean hangUpPath(String method, String[] segments) {
        return method.equals("POST") && segments.length == 6 && segments[1].equals("v2") && segments[2].equals("calls")
                && segments[4].equals("actions") && segments[5].equals("hangup");
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        query.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(query);
    }

    private static Map<String, List<String>> headersOf(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return Collections.unmodifiableMap(headers);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    private static String stringOrNull(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    /** Telnyx's {@code contains}: digits, {@code *} for any one digit; a leading {@code +} is ignored. */
    private static Pattern containsPattern(String contains) {
        StringBuilder regex = new StringBuilder();
        for (char c : contains.replaceFirst("^\\+", "").toCharArray()) {
            regex.append(c == '*' ? "\\d" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static String nationalDestinationCode(E164Number number) {
        try {
            Phonenumber.PhoneNumber parsed = PHONE_NUMBERS.parse(number.value(), null);
            String national = PHONE_NUMBERS.getNationalSignificantNumber(parsed);
            return national.substring(0, PHONE_NUMBERS.getLengthOfNationalDestinationCode(parsed));
        } catch (NumberParseException e) {
            return "";
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static KeyPair signingKeys(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            if (seed != null) {
                if (seed.length != 32) {
                    throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
                }
                byte[] copy = seed.clone();
                generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                    @Override
                    public void nextBytes(byte[] bytes) {
                        System.arraycopy(copy, 0, bytes, 0, Math.min(copy.length, bytes.length));
                    }
                });
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
        }
    }

    private static ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void stockDefaultInventory() {
        offerNumber("+14155550101", "San Francisco", "CA");
        offerNumber("+14155550102", "San Francisco", "CA");
        offerNumber("+12125550142", "New York", "NY");
        offerNumber("+18005550199", null, null);
        offerNumber("+18885550142", null, null);
        offerNumber("+14165550111", "Toronto", "ON");
        offerNumber("+16135550122", "Ottawa", "ON");
        offerNumber("+493012345678", "Berlin", "Berlin");
        offerNumber("+493098765432", "Berlin", "Berlin");
        offerNumber("+498912345678", "München", "Bayern");
        offerNumber("+494012345678", "Hamburg", "Hamburg");
        offerNumber("+4915112345678", null, null);
        offerNumber("+4916012345678", null, null);
        offerNumber("+4970012345678", null, null);
        offerNumber("+4980012345678", null, null);
        offerNumber("+4315123456", "Wien", "Wien");
        offerNumber("+43316123456", "Graz", "Steiermark");
        offerNumber("+436641234567", null, null);
        offerNumber("+43720123456", null, null);
        offerNumber("+438001234567", null, null);
        offerNumber("+41441234567", "Zürich", "ZH");
        offerNumber("+41311234567", "Bern", "BE");
        offerNumber("+41791234567", null, null);
        offerNumber("+41581234567", null, null);
        offerNumber("+41800123456", null, null);
        offerNumber("+97142345678", "Dubai", "Dubai");
        offerNumber("+97122345678", "Abu Dhabi", "Abu Dhabi");
        offerNumber("+971501234567", null, null);
    }

    private record Reply(int status, JsonObject body, List<JsonObject> webhooks, boolean dropped, boolean hang) {

        Reply lost() {
            return new Reply(status, body, webhooks, true, false);
        }
    }

    private static final class FaultRule {
        private final Fault fault;
        private final Endpoint endpoint;
        private int remaining;

        FaultRule(Fault fault, Endpoint endpoint, int times) {
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
            this.fault = Objects.requireNonNull(fault, "fault");
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.remaining = times;
        }
    }

    private static final class SimulatedOrder {
        private final String id;
        private final String customerReference;
        private final String connectionId;
        private final Instant createdAt;
        private final boolean forcedFailure;
        private final List<SimulatedNumber> numbers = new ArrayList<>();
        private String status = PENDING;
        private Instant updatedAt;
        /** Whether Telnyx would complete it now, as the completion mode says, once its requirements allow. */
        private boolean released;

        SimulatedOrder(String id, String customerReference, String connectionId, Instant createdAt, boolean forcedFailure) {
            this.id = id;
            this.customerReference = customerReference;
            this.connectionId = connectionId;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
            this.forcedFailure = forcedFailure;
        }
    }

    private static final class SimulatedNumber {
        private final String id;
        private final Listing listing;
        private final boolean regulated;
        private final String groupId;
        private final Instant deadline;
        private String status = PENDING;
        /** Why the group's address does not serve the number's local area; null when it does. */
        private String mismatch;
        private boolean cancelled;

        SimulatedNumber(String id, Listing listing, boolean regulated, String groupId, Instant deadline) {
            this.id = id;
            this.listing = listing;
            this.regulated = regulated;
            this.groupId = groupId;
            this.deadline = deadline;
        }
    }

    private static final class SimulatedGroup {
        private final String id;
        private final Country country;
        private final NumberType type;
        private final String customerReference;
        private final Instant createdAt;
        private final List<RequirementValue> values = new ArrayList<>();
        private String status = PENDING_APPROVAL;
        private Instant updatedAt;

        SimulatedGroup(String id, Country country, NumberType type, String customerReference, Instant createdAt) {
            this.id = id;
            this.country = country;
            this.type = type;
            this.customerReference = customerReference;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        RequirementGroup snapshot() {
            return new RequirementGroup(id, country.code(), typeName(type), customerReference, status, List.copyOf(values));
        }
    }

    /** A request's body as sent, for uploads, with its content type. */
    private record Upload(String contentType, byte[] raw) {
    }

    private record Part(String name, String fileName, String contentType, byte[] content) {
    }
}
