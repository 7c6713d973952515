package ai.talkturo.numbers.routing;

import java.time.Duration;
import java.time.Instant;

/** Where each carrier's next free slot for a call is kept: in the database, so that a cluster shares one rate. */
public interface CarrierSlots {

    /**
     * Reserves the carrier's next slot: the later of {@code now} and the slot after the last one reserved, which
     * then moves {@code interval} further on; answers the reserved slot. Reserving is atomic across the cluster.
     */
    Instant reserve(String carrier, Instant now, Duration interval);
}
