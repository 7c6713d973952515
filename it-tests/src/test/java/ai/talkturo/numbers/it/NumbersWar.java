package ai.talkturo.numbers.it;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code numbers-web} built, exactly as it ships, deployed at context root {@code /} against this
 * run's own MariaDB database. Test configuration (the database, a carrier simulator's address, a short trial) goes
 * in a MicroProfile Config source of its own, in a jar added to the WAR: it outranks the WAR's defaults and leaves
 * the WAR's own files untouched.
 */
public final class NumbersWar {

    /** How often the timed jobs look for work in the tests' servers (five seconds in production). */
    public static final Duration JOBS_BEAT = Duration.ofSeconds(1);

    private NumbersWar() {
    }

    public static WebArchive built() {
        return configuredWith(Map.of());
    }

    /**
     * The WAR on a database of its own (still this run's), for a deployment that must not meet the others' data: a
     * carrier simulator starts with the same stock every time, and the numbers another class bought would be held.
     */
    public static WebArchive onOwnDatabase(String label, Map<String, String> config) {
        Map<String, String> settings = new TreeMap<>(config);
        settings.put("numbers.db.url", FreshDatabase.url(label));
        return configuredWith(settings);
    }

    public static WebArchive configuredWith(Map<String, String> config) {
        File war = new File(System.getProperty("numbers.war", "../numbers-web/target/numbers-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build numbers-web first: " + war.getAbsolutePath() + " is missing");
        }
        String properties = withTestDefaults(config).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "config_ordinal=500\n", "\n"));
        JavaArchive settingsJar = ShrinkWrap.create(JavaArchive.class, "it-settings.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class).addAsLibrary(settingsJar);
    }

    /** The settings given, and what every test server has unless they say otherwise: this run's database and more. */
    static Map<String, String> withTestDefaults(Map<String, String> config) {
        Map<String, String> settings = new TreeMap<>(config);
        settings.putIfAbsent("numbers.db.url", FreshDatabase.url());
        settings.putIfAbsent("numbers.db.user", FreshDatabase.user());
        settings.putIfAbsent("numbers.db.password", FreshDatabase.password());
        // the tests' partner webhooks listen on this machine, and their clients poll faster than a partner may
        settings.putIfAbsent("numbers.partner-webhooks.allow-private", "true");
        settings.putIfAbsent("numbers.api.rate-limit", "10000");
        // the timed jobs look for work every second, so that a test waits for the work and not for the beat
        settings.putIfAbsent("numbers.jobs.beat", JOBS_BEAT.toString());
        settings.putIfAbsent("numbers.jobs.release-retry", "PT5S");
        return settings;
    }
}
