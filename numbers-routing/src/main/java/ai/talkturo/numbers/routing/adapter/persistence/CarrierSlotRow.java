package ai.talkturo.numbers.routing.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A row of {@code carrier_slots}: a carrier's next free slot for a call. */
@Entity
@Table(name = "carrier_slots")
public class CarrierSlotRow {

    @Id
    private String carrier;
    @Column(name = "next_slot_micros")
    private Long nextSlotMicros;

    protected CarrierSlotRow() {
    }

    CarrierSlotRow(String carrier) {
        this.carrier = carrier;
    }

    /** Takes the next slot, not before {@code now}; the one after it comes {@code interval} later. */
    Instant take(Instant now, Duration interval) {
        Instant next = nextSlotMicros == null ? null : Instant.EPOCH.plus(nextSlotMicros, ChronoUnit.MICROS);
        Instant slot = next == null || next.isBefore(now) ? now : next;
        nextSlotMicros = ChronoUnit.MICROS.between(Instant.EPOCH, slot.plus(interval));
        return slot;
    }
}
