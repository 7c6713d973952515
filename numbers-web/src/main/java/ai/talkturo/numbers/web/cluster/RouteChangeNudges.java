package ai.talkturo.numbers.web.cluster;

import ai.talkturo.numbers.domain.number.NumberChanged;
import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the other instances, through the data grid, that a number changed here, so that they read the change log at
 * once instead of at their next beat. Only a nudge: the change itself travels through the database, and an instance
 * that misses the nudge reads it a beat later.
 */
@ApplicationScoped
public class RouteChangeNudges {

    static final String TOPIC = "numbers-number-changes";

    @Inject
    DataGrid grid;

    /** From now on, {@code wake} runs on the data grid's thread whenever another instance committed a change. */
    public void listen(Runnable wake) {
        topic().ifPresent(topic -> topic.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                wake.run();
            }
        }));
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NumberChanged change) {
        if (grid.members() > 1) {
            topic().ifPresent(topic -> topic.publish(change.phoneNumberId()));
        }
    }

    private java.util.Optional<ITopic<String>> topic() {
        return grid.member().map(member -> member.getTopic(TOPIC));
    }
}
