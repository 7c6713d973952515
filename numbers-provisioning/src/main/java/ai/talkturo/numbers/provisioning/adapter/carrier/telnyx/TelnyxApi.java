package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Telnyx API v2 for numbers, over a JAX-RS client: search, order, look up an order by its customer reference,
 * release. Plain Java, so that it runs against a simulator without a container; {@link TelnyxCarrier} adds the
 * container's fault tolerance around it.
 *
 * <p>An order is never sent twice: it is preceded by a look-up of its customer reference, and when its answer is
 * lost (5xx, timeout, dropped connection) the reference is looked up once more instead of sending it again.
 * {@code 429} means Telnyx did not process the request, so any request is sent again after a {@link RateLimitBackoff}.
 */
final class TelnyxApi {

    /** Jersey's names for per-request timeouts; other JAX-RS clients ignore them and keep the client's own. */
    private static final String CONNECT_TIMEOUT = "jersey.config.client.connectTimeout";
    private static final String READ_TIMEOUT = "jersey.config.client.readTimeout";
    /**
     * Jersey's name for how a request body is sent. The JDK's HttpURLConnection silently sends a buffered POST
     * again when its connection drops before an answer; a streamed (chunked) body is never sent twice.
     */
    private static final String ENTITY_PROCESSING = "jersey.config.client.request.entity.processing";
    private static final Map<NumberType, String> TYPES = Map.of(
            NumberType.LOCAL, "local",
            NumberType.TOLL_FREE, "toll_free",
            NumberType.MOBILE, "mobile",
            NumberType.NATIONAL, "national");
    private static final Set<String> FEATURES = Set.of("voice", "sms", "mms", "fax");
    private static final String NUMBER_NOT_AVAILABLE = "85001";

    private static final HttpClient PATCHES = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Client client;
    private final URI baseUrl;
    private final String apiKey;
    private final String connectionId;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final RateLimitBackoff backoff;

