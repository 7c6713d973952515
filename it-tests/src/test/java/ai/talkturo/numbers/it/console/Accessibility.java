package ai.talkturo.numbers.it.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What axe-core finds wrong with the page a browser shows now, for people who use a screen reader, the keyboard
 * or a magnifier, or who see colours differently. A page passes when axe finds nothing serious or critical.
 */
final class Accessibility {

    /** axe-core, installed from the npm registry by the build (see it-tests/src/test/axe). */
    private static final Path AXE = Path.of(System.getProperty("it.axe", "target/axe/node_modules/axe-core/axe.min.js"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> FAILING = List.of("serious", "critical");

    /** Answers each violation as {@code {id, impact, help, targets}} with the CSS selectors of the elements. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            var failing = arguments[0];
            axe.run(document, {resultTypes: ['violations']}).then(function (results) {
                done(results.violations.filter(function (v) { return failing.indexOf(v.impact) >= 0; }).map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help,
                            targets: v.nodes.map(function (n) { return n.target.join(' >>> '); })};
                }));
            }, function (error) {
                done([{id: 'axe-error', impact: 'critical', help: String(error), targets: []}]);
            });
            """;

    private static String source;

    private Accessibility() {
    }

    /** Fails listing every serious or critical violation on the page the browser shows now. */
    static void check(Browser browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
            script.executeScript(axe());
        }
        browser.driver().manage().timeouts().scriptTimeout(PATIENCE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) script.executeAsyncScript(RUN, FAILING);
        if (!violations.isEmpty()) {
            throw new AssertionError(browser.path() + " breaks " + violations.size() + " accessibility rule(s) "
                    + "seriously or critically:\n" + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Map<String, Object> violation) {
        return "- " + violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + "\n    at "
                + String.join("\n    at ", ((List<?>) violation.get("targets")).stream().map(String::valueOf).toList());
    }

    private static synchronized String axe() {
        if (source == null) {
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not installed at " + AXE.toAbsolutePath()
                        + "; the it-tests build installs it before the integration tests", e);
            }
        }
        return source;
    }
}
