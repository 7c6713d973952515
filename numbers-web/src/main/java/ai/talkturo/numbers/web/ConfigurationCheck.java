package ai.talkturo.numbers.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads every setting of Numbers before anything else runs, and stops the deployment with one clear message naming
 * each wrong one: a server that comes up half configured would answer its callers' requests with a fault of its own
 * settings. It runs as CDI starts, before the container converts the settings injected with {@code @ConfigProperty},
 * which would otherwise stop at the first wrong one with a message of its own. Every default is in
 * {@code META-INF/microprofile-config.properties}, and only there.
 */
public class ConfigurationCheck implements Extension {

    private static final Logger LOG = Logger.getLogger(ConfigurationCheck.class.getName());
    private static final List<String> POSITIVE_DURATIONS = List.of("numbers.trial.duration",
            "numbers.purchase.reconcile-after", "numbers.calls.interrupted-after", "numbers.calls.silence-limit",
            "numbers.partner-webhooks.first-retry", "numbers.partner-webhooks.longest-wait",
            "numbers.partner-webhooks.give-up-after", "numbers.partner-webhooks.timeout", "numbers.routing.poll-interval",
            "numbers.routing.gap-timeout", "numbers.routing.change-log-retention", "numbers.routing.max-lag",
            "numbers.twilio.connect-timeout", "numbers.twilio.read-timeout", "numbers.telnyx.connect-timeout",
            "numbers.telnyx.read-timeout", "numbers.jobs.beat", "numbers.jobs.release-retry");
    private static final List<String> WEB_ADDRESSES = List.of("numbers.public-base-url", "numbers.twilio.base-url",
            "numbers.telnyx.base-url");

    void check(@Observes BeforeBeanDiscovery starting) {
        Config config = ConfigProvider.getConfig(ConfigurationCheck.class.getClassLoader());
        List<String> problems = problemsOf(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            String message = "Numbers does not start: " + String.join("; ", problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /** What is wrong with the settings {@code settings} gives by name (empty for one not given). */
    static List<String> problemsOf(Function<String, Optional<String>> settings) {
        Checks checks = new Checks(settings);
        String carrier = checks.text("numbers.carrier").orElse("");
        if (!carrier.isEmpty()) {
            checks.require("numbers.carrier", carrier, Set.of("sandbox", "twilio", "telnyx")::contains,
                    "must be sandbox, twilio or telnyx");
        }
        if (carrier.equals("twilio")) {
            checks.required("numbers.twilio.account-sid");
            checks.required("numbers.twilio.auth-token");
        }
        if (carrier.equals("telnyx")) {
            checks.required("numbers.telnyx.api-key");
            checks.required("numbers.telnyx.connection-id");
        }
        checks.text("numbers.telnyx.public-key").ifPresent(key -> checks.require("numbers.telnyx.public-key", key,
                ConfigurationCheck::isBase64Of32Bytes, "must be the Base64 of Telnyx's 32-byte public key"));
        checks.text("numbers.secrets.key").ifPresent(key -> checks.require("numbers.secrets.key", key,
                ConfigurationCheck::isBase64Of32Bytes, "must be the Base64 of 32 random bytes (openssl rand -base64 32)"));
        WEB_ADDRESSES.forEach(name -> checks.text(name).ifPresent(value -> checks.require(name, value,
                text -> isAddress(text, Set.of("http", "https")), "must be an absolute http or https URL")));
        checks.text("numbers.assistant-stream-url").ifPresent(value -> checks.require("numbers.assistant-stream-url", value,
                text -> isAddress(text.replace("{assistantId}", "x"), Set.of("ws", "wss", "http", "https")),
                "must be an absolute ws, wss, http or https URL"));
        checks.text("numbers.db.url").ifPresent(value -> checks.require("numbers.db.url", value,
                text -> text.startsWith("jdbc:mysql:") || text.startsWith("jdbc:h2:"), "must be a jdbc:mysql: or jdbc:h2: URL"));
        POSITIVE_DURATIONS.forEach(name -> checks.duration(name, false));
        checks.duration("numbers.sandbox.latency", true);
        checks.duration("numbers.api.key-cache", true);
        checks.number("numbers.sandbox.failure-rate", rate -> rate >= 0 && rate <= 1, "must be from 0 to 1");
        checks.number("numbers.calls.max-per-second", rate -> rate > 0, "must be more than 0");
        checks.number("numbers.api.rate-limit", rate -> rate >= 1 && rate == Math.floor(rate), "must be a whole number, at least 1");
        return checks.problems;
    }

    private static boolean isBase64Of32Bytes(String text) {
        try {
            return Base64.getDecoder().decode(text.strip()).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static boolean isAddress(String text, Set<String> schemes) {
        try {
            URI address = new URI(text.strip());
            return address.getScheme() != null && schemes.contains(address.getScheme().toLowerCase(Locale.ROOT)) && address.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The settings read so far and what is wrong with them. */
    private static final class Checks {

        final Function<String, Optional<String>> settings;
        final List<String> problems = new ArrayList<>();

        Checks(Function<String, Optional<String>> settings) {
            this.settings = settings;
        }

        Optional<String> text(String name) {
            return settings.apply(name).filter(value -> !value.isBlank());
        }

        void required(String name) {
            if (text(name).isEmpty()) {
                problems.add(name + " is required for this carrier");
            }
        }

        <T> void require(String name, T value, Predicate<T> right, String rule) {
            if (!right.test(value)) {
                problems.add(name + " " + rule + ", not \"" + value + "\"");
            }
        }

        void duration(String name, boolean zeroAllowed) {
            text(name).ifPresent(value -> {
                try {
                    Duration duration = Duration.parse(value.strip());
                    if (duration.isNegative() || (!zeroAllowed && duration.isZero())) {
                        problems.add(name + " must be " + (zeroAllowed ? "zero or more" : "more than zero") + ", not " + value);
                    }
                } catch (DateTimeParseException e) {
                    problems.add(name + " must be an ISO-8601 duration such as PT2M, not \"" + value + "\"");
                }
            });
        }

        void number(String name, Predicate<Double> right, String rule) {
            text(name).ifPresent(value -> {
                try {
                    require(name, Double.parseDouble(value.strip()), right, rule);
                } catch (NumberFormatException e) {
                    problems.add(name + " must be a number, not \"" + value + "\"");
                }
            });
        }
    }
}
