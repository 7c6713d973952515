package ai.talkturo.numbers.web.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's own Hazelcast member, which every instance runs (alone with {@code --nocluster}); Numbers keeps
 * nothing in it that the database does not also hold, so an instance without it works, only less promptly.
 */
@ApplicationScoped
public class DataGrid {

    static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private volatile Optional<HazelcastInstance> member;

    public Optional<HazelcastInstance> member() {
        Optional<HazelcastInstance> known = member;
        if (known == null) {
            known = lookUp();
            member = known;
        }
        return known.filter(grid -> grid.getLifecycleService().isRunning());
    }

    /** How many instances the data grid has now, this one included; 0 without one. */
    public int members() {
        return member().map(grid -> grid.getCluster().getMembers().size()).orElse(0);
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            return Optional.of((HazelcastInstance) new InitialContext().lookup(JNDI_NAME));
        } catch (NamingException | ClassCastException absent) {
            LOG.info(() -> "No data grid at " + JNDI_NAME + " (" + absent + "); instances learn of each other only "
                    + "through the database");
            return Optional.empty();
        }
    }
}
