package ai.talkturo.numbers.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code numbers-web} built, exactly as it ships; deployed at context root {@code /}. */
final class NumbersWar {

    private NumbersWar() {
    }

    static WebArchive built() {
        File war = new File(System.getProperty("numbers.war", "../numbers-web/target/numbers-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build numbers-web first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
