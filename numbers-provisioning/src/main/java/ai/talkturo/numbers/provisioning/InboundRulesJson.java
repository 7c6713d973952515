package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.number.BlockedCallers;
import ai.talkturo.numbers.domain.number.BusinessHours;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.OpeningHours;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A number's inbound rules as JSON, the one shape the API shows and the database keeps:
 * {@code {"fallback": {"phoneNumber"} | {"sipUri"}, "businessHours": {"timeZone", "open": [{"days", "from", "to"}],
 * "closedMessage"}, "blockedCallers": [...]}}. Reading applies a change onto the current rules, JSON Merge Patch
 * style (a field given replaces, {@code null} removes, a field left out stays), and names every bad field.
 */
public final class InboundRulesJson {

    private static final Set<String> FIELDS = Set.of("fallback", "businessHours", "blockedCallers", "closedMessage");
    private static final Set<String> HOURS_FIELDS = Set.of("timeZone", "open", "closedMessage");
    private static final Set<String> PERIOD_FIELDS = Set.of("days", "from", "to");

    /** One thing wrong with one field, named by its path in the request such as {@code inbound.fallback.phoneNumber}. */
    public record Mistake(String field, String message) {
    }

    /** The rules once changed, or every mistake that kept them from changing. */
    public record Outcome(InboundRules rules, List<Mistake> mistakes) {

        public boolean isValid() {
            return mistakes.isEmpty();
        }
    }

    /** One provider for every answer: {@code Json.create…} looks the provider up again on each call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonObject NONE = JSON.createObjectBuilder().add("fallback", JsonValue.NULL)
            .add("businessHours", JsonValue.NULL).add("blockedCallers", JsonValue.EMPTY_JSON_ARRAY).build();

    private final String prefix;
    private final E164Number own;
    private final List<Mistake> mistakes = new ArrayList<>();

    private InboundRulesJson(String prefix, E164Number own) {
        this.prefix = prefix;
        this.own = own;
    }

    public static JsonObject json(InboundRules rules) {
        if (rules.equals(InboundRules.NONE)) {
            return NONE;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        Fallback fallback = rules.fallback();
        json.add("fallback", fallback == null ? JsonValue.NULL
                : JSON.createObjectBuilder().add(fallback.kind().apiName(), fallback.target()).build());
        BusinessHours hours = rules.businessHours();
        if (hours == null) {
            json.add("businessHours", JsonValue.NULL);
        } else {
            JsonArrayBuilder open = JSON.createArrayBuilder();
            for (OpeningHours period : hours.open()) {
                JsonArrayBuilder days = JSON.createArrayBuilder();
                EnumSet.copyOf(period.days()).forEach(day -> days.add(day.name().substring(0, 3).toLowerCase(Locale.ROOT)));
                open.add(JSON.createObjectBuilder().add("days", days)
                        .add("from", OpeningHours.clock(period.from())).add("to", OpeningHours.clock(period.to())));
            }
            JsonObjectBuilder shown = JSON.createObjectBuilder().add("timeZone", hours.timeZone().getId()).add("open", open);
            shown.add("closedMessage", hours.closedMessage() == null ? JsonValue.NULL : JSON.createValue(hours.closedMessage()));
            json.add("businessHours", shown);
        }
        JsonArrayBuilder blocked = JSON.createArrayBuilder();
        rules.blockedCallers().sorted().forEach(blocked::add);
        return json.add("blockedCallers", blocked).build();
    }

    /**
     * Applies {@code change} (a JSON object, or {@code null} to remove every rule) onto {@code current}.
     *
     * @param prefix how the change is named in the request, such as {@code inbound}
     * @param own the number the rules are for, which its fallback may not ring; {@code null} if not known
     */
    public static Outcome apply(InboundRules current, JsonValue change, String prefix, E164Number own) {
        return new InboundRulesJson(prefix, own).applied(current, change);
    }

    private Outcome applied(InboundRules current, JsonValue change) {
        if (change == null || change.getValueType() == JsonValue.ValueType.NULL) {
            return new Outcome(InboundRules.NONE, List.of());
        }
        JsonObject object = object(change, prefix);
        if (object == null) {
            return new Outcome(current, List.copyOf(mistakes));
        }
        unknownFields(object, FIELDS, prefix);
        InboundRules rules = current;
        if (object.containsKey("fallback")) {
            rules = rules.withFallback(fallback(object.get("fallback")));
        }
        String closedMessage = closedMessage(object, prefix, rules.businessHours());
        if (object.containsKey("businessHours")) {
            rules = rules.withBusinessHours(businessHours(object.get("businessHours"), closedMessage));
        } else if (object.containsKey("closedMessage")) {
            rules = rules.withBusinessHours(rules.businessHours() == null ? null : withMessage(rules.businessHours(), closedMessage));
            if (current.businessHours() == null && closedMessage != null) {
                mistake(prefix + ".closedMessage", "is heard outside business hours: give businessHours too");
            }
        }
        if (object.containsKey("blockedCallers")) {
            rules = rules.withBlockedCallers(blockedCallers(object.get("blockedCallers")));
        }
        return mistakes.isEmpty() ? new Outcome(rules, List.of()) : new Outcome(current, List.copyOf(mistakes));
    }

    private Fallback fallback(JsonValue value) {
        String field = prefix + ".fallback";
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonObject object = object(value, field);
        if (object == null) {
            return null;
        }
        unknownFields(object, Set.of("phoneNumber", "sipUri"), field);
        if (object.containsKey("phoneNumber") == object.containsKey("sipUri")) {
            mistake(field, "give exactly one of phoneNumber and sipUri");
            return null;
        }
        if (object.containsKey("phoneNumber")) {
            String number = text(object.get("phoneNumber"), field + ".phoneNumber");
            Fallback fallback = number == null ? null : valid(field + ".phoneNumber", () -> Fallback.phoneNumber(number));
            if (fallback != null && own != null && fallback.rings(own)) {
                mistake(field + ".phoneNumber", "may not be the number itself: calls would go round in a loop");
            }
            return fallback;
        }
        String uri = text(object.get("sipUri"), field + ".sipUri");
        return uri == null ? null : valid(field + ".sipUri", () -> Fallback.sipUri(uri));
    }

