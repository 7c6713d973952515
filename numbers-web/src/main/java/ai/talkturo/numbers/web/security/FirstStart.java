package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.web.cluster.JobLeases;
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

    @Inject
    JobLeases leases;

    /**
     * Instances of a cluster starting together take turns here, under a lock on a row that is always there, so the
     * second finds what the first wrote instead of writing it again.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void ensureCredentials() {
        leases.takeTurns(JobLeases.FIRST_START);
        operatorKey.ensure();
        consoleAdmin.ensure();
    }
}
