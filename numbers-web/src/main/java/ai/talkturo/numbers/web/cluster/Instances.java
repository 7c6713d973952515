package ai.talkturo.numbers.web.cluster;

import java.time.LocalDateTime;

/**
 * The instances of the cluster as the database knows them: each with the start of its run and when it was last
 * seen, every call a transaction of its own. An instance is added once and touched afterwards: an UPDATE of a row
 * that is not there yet would take a gap lock, and two instances starting together would deadlock on their INSERTs.
 */
public interface Instances {

    /** Adds the instance; fails when one of that name is there already (a run of it before). */
    void add(String name, LocalDateTime startedAt, LocalDateTime seenAt);

    /** Notes that the instance's run that started at {@code startedAt} was seen at {@code seenAt}; answers how many. */
    int touch(String name, LocalDateTime startedAt, LocalDateTime seenAt);

    /** Whether the run of {@code name} that started at {@code startedAt} was seen at {@code since} or later. */
    boolean seen(String name, LocalDateTime startedAt, LocalDateTime since);
}
