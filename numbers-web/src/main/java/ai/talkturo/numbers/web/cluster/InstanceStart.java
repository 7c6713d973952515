package ai.talkturo.numbers.web.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once the schema is current and before the first request, this instance says in the database that it runs. */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InstanceStart {

    @Inject
    Heartbeats heartbeats;

    @PostConstruct
    void announce() {
        heartbeats.beat();
    }
}
