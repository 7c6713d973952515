package ai.talkturo.numbers.web.partners.port;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.call.CallStatusChanged;
import ai.talkturo.numbers.domain.compliance.ProfileStatusChanged;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event for a partner's webhook. Its body, {@code {"id", "type", "createdAt", "data"}}, is written once and sent
 * unchanged on every attempt, so its {@code id} lets the partner drop a repeated delivery.
 */
public record PartnerEvent(String id, String accountId, EventType type, Instant createdAt, JsonObject data) {

    public PartnerEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(data, "data");
    }

    /**
     * What a partner hears of a number's change: {@code number.status_changed} when its status moved from one to
     * another, and {@code number.released} as well when it was released. Being ordered, being assigned or ending a
     * trial tells nothing.
     */
    public static List<EventType> typesFor(NumberChanged change) {
        List<EventType> types = new ArrayList<>(2);
        if (change.previousStatus() != null && change.previousStatus() != change.status()) {
            types.add(EventType.NUMBER_STATUS_CHANGED);
        }
        if (change.status() == NumberStatus.RELEASED && change.previousStatus() != NumberStatus.RELEASED) {
            types.add(EventType.NUMBER_RELEASED);
        }
        return types;
    }

    /** The events of {@link #typesFor} for this change, {@code number} being the number once changed. */
    public static List<PartnerEvent> about(NumberChanged change, PhoneNumber number, Clock clock) {
        JsonObject data = NumberData.after(change, number).json();
        return typesFor(change).stream()
                .map(type -> new PartnerEvent(Identifiers.next("evt", clock), change.accountId(), type,
                        change.occurredAt(), data))
                .toList();
    }

    /** {@code call.status_changed} when an outbound call moved from one status to another; empty otherwise. */
    public static Optional<PartnerEvent> about(CallStatusChanged change, Clock clock) {
        if (change.previousStatus() == null || change.previousStatus() == change.status()) {
            return Optional.empty();
        }
        return Optional.of(new PartnerEvent(Identifiers.next("evt", clock), change.accountId(),
                EventType.CALL_STATUS_CHANGED, change.occurredAt(), CallData.of(change)));
    }

    /** {@code compliance.status_changed} for a profile that was submitted, approved, rejected or expired. */
    public static PartnerEvent about(ProfileStatusChanged change, Clock clock) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("id", change.profileId())
                .add("accountId", change.accountId())
                .add("countryCode", change.countryCode())
                .add("numberType", change.numberType())
                .add("status", change.status().apiName())
                .add("previousStatus", change.previousStatus().apiName());
        addOrNull(data, "statusReason", change.statusReason());
        data.add("missing", Json.createArrayBuilder(change.missing()));
        return new PartnerEvent(Identifiers.next("evt", clock), change.accountId(), EventType.COMPLIANCE_STATUS_CHANGED,
                change.occurredAt(), data.build());
    }

    /** {@code number.trial_expiring} for a trial number whose expiry is near. */
    public static PartnerEvent trialExpiring(PhoneNumber number, Clock clock) {
        if (!number.trial() || number.expiresAt() == null) {
            throw new IllegalArgumentException(number + " is not a trial number");
        }
        return new PartnerEvent(Identifiers.next("evt", clock), number.accountId(), EventType.NUMBER_TRIAL_EXPIRING,
                clock.instant(), NumberData.of(number).json());
    }

    /** The JSON POSTed to the webhook. */
    public String body() {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("type", type.apiName())
                .add("createdAt", iso(createdAt))
                .add("data", data)
                .build()
                .toString();
    }

    static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    /** Instants as the API writes them: ISO-8601 UTC to the second. */
    static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
