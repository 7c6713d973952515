package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

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
 * rules hold: a number whose country asks for an address (DE/AT/CH geographic, DE/CH mobile and national) is
 * ordered only with a {@code requirement_group_id}; without one the order fails with its requirements not met.
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

    /** One number of an order; {@code id} is the Telnyx id the number keeps once bought. */
    public record OrderedNumber(String id, String phoneNumber, String status, boolean requirementsMet,
                                String requirementsStatus) {
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

    private final String apiKey;
    private final KeyPair signingKeys;
    private final Object lock = new Object();
    private final Map<String, Listing> inventory = new LinkedHashMap<>();
    private final Map<String, SimulatedOrder> orders = new LinkedHashMap<>();
    private final Map<String, OwnedNumber> owned = new LinkedHashMap<>();
    private final List<OwnedNumber> released = new ArrayList<>();
    private final Map<String, JsonObject> texmlApplications = new LinkedHashMap<>();
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

    /** Forgets orders, numbers, requests, faults and deliveries; restocks the default inventory; orders complete at once. */
    public void reset() {
        synchronized (lock) {
            inventory.clear();
            orders.clear();
            owned.clear();
            released.clear();
            faults.clear();
            stockDefaultInventory();
        }
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
     * Completes every pending order (success, or failure where requirements are not met) and delivers their
     * webhooks before it returns.
     *
     * @return how many orders completed
     */
    public int completePendingOrders() {
        List<JsonObject> events = new ArrayList<>();
        synchronized (lock) {
            for (SimulatedOrder order : orders.values()) {
                if (order.status.equals(PENDING)) {
                    events.add(completeLocked(order));
                }
            }
        }
        deliver(events);
        return events.size();
    }

    public List<Order> orders() {
        synchronized (lock) {
            return orders.values().stream().map(SimulatedOrder::snapshot).toList();
        }
    }

    public Optional<Order> order(String id) {
        synchronized (lock) {
            return Optional.ofNullable(orders.get(id)).map(SimulatedOrder::snapshot);
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
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Endpoint endpoint = endpointOf(method, path);
        Reply reply = answer(exchange.getRequestHeaders().getFirst("Authorization"), endpoint, path, query, body);
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
                         String body) {
        if (!("Bearer " + apiKey).equals(authorization)) {
            return error(401, "10009", "Authentication failed",
                    "The API key in the Authorization header is missing or not valid", null);
        }
        try {
            return serve(endpoint, takeFault(endpoint), path, query, body);
        } catch (RuntimeException e) {
            return error(500, "10007", "Unexpected error", String.valueOf(e), null);
        }
    }

    private Reply serve(Endpoint endpoint, Fault fault, String path, Map<String, List<String>> query, String body) {
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
                listings.add(listing);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            order = new SimulatedOrder(UUID.randomUUID().toString(), stringOrNull(request, "customer_reference"),
                    stringOrNull(request, "connection_id"), now, failIt);
            for (int i = 0; i < listings.size(); i++) {
                Listing listing = listings.get(i);
                String group = stringOrNull(wanted.get(i), "requirement_group_id");
                boolean met = listing.country().addressRequirement(listing.type()) == AddressRequirement.NONE
                        || (group != null && !group.isBlank());
                order.numbers.add(new SimulatedNumber(String.valueOf(phoneNumberIds.incrementAndGet()), listing, met));
                inventory.remove(listing.number().value());
            }
            orders.put(order.id, order);
            if (mode == Completion.IMMEDIATE) {
                JsonObject event = completeLocked(order);
                return new Reply(200, Json.createObjectBuilder().add("data", orderJson(order)).build(), List.of(event),
                        false, false);
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

    // ------------------------------------------------------------------------------------------------- completion

    private List<JsonObject> completeIfPending(String orderId) {
        synchronized (lock) {
            SimulatedOrder order = orders.get(orderId);
            return order != null && order.status.equals(PENDING) ? List.of(completeLocked(order)) : List.of();
        }
    }

    /** Completes {@code order}, holding the lock, and answers its webhook event. */
    private JsonObject completeLocked(SimulatedOrder order) {
        boolean fails = order.forcedFailure || order.numbers.stream().anyMatch(n -> !n.requirementsMet);
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

    private static JsonObject orderJson(SimulatedOrder order) {
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        for (SimulatedNumber number : order.numbers) {
            numbers.add(Json.createObjectBuilder()
                    .add("id", number.id)
                    .add("record_type", "number_order_phone_number")
                    .add("phone_number", number.listing.number().value())
                    .add("status", number.status)
                    .add("requirements_met", number.requirementsMet)
                    .add("requirements_status", number.requirementsStatus())
                    .add("regulatory_requirements", Json.createArrayBuilder())
                    .add("country_code", number.listing.country().code())
                    .add("phone_number_type", typeName(number.listing.type())));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", order.id)
                .add("record_type", "number_order")
                .add("phone_numbers_count", order.numbers.size())
                .add("status", order.status)
                .add("requirements_met", order.numbers.stream().allMatch(n -> n.requirementsMet))
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

        SimulatedOrder(String id, String customerReference, String connectionId, Instant createdAt, boolean forcedFailure) {
            this.id = id;
            this.customerReference = customerReference;
            this.connectionId = connectionId;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
            this.forcedFailure = forcedFailure;
        }

        Order snapshot() {
            return new Order(id, customerReference, connectionId, status, createdAt, numbers.stream()
                    .map(n -> new OrderedNumber(n.id, n.listing.number().value(), n.status, n.requirementsMet,
                            n.requirementsStatus()))
                    .toList());
        }
    }

    private static final class SimulatedNumber {
        private final String id;
        private final Listing listing;
        private final boolean requirementsMet;
        private String status = PENDING;

        SimulatedNumber(String id, Listing listing, boolean requirementsMet) {
            this.id = id;
            this.listing = listing;
            this.requirementsMet = requirementsMet;
        }

        String requirementsStatus() {
            return requirementsMet ? "approved" : "requirement-info-pending";
        }
    }
}
