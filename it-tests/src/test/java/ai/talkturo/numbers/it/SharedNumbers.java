package ai.talkturo.numbers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One Numbers server for the test classes that need nothing of a server of their own: the first of them to ask
 * starts it, the others of the run use it, and it stops when the tests end. A start of Payara Micro is most of what
 * a test class costs; these classes already share the run's database, and each works in accounts of its own.
 *
 * <p>Its settings are the voice webhooks' ({@link VoiceWebhooks#settings}, trusting {@link #TELNYX_KEYS}), a sandbox
 * that answers orders and calls in 0.2 s, 20 calls a second, partner webhooks only at public addresses, and what
 * every test server has ({@link NumbersWar#withTestDefaults}).
 */
final class SharedNumbers {

    /** The Telnyx key pair whose public half the shared server trusts. */
    static final KeyPair TELNYX_KEYS = VoiceWebhooks.telnyxKeys();

    private static NumbersServer server;

    private SharedNumbers() {
    }

    /** The address of the shared server, started now if no class has asked before. */
    static synchronized URL url() {
        try {
            if (server == null) {
                server = started();
            }
            return server.base().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NumbersServer started() {
        Map<String, String> settings = new HashMap<>(VoiceWebhooks.settings(TELNYX_KEYS));
        settings.put("numbers.sandbox.latency", "PT0.2S");
        settings.put("numbers.calls.max-per-second", "20");
        // no class that shares registers a partner webhook on this machine, and HardeningIT checks the refusal
        settings.put("numbers.partner-webhooks.allow-private", "false");
        Map<String, String> environment = new HashMap<>();
        NumbersWar.withTestDefaults(settings).forEach((key, value) ->
                environment.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        environment.put("NUMBERS_ADMIN_API_KEY", Api.OPERATOR_KEY);
        environment.put("NUMBERS_ADMIN_PASSWORD", System.getenv().getOrDefault("NUMBERS_ADMIN_PASSWORD", "it-admin-password"));
        try {
            Path workDir = Files.createDirectories(Path.of("target", "shared-numbers").toAbsolutePath());
            NumbersServer shared = new NumbersServer("shared", Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("numbers.war")), workDir, environment);
            shared.start();
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shared server started", e);
        }
    }
}
