package ai.talkturo.numbers.it;

import java.nio.file.Path;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian's Payara Micro servers start from {@link PayaraMicroImage} as the others do: {@code arquillian.xml}
 * names its launcher ({@code microJar}), its JVM options ({@code cmdOptions}) and Arquillian's root
 * ({@code extraMicroOptions}); this extension makes the image and the archive before the container is set up, and
 * the root fresh before each deployment.
 */
public final class PayaraMicroRoots implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(FreshRoot.class);
    }

    /** Makes the root and the archive before the container is set up, and the root again before each deployment. */
    public static final class FreshRoot {

        public void beforeSetup(@Observes BeforeSetup event) {
            PayaraMicroImage image = image();
            image.freshRoot(image.arquillianRoot());
            image.jvmOptions(System.getProperty("numbers.war"));
        }

        public void beforeDeploy(@Observes BeforeDeploy event) {
            PayaraMicroImage image = image();
            image.freshRoot(image.arquillianRoot());
        }

        private static PayaraMicroImage image() {
            return PayaraMicroImage.of(Path.of(System.getProperty("payara.microJar")));
        }
    }
}
