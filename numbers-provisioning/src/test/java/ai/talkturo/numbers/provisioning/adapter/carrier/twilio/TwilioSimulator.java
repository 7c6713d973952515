package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful stand-in for Twilio's REST API 2010-04-01, as far as phone numbers, addresses and outbound calls go (the
 * calls are played out, with signed status callbacks, by {@link SimulatedCalls}), and for Numbers v2's regulatory
 * compliance and its upload host on the same port (bundles, their end users, documents and review, by
 * {@link SimulatedBundles}), speaking their wire format: HTTP Basic with {@link #ACCOUNT_SID} and {@link #AUTH_TOKEN},
 * form-encoded requests (a supporting document with its file as {@code multipart/form-data}), snake_case JSON answers,
 * RFC 2822 dates in the 2010 API and ISO 8601 in Numbers v2, Twilio's error bodies. It keeps an inventory of numbers
 * (see {@link TwilioListing}), the numbers the account bought and released, and holds to the regulators' rules: a
 * geographic number of Germany, Austria or Switzerland, or one whose listing says so, is sold only with an
 * {@code AddressSid} (else 21631), and a number outside the United States and Canada only with the {@code BundleSid}
 * of a bundle approved for its country and type (else 21649).
 *
 * <p>Every request is recorded and checked against the one of Twilio's OpenAPI descriptions that covers its path
 * ({@link #specViolations()}).
 * Faults are injected into the answers to the next requests of one {@link Operation}, in order
 * ({@link #inject(Operation, Fault, int)}).
 *
 * <p>Use: {@code try (TwilioSimulator twilio = new TwilioSimulator().start()) { … twilio.baseUrl() … }}; point
 * {@code numbers.twilio.base-url}, {@code …numbers-base-url} and {@code …numbers-upload-base-url} at {@link #baseUrl()}, with {@code numbers.twilio.account-sid} and
 * {@code numbers.twilio.auth-token} set to {@link #ACCOUNT_SID} and {@link #AUTH_TOKEN}.
 */
public final class TwilioSimulator implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC5ca1ab1e0ddba11c0ffee0123456789a";
    public static final String AUTH_TOKEN = "6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d";
    /** A customer's own Twilio account, whose numbers the customer brings to Numbers with these credentials. */
    public static final String CUSTOMER_SID = "AC0c0ffee5ca1ab1e0ddba110123456789";
    public static final String CUSTOMER_TOKEN = "c0ffee0c0ffee0c0ffee0c0ffee0c0ff";
    /**
     * The system property naming the port a server under test was told, before it started, that Twilio listens on
     * ({@code numbers.twilio.base-url=http://127.0.0.1:<port>}).
     */
    public static final String PORT_PROPERTY = "numbers.it.twilio-simulator-port";

    /** What a request asks of Twilio. */
    public enum Operation {
        /** {@code GET …/AvailablePhoneNumbers/{CC}/{Type}.json} */
        SEARCH,
        /** {@code GET …/IncomingPhoneNumbers.json} */
        LIST_OWNED,
        /** {@code POST …/IncomingPhoneNumbers.json} */
        PURCHASE,
        /** {@code GET …/IncomingPhoneNumbers/{Sid}.json} */
        FETCH_OWNED,
        /** {@code DELETE …/IncomingPhoneNumbers/{Sid}.json} */
        RELEASE,
        /** {@code POST …/IncomingPhoneNumbers/{Sid}.json}: changes a number's voice settings */
        UPDATE_OWNED,
        /** {@code POST …/Calls.json}: an outbound call, played out by {@link SimulatedCalls} */
        CREATE_CALL,
        /** {@code POST …/Addresses.json} */
        CREATE_ADDRESS,
        /** {@code POST /v2/RegulatoryCompliance/EndUsers} */
        CREATE_END_USER,
        /** {@code POST /v2/RegulatoryCompliance/SupportingDocuments}, with its file as {@code multipart/form-data} */
        CREATE_DOCUMENT,
        /** {@code POST /v2/RegulatoryCompliance/Bundles} */
        CREATE_BUNDLE,
        /** {@code GET /v2/RegulatoryCompliance/Bundles/{Sid}} */
        FETCH_BUNDLE,
        /** {@code POST /v2/RegulatoryCompliance/Bundles/{Sid}}: {@code Status=pending-review} submits it */
        UPDATE_BUNDLE,
        /** {@code POST /v2/RegulatoryCompliance/Bundles/{Sid}/ItemAssignments} */
        ASSIGN_ITEM,
        /** {@code POST /v2/RegulatoryCompliance/Bundles/{Sid}/Evaluations} */
        EVALUATE_BUNDLE,
        /** {@code GET /v2/RegulatoryCompliance/Bundles/{Sid}/Evaluations} */
        LIST_EVALUATIONS
    }

    /** How the answer to one request goes wrong. */
    public enum Fault {
        /** None: the request is answered as usual; lets requests through before the faults queued after it. */
        NONE,
        /** {@code 500}, code 20500; the request is not processed. */
        SERVER_ERROR,
        /** {@code 503}, code 20503; the request is not processed. */
        SERVICE_UNAVAILABLE,
        /** {@code 429}, code 20429, too many concurrent requests; the request is not processed. */
        TOO_MANY_REQUESTS,
        /** The request is processed, and its answer held back for {@link #answerDelay(Duration)}: longer than a client waits. */
        TIMEOUT,
        /** The request is processed (a purchase is recorded), then the connection is closed without an answer. */
        LOST_RESPONSE,
        /** The request is processed (a purchase is recorded), then answered {@code 500}. */
        LOST_RESPONSE_500,
        /** {@code 400}, code 21631: an address is needed; the request is not processed. */
        ADDRESS_REQUIRED,
        /** {@code 400}, code 21422: the number is not available; the request is not processed. */
        NUMBER_NOT_AVAILABLE,
        /** {@code 400}, code 21649: a regulatory bundle is needed; the request is not processed. */
        BUNDLE_REQUIRED
    }

    private static final String API = "/2010-04-01/Accounts/";
    private static final Pattern AVAILABLE = Pattern.compile(
            "^/2010-04-01/Accounts/([^/]+)/AvailablePhoneNumbers/([^/]+)/(Local|TollFree|Mobile|National)\\.json$");
    private static final Pattern INCOMING = Pattern.compile("^/2010-04-01/Accounts/([^/]+)/IncomingPhoneNumbers\\.json$");
    private static final Pattern INCOMING_ONE = Pattern.compile("^/2010-04-01/Accounts/([^/]+)/IncomingPhoneNumbers/([^/]+)\\.json$");
    private static final Pattern CALLS = Pattern.compile("^/2010-04-01/Accounts/([^/]+)/Calls\\.json$");
    private static final Pattern ADDRESSES = Pattern.compile("^/2010-04-01/Accounts/([^/]+)/Addresses\\.json$");
    private static final String COMPLIANCE = "/v2/RegulatoryCompliance/";
    private static final Pattern BUNDLE = Pattern.compile("^/v2/RegulatoryCompliance/Bundles/([^/]+)$");
    private static final Pattern BUNDLE_ITEMS = Pattern.compile("^/v2/RegulatoryCompliance/Bundles/([^/]+)/ItemAssignments$");
    private static final Pattern BUNDLE_EVALUATIONS = Pattern.compile("^/v2/RegulatoryCompliance/Bundles/([^/]+)/Evaluations$");
    private static final Pattern ADDRESS_SID = Pattern.compile("^AD[0-9a-fA-F]{32}$");
    private static final Pattern BUNDLE_SID = Pattern.compile("^BU[0-9a-fA-F]{32}$");
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final Map<Country, Set<NumberType>> SOLD = Map.of(
            Country.US, Set.of(NumberType.LOCAL, NumberType.TOLL_FREE),
            Country.CA, Set.of(NumberType.LOCAL, NumberType.TOLL_FREE),
            Country.DE, Set.of(NumberType.LOCAL, NumberType.MOBILE, NumberType.NATIONAL, NumberType.TOLL_FREE),
            Country.AT, Set.of(NumberType.LOCAL, NumberType.MOBILE, NumberType.NATIONAL, NumberType.TOLL_FREE),
            Country.CH, Set.of(NumberType.LOCAL, NumberType.MOBILE, NumberType.NATIONAL, NumberType.TOLL_FREE),
            Country.AE, Set.of(NumberType.LOCAL, NumberType.MOBILE, NumberType.TOLL_FREE));
    private static final int DEFAULT_PAGE_SIZE = 50;

    private final int port;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, TwilioListing> inventory = new LinkedHashMap<>();
    private final Map<String, OwnedNumber> owned = new LinkedHashMap<>();
    private final Map<String, OwnedNumber> customerOwned = new LinkedHashMap<>();
    private final List<OwnedNumber> released = new ArrayList<>();
    private final Map<Operation, Deque<Fault>> faults = new EnumMap<>(Operation.class);
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration answerDelay = Duration.ofSeconds(10);
    private final SimulatedCalls calls = new SimulatedCalls(ACCOUNT_SID, AUTH_TOKEN, this::ownsNumber);
    private final SimulatedCalls customerCalls = new SimulatedCalls(CUSTOMER_SID, CUSTOMER_TOKEN, this::ownsNumber);
    private final SimulatedBundles bundles = new SimulatedBundles(account -> CUSTOMER_SID.equals(account) ? customerCalls : calls);
    private final ExecutorService validator = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "twilio-simulator-openapi");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer server;
    private ExecutorService executor;

    /** A simulator on a free port of 127.0.0.1, with the standard stock. */
    public TwilioSimulator() {
        this(0);
    }

    /** A simulator on this port of 127.0.0.1 (0: any free one), for a server configured before the simulator starts. */
    public TwilioSimulator(int port) {
        this.port = port;
        TwilioListing.stock().forEach(this::stock);
    }

    /** A simulator on the port named by the system property {@value #PORT_PROPERTY}, for a server configured with it. */
    public static TwilioSimulator onConfiguredPort() {
        Integer port = Integer.getInteger(PORT_PROPERTY);
        if (port == null || port <= 0) {
            throw new IllegalStateException("Set the system property " + PORT_PROPERTY
                    + " to the port in the server's numbers.twilio.base-url");
        }
        return new TwilioSimulator(port);
    }

    public TwilioSimulator start() {
        TwilioOpenApi.prepare();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The Twilio simulator cannot listen on port " + port, e);
        }
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "twilio-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    /** What {@code numbers.twilio.base-url} points at: {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String accountSid() {
        return ACCOUNT_SID;
    }

    public String authToken() {
        return AUTH_TOKEN;
    }

    /** Stops answering; the checks of requests received already still finish. */
    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
        validator.shutdown();
        calls.close();
        customerCalls.close();
        bundles.close();
    }

    /** The account's outbound calls, and where their status callbacks go. */
    public SimulatedCalls calls() {
        return calls;
    }

    /** The account's regulatory compliance: addresses, end users, documents, bundles and their review. */
    public SimulatedBundles bundles() {
        return bundles;
    }

    /**
     * A bundle of the account that Twilio approved earlier for numbers of this country and type, as if submitted
     * long ago; answers its SID, which buys such numbers as {@code BundleSid}.
     */
    public String approvedBundle(Country country, NumberType type) {
        return bundles.approved(ACCOUNT_SID, country, type, "business");
    }

    /** The customer account's outbound calls, whose callbacks that account's token signs. */
    public SimulatedCalls customerCalls() {
        return customerCalls;
    }

    private synchronized boolean ownsNumber(String phoneNumber) {
        return owned.values().stream().anyMatch(number -> number.phoneNumber().equals(phoneNumber))
                || customerOwned.values().stream().anyMatch(number -> number.phoneNumber().equals(phoneNumber));
    }

    /** The numbers of one of the two accounts. */
    private Map<String, OwnedNumber> numbersOf(String accountSid) {
        return CUSTOMER_SID.equals(accountSid) ? customerOwned : owned;
    }

    // ---- the account's state

    /** Offers one more number (replacing any listing of the same number). */
    public synchronized void stock(TwilioListing listing) {
        inventory.put(listing.phoneNumber(), listing);
    }

    /** Someone else buys the number: it is no longer offered. */
    public synchronized void sellElsewhere(String phoneNumber) {
        inventory.remove(phoneNumber);
    }

    /** The account buys a listed number without going through the API, as if bought earlier; answers its SID. */
    public synchronized String own(String phoneNumber, String friendlyName) {
        TwilioListing listing = inventory.remove(phoneNumber);
        if (listing == null) {
            throw new IllegalArgumentException(phoneNumber + " is not in stock");
        }
        OwnedNumber number = new OwnedNumber(newSid(), listing, friendlyName, null, "POST", null, null, null, Instant.now());
        owned.put(number.sid(), number);
        return number.sid();
    }

    public synchronized List<TwilioListing> inventory() {
        return List.copyOf(inventory.values());
    }

    /**
     * The customer's own account holds a listed number, bought long ago, answering its calls at {@code voiceUrl}
     * with status callbacks to {@code statusCallback}; answers its SID.
     */
    public synchronized String ownInCustomerAccount(String phoneNumber, String voiceUrl, String statusCallback) {
        TwilioListing listing = inventory.remove(phoneNumber);
        if (listing == null) {
            throw new IllegalArgumentException(phoneNumber + " is not in stock");
        }
        OwnedNumber number = new OwnedNumber(newSid(), listing, friendlyName(phoneNumber), voiceUrl, "POST",
                statusCallback, null, null, Instant.now());
        customerOwned.put(number.sid(), number);
        return number.sid();
    }

    /** The number as the customer's own account holds it now. */
    public synchronized Optional<OwnedNumber> customerOwned(String phoneNumber) {
        return customerOwned.values().stream().filter(number -> number.phoneNumber().equals(phoneNumber)).findFirst();
    }

    public synchronized List<OwnedNumber> owned() {
        return List.copyOf(owned.values());
    }

    public synchronized Optional<OwnedNumber> owned(String phoneNumber) {
        return owned.values().stream().filter(number -> number.phoneNumber().equals(phoneNumber)).findFirst();
    }

    public synchronized List<OwnedNumber> released() {
        return List.copyOf(released);
    }

    // ---- faults

    /** The next {@code times} requests of this operation, after those already queued, get this fault. */
    public synchronized TwilioSimulator inject(Operation operation, Fault fault, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(operation, any -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(fault);
        }
        return this;
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    /** How many injected faults are still waiting for a request. */
    public synchronized int pendingFaults() {
        return faults.values().stream().mapToInt(queue -> (int) queue.stream().filter(fault -> fault != Fault.NONE).count()).sum();
    }

    /** How long a {@link Fault#TIMEOUT} holds its answer back (10 s unless set); longer than the client's read timeout. */
    public TwilioSimulator answerDelay(Duration delay) {
        this.answerDelay = delay;
        return this;
    }

    private synchronized Fault nextFault(Operation operation) {
        Deque<Fault> queue = faults.get(operation);
        Fault fault = queue == null ? null : queue.pollFirst();
        return fault == Fault.NONE ? null : fault;
    }

    // ---- what was asked

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<RecordedRequest> requests(Operation operation) {
        return requests().stream().filter(request -> request.operation() == operation).toList();
    }

    /** How many purchase requests named this number, whatever became of them. */
    public long purchaseRequests(String phoneNumber) {
        return requests(Operation.PURCHASE).stream().filter(request -> phoneNumber.equals(request.formField("PhoneNumber"))).count();
    }

    /** Every way a received request broke Twilio's OpenAPI description, each with the request; empty when none did. */
    public List<String> specViolations() {
        return requests().stream()
                .flatMap(request -> request.specViolations().stream().map(violation -> request + ": " + violation))
                .toList();
    }

    // ---- the wire

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, List<String>> query = decode(exchange.getRequestURI().getRawQuery());
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String mediaType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            boolean formBody = mediaType.startsWith("application/x-www-form-urlencoded");
            boolean multipart = mediaType.startsWith("multipart/form-data");
            Map<String, List<String>> form = formBody ? decode(new String(body, StandardCharsets.UTF_8)) : Map.of();
            Map<String, List<String>> headers = headersOf(exchange);
            byte[] described = body;
            SimulatedBundles.Upload upload = null;
            if (multipart) {
                // Twilio's description has the supporting document's fields as a form; the upload host takes them,
                // with the file, as multipart/form-data: the fields are checked as the form they stand for
                SimulatedBundles.Multipart parts = SimulatedBundles.Multipart.parse(contentType, body);
                form = parts.fields();
                upload = parts.upload();
                described = encode(form).getBytes(StandardCharsets.UTF_8);
                headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Type"));
                headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
            }
            Route route = route(method, path);
            String account = authenticated(exchange.getRequestHeaders().getFirst("Authorization"));
            Fault fault = route != null && account != null ? nextFault(route.operation()) : null;
            byte[] checked = described;
            requests.add(new RecordedRequest(method, path, query, form, contentType,
                    route == null ? null : route.operation(), fault,
                    CompletableFuture.supplyAsync(() -> TwilioOpenApi.validate(method, path, query, headers, checked), validator)));
            answer(exchange, respond(route, account, fault, query, form, upload));
        } catch (RuntimeException e) {
            send(exchange, error(500, 20500, "Internal Server Error: " + e));
        } finally {
            exchange.close();
        }
    }

    private Answer respond(Route found, String account, Fault fault, Map<String, List<String>> query,
                           Map<String, List<String>> form, SimulatedBundles.Upload upload) {
        if (account == null) {
            return error(401, 20003, "Authenticate");
        }
        if (found == null) {
            return error(404, 20404, "The requested resource was not found");
        }
        // Numbers v2 names no account in its paths: the credentials do
        Route route = found.accountSid() == null ? found.of(account) : found;
        if (!account.equals(route.accountSid())) {
            return error(404, 20404, "The requested resource " + API + route.accountSid() + " was not found");
        }
        if (fault == null) {
            return process(route, query, form, upload);
        }
        return switch (fault) {
            case SERVER_ERROR -> error(500, 20500, "Internal Server Error");
            case SERVICE_UNAVAILABLE -> error(503, 20503, "Service Unavailable");
            case TOO_MANY_REQUESTS -> error(429, 20429, "Too Many Requests");
            case ADDRESS_REQUIRED -> error(400, 21631, "Phone Number Requires an Address in the number's locality");
            case NUMBER_NOT_AVAILABLE -> error(400, 21422, "PhoneNumber " + field(form, "PhoneNumber") + " is not available.");
            case BUNDLE_REQUIRED -> error(400, 21649, "Phone Number Requires a Bundle");
            case TIMEOUT -> process(route, query, form, upload).heldBack();
            case LOST_RESPONSE -> process(route, query, form, upload).dropped();
            case LOST_RESPONSE_500 -> {
                process(route, query, form, upload);
                yield error(500, 20500, "Internal Server Error");
            }
            case NONE -> process(route, query, form, upload);
        };
    }

    private Answer process(Route route, Map<String, List<String>> query, Map<String, List<String>> form,
                           SimulatedBundles.Upload upload) {
        return switch (route.operation()) {
            case SEARCH -> search(route, query);
            case LIST_OWNED -> listOwned(route, query);
            case PURCHASE -> purchase(route, form);
            case FETCH_OWNED -> fetch(route);
            case RELEASE -> release(route);
            case UPDATE_OWNED -> update(route, form);
            case CREATE_CALL -> {
                SimulatedCalls.SimulatedAnswer created = (CUSTOMER_SID.equals(route.accountSid()) ? customerCalls : calls)
                        .create(form);
                yield new Answer(created.status(), created.body());
            }
            case CREATE_ADDRESS -> answer(bundles.createAddress(route.accountSid(), form));
            case CREATE_END_USER -> answer(bundles.createEndUser(route.accountSid(), form));
            case CREATE_DOCUMENT -> answer(bundles.createDocument(route.accountSid(), form, upload));
            case CREATE_BUNDLE -> answer(bundles.createBundle(route.accountSid(), form));
            case FETCH_BUNDLE -> answer(bundles.fetchBundle(route.accountSid(), route.sid()));
            case UPDATE_BUNDLE -> answer(bundles.updateBundle(route.accountSid(), route.sid(), form));
            case ASSIGN_ITEM -> answer(bundles.assign(route.accountSid(), route.sid(), form));
            case EVALUATE_BUNDLE -> answer(bundles.evaluate(route.accountSid(), route.sid()));
            case LIST_EVALUATIONS -> answer(bundles.listEvaluations(route.accountSid(), route.sid(), query));
        };
    }

    private static Answer answer(SimulatedCalls.SimulatedAnswer answer) {
        return new Answer(answer.status(), answer.body());
    }

    private Answer search(Route route, Map<String, List<String>> query) {
        Optional<Country> country = Arrays.stream(Country.values())
                .filter(candidate -> candidate.code().equals(route.countryCode())).findFirst();
        if (country.isEmpty() || !SOLD.get(country.get()).contains(route.type())) {
            return error(404, 20404, "The requested resource " + route.path() + " was not found");
        }
        String contains = field(query, "Contains");
        if (contains != null && (contains.length() < 2 || contains.length() > 16)) {
            return error(400, 21421, "Contains must be 2 to 16 characters long");
        }
        Pattern pattern = contains == null ? null : containsPattern(contains);
        String areaCode = field(query, "AreaCode");
        boolean northAmerica = country.get() == Country.US || country.get() == Country.CA;
        int pageSize = integer(field(query, "PageSize"), DEFAULT_PAGE_SIZE);
        List<TwilioListing> found;
        synchronized (this) {
            found = inventory.values().stream()
                    .filter(listing -> listing.country() == country.get() && listing.type() == route.type())
                    .filter(listing -> areaCode == null || !northAmerica || listing.phoneNumber().startsWith("+1" + areaCode))
                    .filter(listing -> pattern == null || pattern.matcher(listing.phoneNumber()).find())
                    .filter(listing -> matches(field(query, "InLocality"), listing.locality()))
                    .filter(listing -> matches(field(query, "InRegion"), listing.region()))
                    .filter(listing -> matches(field(query, "InPostalCode"), listing.postalCode()))
                    .filter(listing -> !"true".equals(field(query, "VoiceEnabled")) || listing.voice())
                    .filter(listing -> !"true".equals(field(query, "SmsEnabled")) || listing.sms())
                    .filter(listing -> !"true".equals(field(query, "ExcludeAllAddressRequired"))
                            || listing.addressRequirements().equals("none"))
                    .filter(listing -> !"true".equals(field(query, "ExcludeLocalAddressRequired"))
                            || !listing.addressRequirements().equals("local"))
                    .filter(listing -> !"true".equals(field(query, "ExcludeForeignAddressRequired"))
                            || !listing.addressRequirements().equals("foreign"))
                    .limit(pageSize)
                    .toList();
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(listing -> items.add(available(listing)));
        return new Answer(200, Json.createObjectBuilder()
                .add("uri", route.path())
                .add("available_phone_numbers", items)
                .build());
    }

    private Answer purchase(Route route, Map<String, List<String>> form) {
        String phoneNumber = field(form, "PhoneNumber");
        String areaCode = field(form, "AreaCode");
        String addressSid = field(form, "AddressSid");
        String bundleSid = field(form, "BundleSid");
        synchronized (this) {
            TwilioListing listing;
            if (phoneNumber != null) {
                listing = inventory.get(phoneNumber);
                if (listing == null) {
                    return error(400, 21422, "PhoneNumber " + phoneNumber + " is not available.");
                }
            } else if (areaCode != null) {
                listing = inventory.values().stream()
                        .filter(candidate -> candidate.type() == NumberType.LOCAL && candidate.phoneNumber().startsWith("+1" + areaCode))
                        .findFirst().orElse(null);
                if (listing == null) {
                    return error(400, 21452, "No phone numbers found in area code " + areaCode);
                }
            } else {
                return error(400, 21450, "A PhoneNumber or an AreaCode is required");
            }
            boolean geographicInEurope = listing.type() == NumberType.LOCAL
                    && Set.of(Country.DE, Country.AT, Country.CH).contains(listing.country());
            boolean needsAddress = geographicInEurope || !listing.addressRequirements().equals("none");
            if (needsAddress && (addressSid == null || !ADDRESS_SID.matcher(addressSid).matches())) {
                return error(400, 21631, "Phone Number Requires an Address in the number's locality: " + listing.phoneNumber());
            }
            boolean regulated = listing.country() != Country.US && listing.country() != Country.CA;
            if (regulated && (bundleSid == null || !BUNDLE_SID.matcher(bundleSid).matches()
                    || !bundles.approvedFor(route.accountSid(), bundleSid, listing.country(), listing.type()))) {
                return error(400, 21649, "Phone Number Requires an approved regulatory Bundle for "
                        + listing.country().code() + " " + listing.type().apiName() + " numbers: " + listing.phoneNumber());
            }
            inventory.remove(listing.phoneNumber());
            OwnedNumber number = new OwnedNumber(newSid(), listing,
                    Optional.ofNullable(field(form, "FriendlyName")).orElse(friendlyName(listing.phoneNumber())),
                    field(form, "VoiceUrl"), Optional.ofNullable(field(form, "VoiceMethod")).orElse("POST"),
                    field(form, "StatusCallback"), addressSid, bundleSid, Instant.now());
            numbersOf(route.accountSid()).put(number.sid(), number);
            return new Answer(201, incoming(route.accountSid(), number));
        }
    }

    private Answer listOwned(Route route, Map<String, List<String>> query) {
        String phoneNumber = field(query, "PhoneNumber");
        String friendlyName = field(query, "FriendlyName");
        Pattern pattern = phoneNumber == null ? null : ownedPattern(phoneNumber);
        int pageSize = integer(field(query, "PageSize"), DEFAULT_PAGE_SIZE);
        JsonArrayBuilder items = Json.createArrayBuilder();
        synchronized (this) {
            numbersOf(route.accountSid()).values().stream()
                    .filter(number -> pattern == null || pattern.matcher(number.phoneNumber().substring(1)).find())
                    .filter(number -> friendlyName == null || friendlyName.equals(number.friendlyName()))
                    .limit(pageSize)
                    .forEach(number -> items.add(incoming(route.accountSid(), number)));
        }
        String uri = route.path() + (phoneNumber == null ? "" : "?PhoneNumber=" + phoneNumber.replace("+", "%2B"));
        return new Answer(200, Json.createObjectBuilder()
                .add("end", 0)
                .add("first_page_uri", uri)
                .addNull("next_page_uri")
                .add("page", 0)
                .add("page_size", pageSize)
                .addNull("previous_page_uri")
                .add("start", 0)
                .add("uri", uri)
                .add("incoming_phone_numbers", items)
                .build());
    }

    private synchronized Answer fetch(Route route) {
        OwnedNumber number = numbersOf(route.accountSid()).get(route.sid());
        return number == null ? error(404, 20404, "The requested resource " + route.path() + " was not found")
                : new Answer(200, incoming(route.accountSid(), number));
    }

    /** Sets the voice fields given; an empty value clears one. Other fields are taken and kept as they were. */
    private synchronized Answer update(Route route, Map<String, List<String>> form) {
        Map<String, OwnedNumber> numbers = numbersOf(route.accountSid());
        OwnedNumber number = numbers.get(route.sid());
        if (number == null) {
            return error(404, 20404, "The requested resource " + route.path() + " was not found");
        }
        OwnedNumber updated = new OwnedNumber(number.sid(), number.listing(),
                Optional.ofNullable(field(form, "FriendlyName")).orElse(number.friendlyName()),
                updatedField(form, "VoiceUrl", number.voiceUrl()),
                Optional.ofNullable(field(form, "VoiceMethod")).orElse(number.voiceMethod()),
                updatedField(form, "StatusCallback", number.statusCallback()),
                number.addressSid(), number.bundleSid(), number.dateCreated());
        numbers.put(number.sid(), updated);
        return new Answer(200, incoming(route.accountSid(), updated));
    }

    private static String updatedField(Map<String, List<String>> form, String name, String current) {
        String value = field(form, name);
        return value == null ? current : value.isEmpty() ? null : value;
    }

    private synchronized Answer release(Route route) {
        OwnedNumber number = numbersOf(route.accountSid()).remove(route.sid());
        if (number == null) {
            return error(404, 20404, "The requested resource " + route.path() + " was not found");
        }
        released.add(number);
        return new Answer(204, null);
    }

    // ---- JSON as Twilio writes it

    private static JsonObject available(TwilioListing listing) {
        boolean northAmerica = listing.country() == Country.US || listing.country() == Country.CA;
        JsonObjectBuilder capabilities = Json.createObjectBuilder();
        listing.capabilities().forEach(capabilities::add);
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("friendly_name", friendlyName(listing.phoneNumber()))
                .add("phone_number", listing.phoneNumber());
        nullable(item, "lata", northAmerica && listing.type() == NumberType.LOCAL ? "722" : null);
        nullable(item, "locality", listing.locality());
        nullable(item, "rate_center", northAmerica && listing.locality() != null ? listing.locality().toUpperCase(Locale.ROOT) : null);
        coordinate(item, "latitude", listing);
        coordinate(item, "longitude", listing);
        nullable(item, "region", listing.region());
        nullable(item, "postal_code", listing.postalCode());
        return item.add("iso_country", listing.country().code())
                .add("address_requirements", listing.addressRequirements())
                .add("beta", false)
                .add("capabilities", capabilities)
                .build();
    }

    /**
     * Twilio sends coordinates as strings, though its description says number: Canadian listings carry numbers, as
     * described, all others strings, so that clients meet both.
     */
    private static void coordinate(JsonObjectBuilder item, String name, TwilioListing listing) {
        String value = name.equals("latitude") ? listing.latitude() : listing.longitude();
        if (value == null) {
            item.addNull(name);
        } else if (listing.country() == Country.CA) {
            item.add(name, new BigDecimal(value));
        } else {
            item.add(name, value);
        }
    }

    private static JsonObject incoming(String accountSid, OwnedNumber number) {
        TwilioListing listing = number.listing();
        String date = RFC_2822.format(number.dateCreated());
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("account_sid", accountSid);
        nullable(item, "address_sid", number.addressSid());
        item.add("address_requirements", listing.addressRequirements())
                .add("api_version", "2010-04-01")
                .add("beta", false)
                .add("capabilities", Json.createObjectBuilder()
                        .add("voice", listing.voice())
                        .add("sms", listing.sms())
                        .add("mms", listing.capability("mms"))
                        .add("fax", false))
                .add("date_created", date)
                .add("date_updated", date)
                .add("emergency_status", "Inactive")
                .addNull("emergency_address_sid")
                .add("emergency_address_status", "unregistered")
                .add("friendly_name", number.friendlyName())
                .addNull("identity_sid")
                .add("origin", "twilio")
                .add("phone_number", listing.phoneNumber())
                .add("sid", number.sid())
                .add("sms_application_sid", "")
                .add("sms_fallback_method", "POST")
                .add("sms_fallback_url", "")
                .add("sms_method", "POST")
                .add("sms_url", "");
        nullable(item, "status_callback", number.statusCallback());
        item.add("status_callback_method", "POST")
                .addNull("trunk_sid")
                .add("uri", API + accountSid + "/IncomingPhoneNumbers/" + number.sid() + ".json")
                .add("voice_application_sid", "")
                .add("voice_caller_id_lookup", false)
                .add("voice_fallback_method", "POST")
                .addNull("voice_fallback_url")
                .add("voice_method", number.voiceMethod());
        nullable(item, "voice_url", number.voiceUrl());
        nullable(item, "bundle_sid", number.bundleSid());
        return item.add("voice_receive_mode", "voice")
                .add("status", "in-use")
                .add("type", switch (listing.type()) {
                    case LOCAL -> "local";
                    case TOLL_FREE -> "tollfree";
                    case MOBILE -> "mobile";
                    case NATIONAL -> "national";
                })
                .build();
    }

    private static Answer error(int status, int code, String message) {
        return new Answer(status, Json.createObjectBuilder()
                .add("code", code)
                .add("message", message)
                .add("more_info", "https://www.twilio.com/docs/errors/" + code)
                .add("status", status)
                .build());
    }

    private static void nullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

    /** {@code (415) 555-2671} in North America, the international format elsewhere, as Twilio shows them. */
    private static String friendlyName(String phoneNumber) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            var parsed = util.parse(phoneNumber, null);
            return parsed.getCountryCode() == 1 ? util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.NATIONAL)
                    : util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return phoneNumber;
        }
    }

    // ---- the exchange

    private void answer(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.lost()) {
            return;
        }
        if (answer.late()) {
            try {
                Thread.sleep(answerDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        send(exchange, answer);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.status() == 401) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Twilio API\"");
        }
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The account whose SID and token the request carries, or null. */
    private static String authenticated(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            if (credentials.equals(ACCOUNT_SID + ":" + AUTH_TOKEN)) {
                return ACCOUNT_SID;
            }
            return credentials.equals(CUSTOMER_SID + ":" + CUSTOMER_TOKEN) ? CUSTOMER_SID : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Route route(String method, String path) {
        Matcher available = AVAILABLE.matcher(path);
        if (available.matches() && method.equals("GET")) {
            return new Route(Operation.SEARCH, path, available.group(1), available.group(2), type(available.group(3)), null);
        }
        Matcher incoming = INCOMING.matcher(path);
        if (incoming.matches() && (method.equals("GET") || method.equals("POST"))) {
            return new Route(method.equals("GET") ? Operation.LIST_OWNED : Operation.PURCHASE, path, incoming.group(1), null, null, null);
        }
        Matcher one = INCOMING_ONE.matcher(path);
        if (one.matches() && (method.equals("GET") || method.equals("DELETE") || method.equals("POST"))) {
            Operation operation = switch (method) {
                case "GET" -> Operation.FETCH_OWNED;
                case "DELETE" -> Operation.RELEASE;
                default -> Operation.UPDATE_OWNED;
            };
            return new Route(operation, path, one.group(1), null, null, one.group(2));
        }
        Matcher calling = CALLS.matcher(path);
        if (calling.matches() && method.equals("POST")) {
            return new Route(Operation.CREATE_CALL, path, calling.group(1), null, null, null);
        }
        Matcher addresses = ADDRESSES.matcher(path);
        if (addresses.matches() && method.equals("POST")) {
            return new Route(Operation.CREATE_ADDRESS, path, addresses.group(1), null, null, null);
        }
        return path.startsWith(COMPLIANCE) ? complianceRoute(method, path) : null;
    }

    private static Route complianceRoute(String method, String path) {
        boolean post = method.equals("POST");
        String resource = path.substring(COMPLIANCE.length());
        if (post && resource.equals("EndUsers")) {
            return new Route(Operation.CREATE_END_USER, path, null, null, null, null);
        }
        if (post && resource.equals("SupportingDocuments")) {
            return new Route(Operation.CREATE_DOCUMENT, path, null, null, null, null);
        }
        if (post && resource.equals("Bundles")) {
            return new Route(Operation.CREATE_BUNDLE, path, null, null, null, null);
        }
        Matcher bundle = BUNDLE.matcher(path);
        if (bundle.matches() && (post || method.equals("GET"))) {
            return new Route(post ? Operation.UPDATE_BUNDLE : Operation.FETCH_BUNDLE, path, null, null, null, bundle.group(1));
        }
        Matcher items = BUNDLE_ITEMS.matcher(path);
        if (items.matches() && post) {
            return new Route(Operation.ASSIGN_ITEM, path, null, null, null, items.group(1));
        }
        Matcher evaluations = BUNDLE_EVALUATIONS.matcher(path);
        if (evaluations.matches() && (post || method.equals("GET"))) {
            return new Route(post ? Operation.EVALUATE_BUNDLE : Operation.LIST_EVALUATIONS, path, null, null, null,
                    evaluations.group(1));
        }
        return null;
    }

    private static NumberType type(String resource) {
        return switch (resource) {
            case "Local" -> NumberType.LOCAL;
            case "TollFree" -> NumberType.TOLL_FREE;
            case "Mobile" -> NumberType.MOBILE;
            default -> NumberType.NATIONAL;
        };
    }

    private static Map<String, List<String>> headersOf(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        return headers;
    }

    private static String encode(Map<String, List<String>> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> {
            if (encoded.length() > 0) {
                encoded.append('&');
            }
            encoded.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }));
        return encoded.toString();
    }

    /** Form and query decoding: {@code +} is a space, {@code %2B} a plus. */
    private static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return decoded;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            decoded.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
        }
        return decoded;
    }

    private static String field(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Twilio's {@code Contains}: digits, letters for their keypad digits, {@code *} one digit, {@code %} any run of
     * digits, matched anywhere in the E.164 number; a leading {@code +} anchors it at the start.
     */
    private static Pattern containsPattern(String contains) {
        StringBuilder regex = new StringBuilder();
        String pattern = contains;
        if (pattern.startsWith("+")) {
            regex.append("^\\+");
            pattern = pattern.substring(1);
        }
        for (char c : pattern.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '*') {
                regex.append("\\d");
            } else if (c == '%') {
                regex.append("\\d*");
            } else if (Character.isLetter(c)) {
                regex.append(keypad(c));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static char keypad(char letter) {
        String keys = "22233344455566677778889999";
        int index = letter - 'A';
        return index >= 0 && index < keys.length() ? keys.charAt(index) : '0';
    }

    /** The {@code PhoneNumber} filter of owned numbers: partial digits, {@code *} for any one; a space never matches. */
    private static Pattern ownedPattern(String phoneNumber) {
        String digits = phoneNumber.startsWith("+") ? phoneNumber.substring(1) : phoneNumber;
        if (!digits.matches("[0-9*]+")) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(digits.replace("*", "\\d"));
    }

    private String newSid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "PN" + HexFormat.of().formatHex(bytes);
    }

    private record Route(Operation operation, String path, String accountSid, String countryCode, NumberType type, String sid) {

        Route of(String account) {
            return new Route(operation, path, account, countryCode, type, sid);
        }
    }

    /** An answer to send: a status and a JSON body (null for none), sent late or never under a fault. */
    private record Answer(int status, JsonObject body, boolean late, boolean lost) {

        Answer(int status, JsonObject body) {
            this(status, body, false, false);
        }

        Answer heldBack() {
            return new Answer(status, body, true, false);
        }

        Answer dropped() {
            return new Answer(status, body, false, true);
        }
    }
}
