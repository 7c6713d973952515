package ai.talkturo.numbers.it;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code numbers-web} built, exactly as it ships; deployed at context root {@code /}. */
public final class NumbersWar {

    private NumbersWar() {
    }

    public static WebArchive built() {
        File war = new File(System.getProperty("numbers.war", "../numbers-web/target/numbers-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build numbers-web first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The built WAR with configuration of a test's own (a carrier simulator's address, a short trial), as a
     * MicroProfile Config source in a jar of its own: it outranks the WAR's defaults, the WAR itself is untouched.
     */
    public static WebArchive configuredWith(Map<String, String> config) {
        String properties = new TreeMap<>(config).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "config_ordinal=150\n", "\n"));
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "it-settings.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        return built().addAsLibrary(settings);
    }
}
