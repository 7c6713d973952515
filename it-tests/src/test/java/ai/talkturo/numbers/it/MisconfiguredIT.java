package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server given wrong settings does not come up half configured: it says which ones, and serves nothing. */
class MisconfiguredIT {

    @Test
    void wrongSettingsStopTheStartWithOneMessageNamingEach() throws Exception {
        Path workDir = Path.of("target", "misconfigured-it").toAbsolutePath();
        Files.createDirectories(workDir);
        NumbersServer server = new NumbersServer("misconfigured", Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("numbers.war")), workDir, Map.of(
                        "NUMBERS_DB_URL", FreshDatabase.url("misconfigured"),
                        "NUMBERS_DB_USER", FreshDatabase.user(),
                        "NUMBERS_DB_PASSWORD", FreshDatabase.password(),
                        "NUMBERS_TRIAL_DURATION", "five days",
                        "NUMBERS_CALLS_MAX_PER_SECOND", "0",
                        "NUMBERS_CARRIER", "vonage"));
        try {
            server.launch();
            assertThat(server.awaitLog("Numbers does not start:", Duration.ofMinutes(3))).as("see %s", server.log()).isTrue();
            String log = Files.readString(server.log());
            assertThat(log).contains("numbers.trial.duration must be an ISO-8601 duration", "numbers.calls.max-per-second",
                    "numbers.carrier must be sandbox, twilio or telnyx");

            Api api = new Api(server.base().toURL());
            Api.await("the server answering at all", Duration.ofMinutes(2), () -> {
                try {
                    return api.get("health", null).status() > 0;
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
            assertThat(api.get("api/countries", "any-key").status()).as("nothing of Numbers is served").isNotEqualTo(200);
            assertThat(StoredRows.countIn(FreshDatabase.url("misconfigured"),
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")).as("no schema made")
                    .isZero();
        } finally {
            server.stop();
        }
    }
}
