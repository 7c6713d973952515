package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.number.BusinessHours;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.OpeningHours;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.ChangeInboundRules;
import ai.talkturo.numbers.provisioning.InboundRulesJson;
import ai.talkturo.numbers.provisioning.ReadNumbers;
import ai.talkturo.numbers.routing.InboundAnswer;
import ai.talkturo.numbers.routing.InboundDecision;
import ai.talkturo.numbers.routing.RouteInboundCall;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Calls panel of one number: where calls go when the assistant cannot take them, the hours the number takes
 * calls, the callers it rejects, and what a call right now would do. One weekly period of hours is edited here;
 * the API takes several.
 */
@Named
@ViewScoped
public class InboundRulesBacking implements Serializable {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    @Inject
    SignedIn signedIn;
    @Inject
    ReadNumbers readNumbers;
    @Inject
    ChangeInboundRules changeInboundRules;
    @Inject
    RouteInboundCall routing;

    private String phoneNumberId;
    private String display;
    private String fallback = "";
    private boolean hoursSet;
    private String timeZone = "UTC";
    private List<String> days = new ArrayList<>(DAYS.subList(0, 5));
    private String from = "09:00";
    private String to = "17:00";
    private String closedMessage = "";
    private int periods;
    private String blockedCallers = "";
    private String rightNow = "";
    private List<String> mistakes = List.of();

    public void open(NumberView number) {
        PhoneNumber held = readNumbers.find(signedIn.accountId(), number.getId());
        phoneNumberId = held.id();
        display = number.getDisplay();
        show(held.inboundRules());
        mistakes = List.of();
        rightNow = rightNow(held);
        Notices.run("numbersConsole.openDialog('calls-dialog')");
    }

    public void save() {
        if (phoneNumberId == null) {
            return;
        }
        List<String> found = new ArrayList<>();
        try {
            PhoneNumber changed = changeInboundRules.change(signedIn.accountId(), phoneNumberId, current -> {
                InboundRulesJson.Outcome outcome = InboundRulesJson.apply(current.inboundRules(), change(), "inbound",
                        current.number());
                outcome.mistakes().forEach(mistake -> found.add(label(mistake.field()) + ": " + mistake.message()));
                if (!outcome.isValid()) {
                    throw new InvalidValue("the rules are not valid");
                }
                return outcome.rules();
            });
            mistakes = List.of();
            show(changed.inboundRules());
            rightNow = rightNow(changed);
            Notices.done("Calls to " + display + ": " + rightNow);
        } catch (RuntimeException refused) {
            if (found.isEmpty()) {
                Notices.refused(refused);
            }
            mistakes = List.copyOf(found);
        }
    }

    private JsonValue change() {
        JsonObjectBuilder inbound = Json.createObjectBuilder();
        String target = fallback == null ? "" : fallback.trim();
        inbound.add("fallback", target.isEmpty() ? JsonValue.NULL
                : Json.createObjectBuilder().add(target.startsWith("sip") ? "sipUri" : "phoneNumber", target).build());
        if (hoursSet) {
            JsonArrayBuilder chosen = Json.createArrayBuilder();
            days.forEach(chosen::add);
            JsonObjectBuilder hours = Json.createObjectBuilder().add("timeZone", timeZone == null ? "" : timeZone.trim())
                    .add("open", Json.createArrayBuilder().add(Json.createObjectBuilder().add("days", chosen)
                            .add("from", from == null ? "" : from.trim()).add("to", to == null ? "" : to.trim())));
            String message = closedMessage == null ? "" : closedMessage.trim();
            hours.add("closedMessage", message.isEmpty() ? JsonValue.NULL : Json.createValue(message));
            inbound.add("businessHours", hours);
        } else {
            inbound.add("businessHours", JsonValue.NULL);
        }
        JsonArrayBuilder blocked = Json.createArrayBuilder();
        Arrays.stream((blockedCallers == null ? "" : blockedCallers).split("[\\s,;]+"))
                .filter(entry -> !entry.isEmpty()).forEach(blocked::add);
        return inbound.add("blockedCallers", blocked).build();
    }

    private void show(InboundRules rules) {
        fallback = rules.fallback() == null ? "" : rules.fallback().target();
        BusinessHours hours = rules.businessHours();
        hoursSet = hours != null;
        periods = hours == null ? 0 : hours.open().size();
        if (hours != null) {
            OpeningHours first = hours.open().get(0);
            timeZone = hours.timeZone().getId();
            days = EnumSet.copyOf(first.days()).stream().map(InboundRulesBacking::dayName).collect(Collectors.toList());
            from = OpeningHours.clock(first.from());
            to = OpeningHours.clock(first.to());
            closedMessage = hours.closedMessage() == null ? "" : hours.closedMessage();
        }
        blockedCallers = String.join("\n", rules.blockedCallers().sorted());
    }

    private String rightNow(PhoneNumber number) {
        InboundDecision decision = routing.decide(number.number().value(), null, null);
        InboundAnswer answer = decision.answer();
        if (answer instanceof InboundAnswer.Connect connect) {
            return "the assistant answers" + (connect.fallback() == null ? "." : "; if it cannot, the call goes on to "
                    + connect.fallback().target() + ".");
        }
        if (answer instanceof InboundAnswer.Dial dial) {
            return "the call goes to " + dial.fallback().target() + " (" + decision.reason() + ").";
        }
        if (answer instanceof InboundAnswer.SayAndHangUp say) {
            return "the caller hears \u201c" + say.message() + "\u201d and is hung up on.";
        }
        return "the call is rejected (" + decision.reason() + ").";
    }

    private static String label(String field) {
        if (field.startsWith("inbound.fallback")) {
            return "Fallback";
        }
        if (field.startsWith("inbound.businessHours.timeZone")) {
            return "Time zone";
        }
        if (field.startsWith("inbound.businessHours.closedMessage")) {
            return "Closed message";
        }
        if (field.startsWith("inbound.businessHours")) {
            return "Opening hours";
        }
        return field.startsWith("inbound.blockedCallers") ? "Blocked callers" : field;
    }

    private static String dayName(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /** The days offered, as the API names them. */
    public List<String> getDayChoices() {
        return DAYS;
    }

    /** The label of a day: {@code Mon} for {@code mon}. */
    public String dayLabel(String day) {
        return Character.toUpperCase(day.charAt(0)) + day.substring(1);
    }

    /** The time zones to choose from, regions first. */
    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/")
                        && !zone.startsWith("SystemV/")).sorted().collect(Collectors.toCollection(() -> new ArrayList<>(List.of("UTC"))));
    }

    public String getDisplay() {
        return display;
    }

    public String getFallback() {
        return fallback;
    }

    public void setFallback(String fallback) {
        this.fallback = fallback;
    }

    public boolean isHoursSet() {
        return hoursSet;
    }

    public void setHoursSet(boolean hoursSet) {
        this.hoursSet = hoursSet;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getClosedMessage() {
        return closedMessage;
    }

    public void setClosedMessage(String closedMessage) {
        this.closedMessage = closedMessage;
    }

    /** Whether the number has more periods of hours than this panel edits (set through the API). */
    public boolean isMorePeriods() {
        return periods > 1;
    }

    public int getPeriods() {
        return periods;
    }

    public String getBlockedCallers() {
        return blockedCallers;
    }

    public void setBlockedCallers(String blockedCallers) {
        this.blockedCallers = blockedCallers;
    }

    public String getRightNow() {
        return rightNow;
    }

    public List<String> getMistakes() {
        return mistakes;
    }
}
