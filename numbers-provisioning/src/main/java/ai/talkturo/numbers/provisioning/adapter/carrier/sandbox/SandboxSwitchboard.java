package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox carrier's calls, free of the container. A call goes from a number the sandbox sold; it rings after a
 * quarter of {@link SandboxSettings#latency()}, is answered after half of it, and ends when the latency is up. How it
 * ends depends on the number called, so that tests and demonstrations can ask for each ending:
 * <ul>
 *     <li>a number ending in {@code 0000} is {@code busy};</li>
 *     <li>one ending in {@code 0001} does not answer ({@code no-answer});</li>
 *     <li>one ending in {@code 0002} does not exist ({@code failed});</li>
 *     <li>one ending in {@code 0003} is answered by a machine (a voicemail box), which the sandbox always tells
 *     apart from a person: its answer and its end are reported as answered by a machine;</li>
 *     <li>any other is answered and {@code completed}, unless the {@link SandboxSettings#failureRate()} draw fails it.</li>
 * </ul>
 * Each status is reported, as a {@link CallProgress}, when it is reached; a report the server did not live to send
 * is sent by {@link #reportEndedCalls()}.
 */
final class SandboxSwitchboard {

    /** Runs a task after a delay. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private static final Logger LOG = Logger.getLogger(SandboxSwitchboard.class.getName());
    private static final List<String> FAILURES = List.of(
            "The called network rejected the call (sandbox: simulated congestion); try again later.",
            "The call could not be routed to the destination (sandbox: simulated routing failure).");

    /** The ending of numbers a machine answers. */
    static final String MACHINE = "0003";

    private final SandboxCalls calls;
    private final SandboxOrders orders;
    private final SandboxSettings settings;
    private final Clock clock;
    private final DoubleSupplier chance;
    private final Scheduler scheduler;
    private final Consumer<CallProgress> reports;

    public SandboxSwitchboard(SandboxCalls calls, SandboxOrders orders, SandboxSettings settings, Clock clock,
                              DoubleSupplier chance, Scheduler scheduler, Consumer<CallProgress> reports) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chance = Objects.requireNonNull(chance, "chance");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /** Places the call and answers at once with its id ({@code SC} and 32 hexadecimal digits), {@code queued}. */
    public PlacedCall dial(CallRequest request) {
        boolean ours = orders.byNumber(request.from())
                .map(order -> order.status() == SandboxOrder.Status.ORDERED && !clock.instant().isBefore(order.completesAt()))
                .orElse(false);
        if (!ours) {
            return PlacedCall.refused(request.from() + " is not a number of the sandbox carrier's account, so it cannot "
                    + "be the caller ID; call out with a number bought from the sandbox");
        }
        return place(request);
    }

    /** Places a call whose caller ID the caller has checked already, such as a number of a customer's own account. */
    public PlacedCall place(CallRequest request) {
        Instant now = clock.instant();
        Duration latency = settings.latency();
        CallStatus outcome = outcomeFor(request.to());
        String reason = outcome == CallStatus.COMPLETED ? null : reasonFor(outcome, request.to());
        SandboxCall call = new SandboxCall(newCarrierCallId(), request.reference(), request.from(), request.to(), outcome,
                reason, now, now.plus(latency.dividedBy(4)),
                outcome == CallStatus.COMPLETED ? now.plus(latency.dividedBy(2)) : null, now.plus(latency),
                CallStatus.QUEUED);
        calls.add(call);
        reportLater(call, CallStatus.RINGING, Duration.between(now, call.ringsAt()));
        if (call.answersAt() != null) {
            reportLater(call, CallStatus.IN_PROGRESS, Duration.between(now, call.answersAt()));
        }
        reportLater(call, outcome, latency);
        return PlacedCall.accepted(call.carrierCallId(), CallStatus.QUEUED);
    }

    private void reportLater(SandboxCall call, CallStatus status, Duration delay) {
        scheduler.schedule(() -> {
            try {
                report(call.carrierCallId(), status);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "reporting " + call.carrierCallId() + " as " + status.apiName()
                        + " failed; its end is reported again later", e);
            }
        }, delay);
    }

    /** Reports the end of every call that ended without its end being reported (the server stopped meanwhile). */
    public int reportEndedCalls() {
        int reported = 0;
        for (SandboxCall call : calls.endedUnreported(clock.instant(), 200)) {
            report(call.carrierCallId(), call.outcome());
            reported++;
        }
        return reported;
    }

    /**
     * Tells the product that the call reached {@code status}, unless a later status was told already, then notes it:
     * a report is told at least once, and told twice only if the server stops in between, which the product shrugs off.
     * The end of an answered call whose answer was not told yet (its report came late, or the server stopped) is
     * told after the answer, as a carrier that saw the whole call would.
     */
    void report(String carrierCallId, CallStatus status) {
        SandboxCall call = calls.byCarrierCallId(carrierCallId).orElse(null);
        if (call == null || !call.reported().canMoveTo(status)) {
            return;
        }
        boolean answerUntold = call.answersAt() != null && call.reported().canMoveTo(CallStatus.IN_PROGRESS);
        if (status == CallStatus.COMPLETED && answerUntold) {
            tell(call, CallStatus.IN_PROGRESS, call.answersAt());
        }
        tell(call, status, clock.instant());
    }

    private void tell(SandboxCall call, CallStatus status, Instant at) {
        boolean machine = call.answersAt() != null && call.to().value().endsWith(MACHINE)
                && (status == CallStatus.IN_PROGRESS || status == CallStatus.COMPLETED);
        reports.accept(new CallProgress(call.reference(), SandboxExchange.NAME, call.carrierCallId(), status,
                status.isFinal() ? call.failureReason() : null, at, machine));
        calls.reported(call.carrierCallId(), status);
    }

    private CallStatus outcomeFor(E164Number to) {
        String number = to.value();
        if (number.endsWith("0000")) {
            return CallStatus.BUSY;
        }
        if (number.endsWith("0001")) {
            return CallStatus.NO_ANSWER;
        }
        if (number.endsWith("0002")) {
            return CallStatus.FAILED;
        }
        return chance.getAsDouble() < settings.failureRate() ? CallStatus.FAILED : CallStatus.COMPLETED;
    }

    private String reasonFor(CallStatus outcome, E164Number to) {
        return switch (outcome) {
            case BUSY -> to + " was busy.";
            case NO_ANSWER -> "Nobody answered " + to + ".";
            default -> to.value().endsWith("0002")
                    ? to + " does not exist (sandbox: numbers ending in 0002 are not in service)."
                    : FAILURES.get(Math.min((int) (chance.getAsDouble() * FAILURES.size()), FAILURES.size() - 1));
        };
    }

    private static String newCarrierCallId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "SC" + HexFormat.of().formatHex(bytes);
    }
}
