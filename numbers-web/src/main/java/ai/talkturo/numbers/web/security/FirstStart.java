package ai.talkturo.numbers.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once the schema is current, makes sure the operator key and the console admin exist, once for the cluster. */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

    @Inject
    OperatorKey operatorKey;
    @Inject
    ConsoleAdmin consoleAdmin;

    @PostConstruct
    void ensureCredentials() {
        ensure(operatorKey::ensure);
        ensure(consoleAdmin::ensure);
    }

    /** Instances of a cluster starting together may both write a row; the one that loses reads the winner's. */
    private static void ensure(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException writtenMeanwhile) {
            step.run();
        }
    }
}
