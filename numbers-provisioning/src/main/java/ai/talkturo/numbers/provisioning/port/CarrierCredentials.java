package ai.talkturo.numbers.provisioning.port;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A customer's credentials for their own account at a carrier, by the names the carrier uses ({@code accountSid}
 * and {@code authToken} at Twilio, {@code apiKey} at Telnyx and in the sandbox). Never printed: {@link #toString()}
 * names the fields only.
 */
public record CarrierCredentials(Map<String, String> values) {

    public CarrierCredentials {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** The value of one credential, or {@code null} when it was not given. */
    public String value(String name) {
        return values.get(name);
    }

    @Override
    public String toString() {
        return "CarrierCredentials" + new TreeMap<>(values).keySet();
    }
}
