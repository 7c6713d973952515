package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Twilio's REST API 2010-04-01 for phone numbers, spoken over a JAX-RS client: HTTP Basic with the account SID and
 * auth token, form-encoded requests, snake_case JSON answers read leniently. A plain class, so tests build it
 * without CDI; {@link TwilioCarrier} adds configuration and fault tolerance around it.
 *
 * <p>A purchase is never repeated blindly, since Twilio has no idempotency key: {@link #order(NumberOrder)} first
 * asks whether the account already owns the number, repeats a request only when Twilio said it did not process it
 * ({@code 429}), and when the answer to the purchase is lost (5xx, timeout, dropped connection) asks once more
 * whether the account owns the number, answering {@link OrderOutcome.Pending} if it cannot tell yet.
 */
class TwilioNumbers implements Carrier {

    static final String NAME = "twilio";

    /** Jersey's per-request settings; other JAX-RS clients ignore them and use the client's own timeouts. */
    private static final String CONNECT_TIMEOUT = "jersey.config.client.connectTimeout";
    private static final String READ_TIMEOUT = "jersey.config.client.readTimeout";
    /**
     * A purchase is sent chunked: the JDK's HTTP client silently sends a buffered POST a second time when the
     * connection drops before the answer, which would buy twice; it never repeats a streamed one.
     */
    private static final String ENTITY_PROCESSING = "jersey.config.client.request.entity.processing";

    private static final Pattern INCOMING_NUMBER_SID = Pattern.compile("^PN[0-9a-fA-F]{32}$");
    private static final Pattern ADDRESS_SID = Pattern.compile("^AD[0-9a-fA-F]{32}$");
    private static final int FRIENDLY_NAME_LIMIT = 64;
    /** How many numbers to ask for when some filter can only be applied here, after Twilio answered. */
    private static final int WIDE_PAGE = 100;
    private static final int OFFER_PAGE = 20;
    private static final List<String> KNOWN_FEATURES = List.of("voice", "sms", "mms", "fax");
    /** How long a call rings before Twilio gives up on it as {@code no-answer}. */
    private static final int RING_SECONDS = 30;

    private final TwilioSettings settings;
    private final Client client;
    private final Backoff backoff;
    private final String authorization;

    public TwilioNumbers(TwilioSettings settings, Client client, Backoff backoff) {
        this.settings = settings;
        this.client = client;
        this.backoff = backoff;
        String credentials = settings.accountSid() + ":" + settings.authToken();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public TwilioNumbers(TwilioSettings settings, Client client) {
        this(settings, client, Backoff.standard());
    }

    /** A JAX-RS client with these timeouts, for callers that have none. */
    public static Client client(Duration connectTimeout, Duration readTimeout) {
        return ClientBuilder.newBuilder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * {@code GET …/AvailablePhoneNumbers/{CC}/{Local|TollFree|Mobile|National}.json}. Twilio filters by area code
     * only in the US and Canada, and by a {@code Contains} pattern of 2 to 16 characters; other area codes and
     * patterns are applied here, to a wider page.
     */
    @Override
    public List<NumberOffer> search(NumberSearch search) {
        Country country = search.country();
        NumberType type = search.type();
        if (!country.offers(type)) {
            return List.of();
        }
        WebTarget target = available(country, type);
        Predicate<E164Number> wanted = number -> true;
        boolean filteredHere = false;
        String areaCode = search.areaCode();
        if (areaCode != null && northAmerican(country)) {
            target = target.queryParam("AreaCode", areaCode);
        } else if (areaCode != null) {
            wanted = wanted.and(number -> nationalNumber(number).startsWith(areaCode));
            filteredHere = true;
        }
        String contains = search.contains();
        if (contains != null && contains.length() >= 2 && contains.length() <= 16) {
            target = target.queryParam("Contains", contains);
        } else if (contains != null) {
            Pattern pattern = containsPattern(contains);
            wanted = wanted.and(number -> pattern.matcher(number.value().substring(1)).find());
            filteredHere = true;
        }
        if (search.locality() != null) {
            target = target.queryParam("InLocality", search.locality());
        }
        if (search.region() != null) {
            target = target.queryParam("InRegion", search.region());
        }
        target = target.queryParam("VoiceEnabled", "true")
                .queryParam("PageSize", filteredHere ? Math.max(WIDE_PAGE, search.limit()) : search.limit());
        Predicate<E164Number> matching = wanted;
        return available("search " + country.code() + " " + type.apiName() + " numbers", target, country, type).stream()
                .filter(offer -> matching.test(offer.number()))
                .limit(search.limit())
                .toList();
    }

    /** A search in the number's country and type with {@code Contains} set to its digits; only the exact number counts. */
    @Override
    public Optional<NumberOffer> offer(E164Number number) {
        Optional<Country> country = number.country();
        NumberType type = number.numberType();
        if (country.isEmpty() || !country.get().offers(type)) {
            return Optional.empty();
        }
        WebTarget target = available(country.get(), type)
                .queryParam("Contains", number.value().substring(1))
                .queryParam("VoiceEnabled", "true")
                .queryParam("PageSize", OFFER_PAGE);
        return available("look for " + number, target, country.get(), type).stream()
                .filter(offer -> offer.number().equals(number))
                .findFirst();
    }

    /**
     * Buys the number unless the account owns it already: {@code POST …/IncomingPhoneNumbers.json} with the
     * product's reference as {@code FriendlyName} and the webhook URLs built from the public base URL.
     *
     * @throws CarrierRefusal when Twilio wants an address (21631), a regulatory bundle or identity (21649, 21650),
     *                        or no longer offers the number (21422, 21452)
     * @throws CarrierUnavailable when nothing was bought: Twilio could not be reached, refused our credentials or
     *                            kept answering 429
     */
    @Override
    public OrderOutcome order(NumberOrder order) {
        OrderOutcome known = lookUp(order);
        if (known instanceof OrderOutcome.Completed) {
            return known;
        }
        Form form = purchaseForm(order);
        WebTarget target = account().path("IncomingPhoneNumbers.json");
        String what = "buy " + order.number();
        Answer answer;
        try {
            answer = exchange(what, () -> request(target)
                    .property(ENTITY_PROCESSING, "CHUNKED")
                    .post(Entity.form(form)));
        } catch (ProcessingException e) {
            if (neverConnected(e)) {
                throw unreachable(what, e);
            }
            return settleUncertainPurchase(order);
        }
        if (answer.status() == 200 || answer.status() == 201) {
            return TwilioJson.object(answer.body())
                    .map(json -> TwilioJson.text(json, "sid"))
                    .<OrderOutcome>map(OrderOutcome.Completed::new)
                    .orElseGet(() -> settleUncertainPurchase(order));
        }
        if (answer.status() >= 500) {
            return settleUncertainPurchase(order);
        }
        return refused(order, TwilioError.read(answer.status(), answer.body()));
    }

    /**
     * {@code GET …/IncomingPhoneNumbers.json?PhoneNumber=+E164}: {@link OrderOutcome.Completed} with the number's
     * SID when the account owns it, {@link OrderOutcome.Unknown} otherwise.
     */
    @Override
    public OrderOutcome lookUp(NumberOrder order) {
        String number = order.number().value();
        WebTarget target = account().path("IncomingPhoneNumbers.json").queryParam("PhoneNumber", number);
        String what = "look up " + number;
        Answer answer = get(what, target);
        if (answer.status() != 200) {
            throw unavailable(what, answer);
        }
        JsonObject json = TwilioJson.object(answer.body())
                .orElseThrow(() -> new CarrierUnavailable("Twilio answered the request to " + what + " with something that is not JSON"));
        return TwilioJson.objects(json, "incoming_phone_numbers").stream()
                .filter(owned -> number.equals(TwilioJson.text(owned, "phone_number")))
                .map(owned -> TwilioJson.text(owned, "sid"))
                .filter(sid -> sid != null)
                .findFirst()
                .<OrderOutcome>map(OrderOutcome.Completed::new)
                .orElseGet(OrderOutcome.Unknown::new);
    }

    /** {@code DELETE …/IncomingPhoneNumbers/{Sid}.json}; a number Twilio no longer has (404) is released already. */
    @Override
    public void release(String carrierReference) {
        if (carrierReference == null || !INCOMING_NUMBER_SID.matcher(carrierReference).matches()) {
            throw new IllegalArgumentException(
                    "A Twilio phone number SID is PN followed by 32 hexadecimal digits, not " + carrierReference);
        }
        WebTarget target = account().path("IncomingPhoneNumbers").path(carrierReference + ".json");
        String what = "release " + carrierReference;
        Answer answer;
        try {
            answer = exchange(what, () -> request(target).delete());
        } catch (ProcessingException e) {
            throw unreachable(what, e);
        }
        if (answer.status() == 204 || answer.status() == 200 || answer.status() == 404) {
            return;
        }
        throw unavailable(what, answer);
    }

    /**
     * {@code POST …/Calls.json} from one of the account's numbers: {@code Url} is our voice webhook, which hands the
     * answered call to the caller ID's assistant; the status callback carries the product's id of the call
     * ({@code ?callId=…}, signed with the rest of the URL), so that its reports find the call even before this
     * answer is stored. Sent once and streamed, never repeated except after a {@code 429}, which Twilio did not
     * process.
     *
     * @return the call's SID and status, or Twilio's refusal (an invalid or unreachable number, a caller ID the
     * account does not own, a country not enabled for calls) in its words
     * @throws CarrierUnavailable when Twilio could not be asked, refused the credentials, failed, or its answer was
     *                            lost; in the last two cases the call may ring anyway
     */
    @Override
    public PlacedCall dial(CallRequest call) {
        Form form = new Form()
                .param("To", call.to().value())
                .param("From", call.from().value())
                .param("Url", settings.voiceUrl())
                .param("Method", "POST")
                .param("StatusCallback", settings.statusCallbackUrl() + "?callId="
                        + URLEncoder.encode(call.reference(), StandardCharsets.UTF_8))
                .param("StatusCallbackMethod", "POST")
                .param("StatusCallbackEvent", "initiated")
                .param("StatusCallbackEvent", "ringing")
                .param("StatusCallbackEvent", "answered")
                .param("StatusCallbackEvent", "completed")
                .param("Timeout", Integer.toString(RING_SECONDS));
        WebTarget target = account().path("Calls.json");
        String what = "call " + call.to() + " from " + call.from();
        Answer answer;
        try {
            answer = exchange(what, () -> request(target)
                    .property(ENTITY_PROCESSING, "CHUNKED")
                    .post(Entity.form(form)));
        } catch (ProcessingException e) {
            if (neverConnected(e)) {
                throw unreachable(what, e);
            }
            throw new CarrierUnavailable("Twilio's answer to the request to " + what + " was lost; the call may ring "
                    + "anyway: " + e.getMessage(), e);
        }
        if (answer.status() == 200 || answer.status() == 201) {
            JsonObject json = TwilioJson.object(answer.body()).orElse(null);
            String sid = json == null ? null : TwilioJson.text(json, "sid");
            if (sid == null) {
                throw new CarrierUnavailable("Twilio took the request to " + what + " but answered without a call SID");
            }
            return PlacedCall.accepted(sid, TwilioCallStatus.of(TwilioJson.text(json, "status")).orElse(CallStatus.QUEUED));
        }
        TwilioError error = TwilioError.read(answer.status(), answer.body());
        if (answer.status() >= 500) {
            throw new CarrierUnavailable("Twilio failed the request to " + what + "; the call may ring anyway: "
                    + error.describe());
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw new CarrierUnavailable("Twilio refused the account's credentials: " + error.describe());
        }
        return PlacedCall.refused("Twilio refused to " + what + ": " + error.describe());
    }

    private List<NumberOffer> available(String what, WebTarget target, Country country, NumberType type) {
        Answer answer = get(what, target);
        if (answer.status() == 404) {
            return List.of();
        }
        if (answer.status() != 200) {
            throw unavailable(what, answer);
        }
        JsonObject json = TwilioJson.object(answer.body())
                .orElseThrow(() -> new CarrierUnavailable("Twilio answered the request to " + what + " with something that is not JSON"));
        List<NumberOffer> offers = new ArrayList<>();
        for (JsonObject item : TwilioJson.objects(json, "available_phone_numbers")) {
            offerOf(item, country, type).ifPresent(offers::add);
        }
        return offers;
    }

    private static Optional<NumberOffer> offerOf(JsonObject item, Country country, NumberType type) {
        E164Number number;
        try {
            number = E164Number.of(TwilioJson.text(item, "phone_number"));
        } catch (InvalidPhoneNumber e) {
            return Optional.empty();
        }
        AddressRequirement twilios = addressRequirement(TwilioJson.text(item, "address_requirements"));
        AddressRequirement regulators = country.addressRequirement(type);
        return Optional.of(new NumberOffer(number, type,
                TwilioJson.text(item, "locality"),
                TwilioJson.text(item, "region"),
                PriceList.priceOf(country, type),
                features(item),
                twilios.compareTo(regulators) > 0 ? twilios : regulators));
    }

    /** {@code none} → none, {@code any} or {@code foreign} → an address in some country, {@code local} → in the locality. */
    private static AddressRequirement addressRequirement(String twilios) {
        if (twilios == null) {
            return AddressRequirement.NONE;
        }
        return switch (twilios.toLowerCase(Locale.ROOT)) {
            case "any", "foreign" -> AddressRequirement.COUNTRY;
            case "local" -> AddressRequirement.LOCALITY;
            default -> AddressRequirement.NONE;
        };
    }

    /** The capabilities that are true, lower-cased ({@code "SMS"} → {@code "sms"}), the known ones first. */
    static List<String> features(JsonObject item) {
        return TwilioJson.child(item, "capabilities").stream()
                .flatMap(capabilities -> capabilities.entrySet().stream())
                .filter(capability -> TwilioJson.truth(capability.getValue()))
                .map(capability -> capability.getKey().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted(Comparator.comparingInt(TwilioNumbers::rank).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int rank(String feature) {
        int index = KNOWN_FEATURES.indexOf(feature);
        return index < 0 ? KNOWN_FEATURES.size() : index;
    }

    private Form purchaseForm(NumberOrder order) {
        Form form = new Form().param("PhoneNumber", order.number().value());
        if (order.reference() != null && !order.reference().isBlank()) {
            String reference = order.reference();
            form.param("FriendlyName", reference.length() <= FRIENDLY_NAME_LIMIT ? reference : reference.substring(0, FRIENDLY_NAME_LIMIT));
        }
        form.param("VoiceUrl", settings.voiceUrl())
                .param("VoiceMethod", "POST")
                .param("StatusCallback", settings.statusCallbackUrl());
        if (order.address() != null && order.address().id() != null && ADDRESS_SID.matcher(order.address().id()).matches()) {
            form.param("AddressSid", order.address().id());
        }
        return form;
    }

    /** After a lost answer: the account owns the number, or the order's fate is left to a later {@link #lookUp}. */
    private OrderOutcome settleUncertainPurchase(NumberOrder order) {
        return ownedNow(order).orElseGet(() -> new OrderOutcome.Pending(null));
    }

    /** The order as completed if Twilio says now that the account owns the number; empty if not, or if it cannot tell. */
    private Optional<OrderOutcome> ownedNow(NumberOrder order) {
        try {
            OrderOutcome found = lookUp(order);
            return found instanceof OrderOutcome.Completed ? Optional.of(found) : Optional.empty();
        } catch (CarrierUnavailable e) {
            return Optional.empty();
        }
    }

    private OrderOutcome refused(NumberOrder order, TwilioError error) {
        E164Number number = order.number();
        int code = error.code();
        if (code == 21631 || code == 21615) {
            throw new CarrierRefusal(CarrierRefusal.Reason.ADDRESS_REQUIRED,
                    "Twilio sells " + number + " only to a buyer with an address in the number's locality: " + error.describe());
        }
        if (code == 21649 || code == 21650) {
            throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY,
                    "Twilio sells " + number + " only with an approved regulatory bundle or identity document: " + error.describe());
        }
        boolean saysNotAvailable = (error.status() == 400 || error.status() == 404)
                && error.message().toLowerCase(Locale.ROOT).contains("not available");
        if (code == 21422 || code == 21452 || saysNotAvailable) {
            // A purchase repeated below this class (a client resending the POST) is refused as not available:
            // the number may be ours.
            return ownedNow(order).orElseThrow(() -> new CarrierRefusal(CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE,
                    "Twilio no longer offers " + number + ": " + error.describe()));
        }
        if (error.status() == 401 || error.status() == 403) {
            throw new CarrierUnavailable("Twilio refused the account's credentials: " + error.describe());
        }
        return new OrderOutcome.Failed("Twilio refused to sell " + number + ": " + error.describe());
    }

    Answer get(String what, WebTarget target) {
        try {
            return exchange(what, () -> request(target).get());
        } catch (ProcessingException e) {
            throw unreachable(what, e);
        }
    }

    /**
     * Sends the request and reads the whole answer; a {@code 429} is sent again after a pause, since Twilio did not
     * process it, up to the backoff's number of tries.
     *
     * @throws ProcessingException when the connection fails or the answer does not come in time
     */
    Answer exchange(String what, Supplier<Response> call) {
        for (int attempt = 1; ; attempt++) {
            Answer answer;
            try (Response response = call.get()) {
                answer = new Answer(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
            }
            if (answer.status() < 400 || !TwilioError.read(answer.status(), answer.body()).tooManyRequests()) {
                return answer;
            }
            if (attempt >= backoff.tries()) {
                throw new CarrierUnavailable("Twilio refused to " + what + " " + attempt
                        + " times in a row for too many concurrent requests");
            }
            pause(what, backoff.pauseBefore(attempt + 1, ThreadLocalRandom.current()));
        }
    }

    private void pause(String what, Duration pause) {
        try {
            backoff.sleeper().sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarrierUnavailable("Interrupted while waiting to " + what + " again", e);
        }
    }

    Invocation.Builder request(WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .property(CONNECT_TIMEOUT, millis(settings.connectTimeout()))
                .property(READ_TIMEOUT, millis(settings.readTimeout()));
    }

    WebTarget account() {
        return client.target(settings.baseUrl()).path("2010-04-01").path("Accounts").path(settings.accountSid());
    }

    private WebTarget available(Country country, NumberType type) {
        return account().path("AvailablePhoneNumbers").path(country.code()).path(resource(type) + ".json");
    }

    private static String resource(NumberType type) {
        return switch (type) {
            case LOCAL -> "Local";
            case TOLL_FREE -> "TollFree";
            case MOBILE -> "Mobile";
            case NATIONAL -> "National";
        };
    }

    private static boolean northAmerican(Country country) {
        return country == Country.US || country == Country.CA;
    }

    /** The digits after the country calling code: {@code +4930123456} → {@code 30123456}. */
    private static String nationalNumber(E164Number number) {
        String digits = number.value().substring(1);
        return number.country()
                .map(country -> digits.substring(String.valueOf(country.callingCode()).length()))
                .orElse(digits);
    }

    /** A {@code Contains} pattern as Twilio reads it: digits as themselves, {@code *} for any one digit, anywhere. */
    private static Pattern containsPattern(String contains) {
        StringBuilder regex = new StringBuilder();
        for (char c : contains.toCharArray()) {
            regex.append(c == '*' ? "\\d" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    static CarrierUnavailable unreachable(String what, ProcessingException e) {
        return new CarrierUnavailable("Twilio did not answer the request to " + what + ": " + e.getMessage(), e);
    }

    static CarrierUnavailable unavailable(String what, Answer answer) {
        return new CarrierUnavailable("Twilio failed to " + what + ": "
                + TwilioError.read(answer.status(), answer.body()).describe());
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    record Answer(int status, String body) {
    }
}
