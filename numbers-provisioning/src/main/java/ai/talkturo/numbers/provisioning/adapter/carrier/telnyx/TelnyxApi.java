package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierError;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telnyx API v2 for numbers, over {@link TelnyxWire}: search, order, look up an order by its customer reference,
 * release, and calls through {@link TelnyxCalls}. Plain Java, so that it runs against a simulator without a
 * container; {@link TelnyxCarrier} adds the container's fault tolerance around it.
 *
 * <p>An order is never sent twice: it is preceded by a look-up of its customer reference, and when its answer is
 * lost (5xx, timeout, dropped connection) the reference is looked up once more instead of sending it again.
 * {@code 429} means Telnyx did not process the request, so any request is sent again after a {@link Backoff}.
 *
 * <p>A number covered by a compliance profile is ordered under the profile's requirement group, which
 * {@link TelnyxRequirements} created; Telnyx may then sell it before it has verified the group's documents, and the
 * order reads as pending until it has.
 */
final class TelnyxApi {

    private static final Map<NumberType, String> TYPES = Map.of(
            NumberType.LOCAL, "local",
            NumberType.TOLL_FREE, "toll_free",
            NumberType.MOBILE, "mobile",
            NumberType.NATIONAL, "national");
    private static final Set<String> FEATURES = Set.of("voice", "sms", "mms", "fax");
    private static final String NUMBER_NOT_AVAILABLE = "85001";
    /** The most requirement groups whose compliance profile is remembered; ids never change their profile. */
    private static final int REMEMBERED_GROUPS = 1_000;

    final TelnyxWire wire;
    private final String connectionId;
    private final TelnyxCalls calls;
    private final TelnyxRequirements requirements;
    private final Map<String, String> profileOfGroup = new ConcurrentHashMap<>();