    /**
     * @param baseUrl      such as {@code https://api.telnyx.com}
     * @param connectionId the Telnyx connection (TeXML application) new numbers are attached to; may be null
     */
    public TelnyxApi(Client client, URI baseUrl, String apiKey, String connectionId, Duration connectTimeout,
                     Duration readTimeout, RateLimitBackoff backoff) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.connectionId = connectionId == null || connectionId.isBlank() ? null : connectionId;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /** Numbers Telnyx offers now, priced from our {@link PriceList}, at most {@code search.limit()}. */
    public List<NumberOffer> search(NumberSearch search) {
        if (!search.country().offers(search.type())) {
            return List.of();
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("filter[country_code]", search.country().code());
        filters.put("filter[phone_number_type]", TYPES.get(search.type()));
        putIfPresent(filters, "filter[locality]", search.locality());
        putIfPresent(filters, "filter[administrative_area]", search.region());
        putIfPresent(filters, "filter[national_destination_code]", search.areaCode());
        putIfPresent(filters, "filter[phone_number][contains]", search.contains());
        filters.put("filter[features][]", "voice");
        filters.put("filter[limit]", Integer.toString(search.limit()));
        Answer answer = read("the number search",
                () -> request(withQuery(target("v2/available_phone_numbers"), filters)).buildGet());
        if (!answer.successful()) {
            throw unavailable("the number search", answer);
        }
        List<NumberOffer> offers = new ArrayList<>();
        for (JsonObject item : JsonFields.objects(answer.body(), "data")) {
            offerOf(item, search).ifPresent(offers::add);
            if (offers.size() == search.limit()) {
                break;
            }
        }
        return List.copyOf(offers);
    }

    /** Telnyx's current offer of exactly {@code number}: a search in its country and type for its digits. */
    public Optional<NumberOffer> offer(E164Number number) {
        Optional<Country> country = number.country();
        NumberType type = number.numberType();
        if (country.isEmpty() || !country.get().offers(type)) {
            return Optional.empty();
        }
        NumberSearch search = new NumberSearch(country.get(), type, null, null, null, number.value().substring(1), 20);
        return search(search).stream().filter(offer -> offer.number().equals(number)).findFirst();
    }

    /**
     * Orders {@code order.number()} under the customer reference {@code order.reference()}, unless Telnyx already
     * has an order with that reference, whose outcome is then the answer.
     *
     * @throws CarrierRefusal     when Telnyx refuses for a reason a person must act on
     * @throws CarrierUnavailable when Telnyx fails before the order is sent, or refuses it for load or otherwise
     */
    public OrderOutcome order(NumberOrder order) {
        OrderOutcome earlier = lookUp(order);
        if (!(earlier instanceof OrderOutcome.Unknown)) {
            return earlier;
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("phone_numbers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("phone_number", order.number().value())));
        if (connectionId != null) {
            body.add("connection_id", connectionId);
        }
        body.add("customer_reference", order.reference());
        String json = body.build().toString();
        Answer answer;
        try {
            answer = exchange("the order",
                    () -> request(target("v2/number_orders").property(ENTITY_PROCESSING, "CHUNKED"))
                            .build("POST", Entity.entity(json, MediaType.APPLICATION_JSON_TYPE)));
        } catch (ProcessingException lost) {
            return afterUncertainOrder(order);
        }
        if (answer.status() >= 500) {
            return afterUncertainOrder(order);
        }
        if (answer.successful()) {
            JsonObject placed = JsonFields.object(answer.body(), "data");
            return TelnyxOrders.isOrder(placed)
                    ? TelnyxOrders.outcomeOf(placed, order.number())
                    : afterUncertainOrder(order);
        }
        throw refusal(answer, order);
    }

    /**
     * What Telnyx knows of the newest order with the customer reference {@code order.reference()}: its outcome, or
     * {@link OrderOutcome.Unknown} when there is none.
     */
    public OrderOutcome lookUp(NumberOrder order) {
        Map<String, String> filter = Map.of("filter[customer_reference]", order.reference());
        Answer answer = read("the order look-up",
                () -> request(withQuery(target("v2/number_orders"), filter)).buildGet());
        if (!answer.successful()) {
            throw unavailable("the order look-up", answer);
        }
        List<JsonObject> orders = JsonFields.objects(answer.body(), "data");
        if (orders.isEmpty()) {
            JsonObject single = JsonFields.object(answer.body(), "data");
            orders = TelnyxOrders.isOrder(single) ? List.of(single) : List.of();
        }
        return newest(orders)
                .map(found -> TelnyxOrders.outcomeOf(found, order.number()))
                .orElseGet(OrderOutcome.Unknown::new);
    }

    /** Deletes the phone number with Telnyx's id {@code phoneNumberId}; one Telnyx no longer has is no error. */
    public void release(String phoneNumberId) {
        if (phoneNumberId == null || phoneNumberId.isBlank()) {
            return;
        }
        Answer answer = read("the release of " + phoneNumberId,
                () -> request(target("v2/phone_numbers").path("{id}").resolveTemplate("id", phoneNumberId))
                        .buildDelete());
        if (answer.successful() || answer.status() == 404) {
            return;
        }
        throw unavailable("the release of " + phoneNumberId, answer);
    }

    /**
     * {@code POST /v2/calls} from a number on our connection: the answered call's audio streams to
     * {@code call.streamUrl()}, and its events ({@code call.initiated}, {@code call.answered}, {@code call.hangup}) go
     * to {@code webhookUrl}, carrying the product's id of the call as {@code client_state}. Sent once and streamed,
     * never repeated except after a {@code 429}, which Telnyx did not process.
     *
     * @return the call's {@code call_control_id}, {@code queued}; or Telnyx's refusal in its words
     * @throws CarrierUnavailable when Telnyx could not be asked, refused the key, failed, or its answer was lost; in
     *                            the last two cases the call may ring anyway
     */
    public PlacedCall dial(CallRequest call, String webhookUrl) {
        if (connectionId == null) {
            throw new CarrierUnavailable("Telnyx places calls through a connection: set numbers.telnyx.connection-id");
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("connection_id", connectionId)
                .add("to", call.to().value())
                .add("from", call.from().value())
                .add("webhook_url", webhookUrl)
                .add("webhook_url_method", "POST")
                .add("client_state", Base64.getEncoder().encodeToString(call.reference().getBytes(StandardCharsets.UTF_8)))
                .add("timeout_secs", 30);
        if (call.streamUrl() != null) {
            body.add("stream_url", call.streamUrl()).add("stream_track", "both_tracks");
        }
        String json = body.build().toString();
        String action = "the call to " + call.to();
        Answer answer;
        try {
            answer = exchange(action, () -> request(target("v2/calls").property(ENTITY_PROCESSING, "CHUNKED"))
                    .build("POST", Entity.entity(json, MediaType.APPLICATION_JSON_TYPE)));
        } catch (ProcessingException lost) {
            throw new CarrierUnavailable("Telnyx's answer to " + action + " was lost; the call may ring anyway: "
                    + lost.getMessage(), lost);
        }
        if (answer.successful()) {
            String callControlId = JsonFields.string(JsonFields.object(answer.body(), "data"), "call_control_id");
            if (callControlId == null) {
                throw new CarrierUnavailable("Telnyx took " + action + " but answered without a call_control_id");
            }
            return PlacedCall.accepted(callControlId, CallStatus.QUEUED);
        }
        if (answer.status() >= 500) {
            throw new CarrierUnavailable("Telnyx failed " + action + "; the call may ring anyway: "
                    + answer.errors().summary());
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw unavailable(action, answer);
        }
        return PlacedCall.refused("Telnyx refused " + action + " (" + answer.status() + "): " + answer.errors().summary());
    }

    private OrderOutcome afterUncertainOrder(NumberOrder order) {
        try {
            OrderOutcome found = lookUp(order);
            return found instanceof OrderOutcome.Unknown ? new OrderOutcome.Pending(null) : found;
        } catch (CarrierUnavailable stillFailing) {
            return new OrderOutcome.Pending(null);
        }
    }

    private RuntimeException refusal(Answer answer, NumberOrder order) {
        TelnyxErrors errors = answer.errors();
        if (answer.status() == 401 || answer.status() == 403) {
            return unavailable("the order", answer);
        }
        if (errors.hasCode(NUMBER_NOT_AVAILABLE)) {
            return notAvailable(order);
        }
        if (errors.mention("requirement", "address")) {
            return new CarrierRefusal(CarrierRefusal.Reason.ADDRESS_REQUIRED,
                    TelnyxOrders.addressReason(order.number()));
        }
        if (errors.mention("not available", "no longer available", "unavailable", "already reserved",
                "already purchased", "already owned")) {
            return notAvailable(order);
        }
        return new CarrierUnavailable("Telnyx refused the order for " + order.number() + " (" + answer.status() + "): "
                + errors.summary());
    }

    private static CarrierRefusal notAvailable(NumberOrder order) {
        return new CarrierRefusal(CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE,
                order.number() + " is no longer available at Telnyx; choose another number");
    }

    static CarrierUnavailable unavailable(String action, Answer answer) {
        String why = answer.status() == 401 || answer.status() == 403
                ? "Telnyx refused the API key"
                : "Telnyx answered " + answer.status();
        return new CarrierUnavailable(why + " to " + action + ": " + answer.errors().summary());
    }

    private Optional<NumberOffer> offerOf(JsonObject item, NumberSearch search) {
        E164Number number;
        try {
            number = new E164Number(JsonFields.string(item, "phone_number"));
        } catch (DomainException e) {
            return Optional.empty();
        }
        if (!number.country().map(search.country()::equals).orElse(false)) {
            return Optional.empty();
        }
        String locality = null;
        String region = null;
        for (JsonObject info : JsonFields.objects(item, "region_information")) {
            String kind = Optional.ofNullable(JsonFields.string(info, "region_type")).orElse("");
            String name = JsonFields.string(info, "region_name");
            if (name == null || name.isBlank()) {
                continue;
            }
            switch (kind) {
                case "rate_center", "locality" -> locality = locality == null ? name : locality;
                case "state", "administrative_area" -> region = region == null ? name : region;
                default -> {
                }
            }
        }
        Set<String> features = new LinkedHashSet<>();
        for (JsonObject feature : JsonFields.objects(item, "features")) {
            String name = JsonFields.string(feature, "name");
            if (name != null && FEATURES.contains(name.toLowerCase(Locale.ROOT))) {
                features.add(name.toLowerCase(Locale.ROOT));
            }
        }
        Country country = search.country();
        NumberType type = search.type();
        return Optional.of(new NumberOffer(number, type, locality, region, PriceList.priceOf(country, type),
                List.copyOf(features), country.addressRequirement(type)));
    }

    private static Optional<JsonObject> newest(List<JsonObject> orders) {
        Comparator<JsonObject> byCreation = Comparator.comparing(
                order -> Optional.ofNullable(JsonFields.instant(order, "created_at")).orElse(Instant.MIN));
        JsonObject newest = null;
        for (JsonObject order : orders) {
            if (newest == null || byCreation.compare(order, newest) > 0) {
                newest = order;
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * {@code PATCH}, which the JDK's {@code HttpURLConnection} under a JAX-RS client cannot send, through the JDK's
     * HTTP client, with the same key, timeouts and answer; idempotent, so a dropped connection means unavailable.
     */
    Answer patch(String action, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceFirst("/+$", "") + "/" + path))
                .timeout(Duration.ofMillis(readTimeoutMillis))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build();
        return untilNotRateLimited(action, () -> {
            HttpResponse<String> response;
            try {
                response = PATCHES.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new CarrierUnavailable("Telnyx did not answer " + action + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CarrierUnavailable("Interrupted while waiting for Telnyx to answer " + action, e);
            }
            return new Answer(response.statusCode(), JsonFields.parse(response.body()).orElse(JsonValue.EMPTY_JSON_OBJECT),
                    response.headers().firstValue("Retry-After").orElse(null));
        });
    }

    /** Sends an idempotent request: a dropped connection or a timeout means Telnyx is unavailable. */
    Answer read(String action, Supplier<Invocation> invocation) {
        try {
            return exchange(action, invocation);
        } catch (ProcessingException e) {
            throw new CarrierUnavailable("Telnyx did not answer " + action + ": " + e.getMessage(), e);
        }
    }

    /** Sends the request, and again after a backoff while Telnyx answers {@code 429}. */
    Answer exchange(String action, Supplier<Invocation> invocation) {
        return untilNotRateLimited(action, () -> {
            try (Response response = invocation.get().invoke()) {
                String text = response.hasEntity() ? response.readEntity(String.class) : "";
                return new Answer(response.getStatus(), JsonFields.parse(text).orElse(JsonValue.EMPTY_JSON_OBJECT),
                        response.getHeaderString("Retry-After"));
            }
        });
    }

    /** Sends, and sends again after a backoff while Telnyx answers {@code 429}, which it did not process. */
    private Answer untilNotRateLimited(String action, Supplier<Answer> send) {
        for (int attempt = 1; ; attempt++) {
            Answer answer = send.get();
            if (answer.status() != 429) {
                return answer;
            }
            if (attempt >= backoff.attempts()) {
                throw new CarrierUnavailable("Telnyx kept refusing " + action + " for load (429) after " + attempt
                        + " attempts: " + answer.errors().summary());
            }
            backoff.pause(attempt, answer.retryAfter());
        }
    }

    WebTarget target(String path) {
        return client.target(baseUrl).path(path)
                .property(CONNECT_TIMEOUT, connectTimeoutMillis)
                .property(READ_TIMEOUT, readTimeoutMillis);
    }

    Invocation.Builder request(WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
    }

    /** Adds query parameters through templates, so that values are encoded and never read as templates. */
    static WebTarget withQuery(WebTarget target, Map<String, String> parameters) {
        Map<String, Object> values = new HashMap<>();
        WebTarget withParameters = target;
        int i = 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = "q" + i++;
            withParameters = withParameters.queryParam(parameter.getKey(), "{" + name + "}");
            values.put(name, parameter.getValue());
        }
        return withParameters.resolveTemplates(values);
    }

    private static void putIfPresent(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.trim());
        }
    }

    record Answer(int status, JsonObject body, String retryAfter) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

        TelnyxErrors errors() {
            return TelnyxErrors.of(body);
        }
    }
}