    private BusinessHours businessHours(JsonValue value, String closedMessage) {
        String field = prefix + ".businessHours";
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonObject object = object(value, field);
        if (object == null) {
            return null;
        }
        unknownFields(object, HOURS_FIELDS, field);
        String zoneName = object.containsKey("timeZone") ? text(object.get("timeZone"), field + ".timeZone") : null;
        if (!object.containsKey("timeZone")) {
            mistake(field + ".timeZone", "a time zone such as Europe/Berlin is required");
        }
        ZoneId zone = zoneName == null ? null : valid(field + ".timeZone", () -> BusinessHours.zone(zoneName));
        List<OpeningHours> open = new ArrayList<>();
        JsonValue periods = object.get("open");
        if (periods == null || periods.getValueType() != JsonValue.ValueType.ARRAY || periods.asJsonArray().isEmpty()) {
            mistake(field + ".open", "name at least one period, such as {\"days\": [\"mon\"], \"from\": \"08:00\", \"to\": \"18:00\"}");
        } else {
            JsonArray array = periods.asJsonArray();
            boolean whole = true;
            for (int i = 0; i < array.size(); i++) {
                OpeningHours period = period(array.get(i), field + ".open[" + i + "]");
                whole &= period != null;
                if (period != null) {
                    open.add(period);
                }
            }
            if (!whole) {
                open.clear();
            }
        }
        if (zone == null || open.isEmpty()) {
            return null;
        }
        return valid(field + ".open", () -> new BusinessHours(zone, open, closedMessage));
    }

    private OpeningHours period(JsonValue value, String field) {
        JsonObject object = object(value, field);
        if (object == null) {
            return null;
        }
        unknownFields(object, PERIOD_FIELDS, field);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        JsonValue dayList = object.get("days");
        boolean daysRead = true;
        if (dayList == null || dayList.getValueType() != JsonValue.ValueType.ARRAY || dayList.asJsonArray().isEmpty()) {
            mistake(field + ".days", "name at least one day: mon, tue, wed, thu, fri, sat, sun");
            daysRead = false;
        } else {
            JsonArray array = dayList.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String name = text(array.get(i), field + ".days[" + i + "]");
                DayOfWeek day = name == null ? null : valid(field + ".days[" + i + "]", () -> OpeningHours.day(name));
                daysRead &= day != null;
                if (day != null) {
                    days.add(day);
                }
            }
        }
        Integer from = time(object, "from", field);
        Integer to = time(object, "to", field);
        if (!daysRead || from == null || to == null) {
            return null;
        }
        return valid(field, () -> new OpeningHours(days, from, to));
    }

    private Integer time(JsonObject object, String name, String field) {
        if (!object.containsKey(name)) {
            mistake(field + "." + name, "a time of day as HH:MM is required");
            return null;
        }
        String text = text(object.get(name), field + "." + name);
        return text == null ? null : valid(field + "." + name, () -> OpeningHours.minutes(text));
    }

    private String closedMessage(JsonObject change, String field, BusinessHours current) {
        JsonValue hours = change.get("businessHours");
        if (hours != null && hours.getValueType() == JsonValue.ValueType.OBJECT && hours.asJsonObject().containsKey("closedMessage")) {
            return message(hours.asJsonObject().get("closedMessage"), field + ".businessHours.closedMessage");
        }
        if (change.containsKey("closedMessage")) {
            return message(change.get("closedMessage"), field + ".closedMessage");
        }
        return current == null ? null : current.closedMessage();
    }

    private String message(JsonValue value, String field) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = text(value, field);
        return text == null ? null : valid(field, () -> BusinessHours.message(text));
    }

    private static BusinessHours withMessage(BusinessHours hours, String message) {
        return new BusinessHours(hours.timeZone(), hours.open(), message);
    }

    private BlockedCallers blockedCallers(JsonValue value) {
        String field = prefix + ".blockedCallers";
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return BlockedCallers.NONE;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            mistake(field, "must be a list of numbers or prefixes in E.164 form, such as [\"+1900\"]");
            return null;
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > BlockedCallers.MOST) {
            mistake(field, "at most " + BlockedCallers.MOST + " numbers or prefixes, not " + array.size());
            return null;
        }
        Set<String> entries = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String entryField = field + "[" + i + "]";
            String text = text(array.get(i), entryField);
            String entry = text == null ? null : valid(entryField, () -> BlockedCallers.entry(text));
            if (entry != null) {
                entries.add(entry);
            }
        }
        return BlockedCallers.of(entries);
    }

    private JsonObject object(JsonValue value, String field) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            mistake(field, "must be an object");
            return null;
        }
        return value.asJsonObject();
    }

    private String text(JsonValue value, String field) {
        if (!(value instanceof JsonString string)) {
            mistake(field, "must be a string");
            return null;
        }
        return string.getString();
    }

    private void unknownFields(JsonObject object, Set<String> known, String field) {
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!known.contains(entry.getKey())) {
                mistake(field + "." + entry.getKey(), "is not a field of this request");
            }
        }
    }

    private <T> T valid(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | DomainException refused) {
            mistake(field, refused.getMessage());
            return null;
        }
    }

    private void mistake(String field, String message) {
        mistakes.add(new Mistake(field, message));
    }
}