    /**
     * @param baseUrl      such as {@code https://api.telnyx.com}
     * @param connectionId the Telnyx connection (TeXML application) new numbers are attached to; may be null
     */
    public TelnyxApi(Client client, URI baseUrl, String apiKey, String connectionId, Duration connectTimeout,
                     Duration readTimeout, Backoff backoff) {
        this.wire = new TelnyxWire(client, baseUrl, apiKey, connectTimeout, readTimeout, backoff);
        this.connectionId = connectionId == null || connectionId.isBlank() ? null : connectionId;
        this.calls = new TelnyxCalls(wire, this.connectionId);
        this.requirements = new TelnyxRequirements(wire);
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
        TelnyxWire.Answer answer = wire.read("the number search",
                () -> wire.request(TelnyxWire.withQuery(wire.target("v2/available_phone_numbers"), filters)).buildGet());
        if (!answer.successful()) {
            throw TelnyxWire.unavailable("the number search", answer);
        }
        List<NumberOffer> offers = new ArrayList<>();
        for (JsonObject item : CarrierJson.objects(answer.body(), "data")) {
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
        JsonObjectBuilder number = Json.createObjectBuilder().add("phone_number", order.number().value());
        String group = requirementGroupOf(order);
        if (group != null) {
            number.add("requirement_group_id", group);
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("phone_numbers", Json.createArrayBuilder().add(number));
        if (connectionId != null) {
            body.add("connection_id", connectionId);
        }
        body.add("customer_reference", order.reference());
        String json = body.build().toString();
        TelnyxWire.Answer answer;
        try {
            answer = wire.postOnce("the order", "v2/number_orders", json);
        } catch (ProcessingException lost) {
            return afterUncertainOrder(order);
        }
        if (answer.status() >= 500) {
            return afterUncertainOrder(order);
        }
        if (answer.successful()) {
            JsonObject placed = CarrierJson.object(answer.body(), "data");
            return TelnyxOrders.isOrder(placed)
                    ? outcomeOf(placed, order)
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
        TelnyxWire.Answer answer = wire.read("the order look-up",
                () -> wire.request(TelnyxWire.withQuery(wire.target("v2/number_orders"), filter)).buildGet());
        if (!answer.successful()) {
            throw TelnyxWire.unavailable("the order look-up", answer);
        }
        List<JsonObject> orders = CarrierJson.objects(answer.body(), "data");
        if (orders.isEmpty()) {
            JsonObject single = CarrierJson.object(answer.body(), "data");
            orders = TelnyxOrders.isOrder(single) ? List.of(single) : List.of();
        }
        return newest(orders)
                .map(found -> outcomeOf(found, order))
                .orElseGet(OrderOutcome.Unknown::new);
    }

    /**
     * Hands a compliance profile to Telnyx as a requirement group; see {@link TelnyxRequirements}.
     *
     * @throws CarrierRefusal     when a requirement cannot be filled from the profile or Telnyx refuses it
     * @throws CarrierUnavailable when Telnyx cannot be asked or fails
     */
    public CarrierReferences submitForReview(ProfileForReview profile) {
        CarrierReferences group = requirements.submit(profile, TYPES.get(profile.profile().numberType()));
        remember(group.profile(), profile.profile().id());
        return group;
    }

    /** What Telnyx says now of the requirement group {@code profile.profile()}. */
    public ReviewOutcome reviewOf(CarrierReferences profile) {
        return requirements.reviewOf(profile);
    }

    /** Deletes the phone number with Telnyx's id {@code phoneNumberId}; one Telnyx no longer has is no error. */
    public void release(String phoneNumberId) {
        if (phoneNumberId == null || phoneNumberId.isBlank()) {
            return;
        }
        TelnyxWire.Answer answer = wire.read("the release of " + phoneNumberId,
                () -> wire.request(wire.target("v2/phone_numbers").path("{id}").resolveTemplate("id", phoneNumberId))
                        .buildDelete());
        if (answer.successful() || answer.status() == 404) {
            return;
        }
        throw TelnyxWire.unavailable("the release of " + phoneNumberId, answer);
    }

    /** See {@link TelnyxCalls#dial}. */
    public PlacedCall dial(CallRequest call, String webhookUrl) {
        return calls.dial(call, webhookUrl);
    }

    /** See {@link TelnyxCalls#hangUp}. */
    public void hangUp(String callControlId) {
        calls.hangUp(callControlId);
    }

    private OrderOutcome outcomeOf(JsonObject placed, NumberOrder order) {
        return TelnyxOrders.outcomeOf(placed, order.number(), requirementGroupOf(order), this::profileOfGroup);
    }

    private static String requirementGroupOf(NumberOrder order) {
        String group = order.compliance() == null ? null : order.compliance().profile();
        return group == null || group.isBlank() ? null : group;
    }

    /**
     * The compliance profile a requirement group was made from, its {@code customer_reference}, for the words of a
     * pending order; null when Telnyx cannot say now, which only makes those words less specific.
     */
    private String profileOfGroup(String groupId) {
        String known = profileOfGroup.get(groupId);
        if (known != null) {
            return known;
        }
        TelnyxWire.Answer answer;
        try {
            answer = wire.read("the requirement group " + groupId,
                    () -> wire.request(wire.target("v2/requirement_groups").path("{id}").resolveTemplate("id", groupId))
                            .buildGet());
        } catch (RuntimeException unavailable) {
            return null;
        }
        String profile = answer.successful()
                ? CarrierJson.text(CarrierJson.object(answer.body(), "data"), "customer_reference")
                : null;
        remember(groupId, profile);
        return profile;
    }

    private void remember(String groupId, String profileId) {
        if (groupId == null || profileId == null) {
            return;
        }
        if (profileOfGroup.size() >= REMEMBERED_GROUPS) {
            profileOfGroup.clear();
        }
        profileOfGroup.put(groupId, profileId);
    }

    private OrderOutcome afterUncertainOrder(NumberOrder order) {
        try {
            OrderOutcome found = lookUp(order);
            return found instanceof OrderOutcome.Unknown ? new OrderOutcome.Pending(null) : found;
        } catch (CarrierUnavailable stillFailing) {
            return new OrderOutcome.Pending(null);
        }
    }

    private RuntimeException refusal(TelnyxWire.Answer answer, NumberOrder order) {
        CarrierError errors = answer.error();
        if (answer.keyRefused()) {
            return TelnyxWire.unavailable("the order", answer);
        }
        if (errors.hasCode(NUMBER_NOT_AVAILABLE)) {
            return notAvailable(order);
        }
        if (errors.mentions("requirement group", "requirement_group")) {
            return new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, TelnyxOrders.groupReason(order.number()));
        }
        if (errors.mentions("requirement", "address")) {
            return new CarrierRefusal(CarrierRefusal.Reason.ADDRESS_REQUIRED,
                    TelnyxOrders.addressReason(order.number()));
        }
        if (errors.mentions("not available", "no longer available", "unavailable", "already reserved",
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

    private Optional<NumberOffer> offerOf(JsonObject item, NumberSearch search) {
        E164Number number;
        try {
            number = new E164Number(CarrierJson.text(item, "phone_number"));
        } catch (DomainException e) {
            return Optional.empty();
        }
        if (!number.country().map(search.country()::equals).orElse(false)) {
            return Optional.empty();
        }
        String locality = null;
        String region = null;
        for (JsonObject info : CarrierJson.objects(item, "region_information")) {
            String kind = Optional.ofNullable(CarrierJson.text(info, "region_type")).orElse("");
            String name = CarrierJson.text(info, "region_name");
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
        for (JsonObject feature : CarrierJson.objects(item, "features")) {
            String name = CarrierJson.text(feature, "name");
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
                order -> Optional.ofNullable(CarrierJson.instant(order, "created_at")).orElse(Instant.MIN));
        JsonObject newest = null;
        for (JsonObject order : orders) {
            if (newest == null || byCreation.compare(order, newest) > 0) {
                newest = order;
            }
        }
        return Optional.ofNullable(newest);
    }

    private static void putIfPresent(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.trim());
        }
    }
}
