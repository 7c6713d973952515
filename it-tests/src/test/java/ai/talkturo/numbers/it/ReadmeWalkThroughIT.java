package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's walk-through, run as written: every {@code sh} block from "First steps" up to "Console", one after
 * another in one bash, against the built WAR started as the README says (the sandbox, a Twilio auth token
 * {@code dev-token}, a secrets key). Two things differ from a person at a terminal: {@code OP} is the operator key
 * this deployment was given instead of one pasted from the log, and {@code curl} reaches the deployment's port where
 * the commands say {@code localhost:8080}, and fails on an HTTP error, so that a command the API refuses fails the
 * walk-through.
 */
@ExtendWith(ArquillianExtension.class)
class ReadmeWalkThroughIT {

    private static final String OPERATOR_KEY = "nk_op_ReadmeWalkThroughOperatorKey0123456789";
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive numbers() {
        return NumbersWar.onOwnDatabase("readme", Map.of(
                "numbers.admin.api-key", OPERATOR_KEY,
                "numbers.twilio.auth-token", "dev-token",
                "numbers.secrets.key", Base64.getEncoder().encodeToString(new byte[32]),
                // calls last long enough that the campaign is still running when the walk-through pauses it
                "numbers.sandbox.latency", "PT3S"));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void theWalkThroughRunsAsWritten() throws IOException, InterruptedException {
        List<String> blocks = walkThrough(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(blocks).as("the walk-through's shell blocks").hasSizeGreaterThanOrEqualTo(5);
        String script = String.join("\n", blocks);
        assertThat(script).as("the placeholder for the operator key").contains("OP=nk_op_…");

        String prologue = "set -euo pipefail\n"
                + "curl() { command curl --fail-with-body --connect-to localhost:8080:" + deployment.getHost() + ":"
                + deployment.getPort() + " \"$@\"; }\n";
        Process bash = new ProcessBuilder("bash", "-c", prologue + script.replace("OP=nk_op_…", "OP=" + OPERATOR_KEY))
                .redirectErrorStream(true)
                .start();
        bash.getOutputStream().close();
        boolean ended = bash.waitFor(3, TimeUnit.MINUTES);
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            bash.destroyForcibly();
        }

        assertThat(ended).as("the walk-through ended within 3 minutes; it printed:\n" + output).isTrue();
        assertThat(bash.exitValue()).as("the walk-through's exit status; it printed:\n" + output).isZero();
        assertThat(output)
                .contains("<Connect><Stream")
                .contains("\"origin\":\"imported\"")
                .contains("\"status\":\"paused\"")
                .contains("whsec_");
    }

    /** The {@code sh} blocks between "## First steps" and "## Console". */
    private static List<String> walkThrough(String readme) {
        String section = readme.substring(readme.indexOf("## First steps"), readme.indexOf("## Console"));
        List<String> blocks = new ArrayList<>();
        Matcher block = SHELL_BLOCK.matcher(section);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
