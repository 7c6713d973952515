package ai.talkturo.numbers.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once the schema is current, makes sure the operator key and the console admin exist. */
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
        operatorKey.ensure();
        consoleAdmin.ensure();
    }
}
