package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.call.CallStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sandbox's book of the calls it simulates, kept across restarts so that every call is reported to its end. */
public interface SandboxCalls {

    void add(SandboxCall call);

    Optional<SandboxCall> byCarrierCallId(String carrierCallId);

    /** Notes that {@code status} was reported, unless a later one was; answers whether this one is news. */
    boolean reported(String carrierCallId, CallStatus status);

    /** Calls that ended before {@code now} and whose end was not reported yet, the oldest first. */
    List<SandboxCall> endedUnreported(Instant now, int max);
}
