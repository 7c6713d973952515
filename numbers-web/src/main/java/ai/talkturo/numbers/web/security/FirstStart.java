package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.web.cluster.JobLeaseRow;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    /**
     * Instances of a cluster starting together take turns here, under a lock on a row that is always there, so the
     * second finds what the first wrote instead of writing it again.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void ensureCredentials() {
        em.find(JobLeaseRow.class, JobLeaseRow.FIRST_START, LockModeType.PESSIMISTIC_WRITE);
        operatorKey.ensure();
        consoleAdmin.ensure();
    }
}
