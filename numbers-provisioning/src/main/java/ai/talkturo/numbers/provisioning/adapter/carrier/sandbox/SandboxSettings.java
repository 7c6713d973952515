package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sandbox behaves: how long an order takes ({@code numbers.sandbox.latency}) and which share of orders
 * fails ({@code numbers.sandbox.failure-rate}, 0 for none, 1 for all).
 */
record SandboxSettings(Duration latency, double failureRate) {

    public SandboxSettings {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("numbers.sandbox.latency cannot be negative: " + latency);
        }
        if (!(failureRate >= 0 && failureRate <= 1)) {
            throw new IllegalArgumentException("numbers.sandbox.failure-rate must be from 0 to 1: " + failureRate);
        }
    }
}
