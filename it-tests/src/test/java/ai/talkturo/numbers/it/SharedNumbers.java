package ai.talkturo.numbers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Numbers servers shared by the test classes whose settings are the same: the first of them to ask starts one, the
 * others of the run use it, and it stops when the tests end. A start of Payara Micro is most of what a test class
 * costs. Each shared server has a database of its own, and each class on it works in accounts of its own.
 *
 * <p>{@link #url()} is for the classes that need nothing of a server of their own: the voice webhooks' settings
 * ({@link VoiceWebhooks#settings}, trusting {@link #TELNYX_KEYS}), a sandbox that answers orders and calls in 0.2 s,
 * 20 calls a second and partner webhooks only at public addresses. {@link #forConsole()} is the console's: a sandbox
 * that takes 2 s, so that a browser sees a number purchasing, and a key for the secrets it keeps. Both have what
 * every test server has ({@link NumbersWar#withTestDefaults}).
 */
public final class SharedNumbers {

    /** The Telnyx key pair whose public half the shared server trusts. */
    static final KeyPair TELNYX_KEYS = VoiceWebhooks.telnyxKeys();

    private static final Map<String, NumbersServer> STARTED = new HashMap<>();

    private SharedNumbers() {
    }

    /** The address of the shared server, started now if no class has asked before. */
    public static URL url() {
        return url("api", UnaryOperator.identity(), () -> {
            Map<String, String> settings = new HashMap<>(VoiceWebhooks.settings(TELNYX_KEYS));
            settings.put("numbers.sandbox.latency", "PT0.2S");
            settings.put("numbers.sandbox.review-delay", "PT2S");
            settings.put("numbers.calls.max-per-second", "20");
            // no class that shares registers a partner webhook on this machine, and HardeningIT checks the refusal
            settings.put("numbers.partner-webhooks.allow-private", "false");
            return settings;
        });
    }

    /** The database of the shared server of {@link #url()}, for a test to read what it stored. */
    static String database() {
        return FreshDatabase.url("shared_api");
    }

    /** The address of the console's shared server, started now if no class has asked before. */
    public static URL forConsole() {
        // the console's tests sign people in some forty times: worth the optimising compiler's slower start
        return url("console", NumbersServer::compiledFully, () -> {
            byte[] secretsKey = new byte[32];
            new SecureRandom().nextBytes(secretsKey);
            return Map.of("numbers.sandbox.latency", "PT2S",
                    "numbers.sandbox.review-delay", "PT3S",
                    "numbers.secrets.key", Base64.getEncoder().encodeToString(secretsKey));
        });
    }

    private static synchronized URL url(String name, UnaryOperator<NumbersServer> shaped,
                                        Supplier<Map<String, String>> settings) {
        try {
            NumbersServer server = STARTED.get(name);
            if (server == null) {
                server = started(name, shaped, settings.get());
                STARTED.put(name, server);
            }
            return server.base().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NumbersServer started(String name, UnaryOperator<NumbersServer> shaped, Map<String, String> settings) {
        Map<String, String> own = new HashMap<>(settings);
        // a database of its own: it runs beside the servers of later classes, and instances on one database share
        // the timed jobs, so on the run's database it would do their partner deliveries and trial expiries its way
        own.put("numbers.db.url", FreshDatabase.url("shared_" + name));
        Map<String, String> environment = new HashMap<>();
        NumbersWar.withTestDefaults(own).forEach((key, value) ->
                environment.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        environment.put("NUMBERS_ADMIN_API_KEY", Api.OPERATOR_KEY);
        environment.put("NUMBERS_ADMIN_PASSWORD", System.getenv().getOrDefault("NUMBERS_ADMIN_PASSWORD", "it-admin-password"));
        try {
            // a directory for each of the run's test JVMs: each has shared servers of its own
            Path workDir = Files.createDirectories(
                    Path.of(System.getProperty("it.sharedServers", "target/shared-numbers")).toAbsolutePath());
            NumbersServer shared = shaped.apply(new NumbersServer(name, Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("numbers.war")), workDir, environment));
            shared.start();
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shared server " + name + " started", e);
        }
    }
}
