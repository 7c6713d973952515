package ai.talkturo.numbers.provisioning.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Every change of a number as it committed, in a sequence: what another module follows to keep up with the numbers
 * (routing's table of who answers which number) without reading provisioning's tables. Sequences are handed out when
 * a change is written, so one that commits late may appear below the head after it; readers ask for such gaps again.
 * Each read is a transaction of its own, so it sees everything committed when it starts.
 */
public interface NumberChangeLog {

    /** The newest sequence written, 0 for none. */
    long head();

    /** Which sequences in {@code (after, upTo]} are there. */
    Set<Long> present(long after, long upTo);

    /** Up to {@code max} changes after {@code after}, and those of {@code missing} that are there now, by sequence. */
    List<LoggedChange> read(long after, Collection<Long> missing, int max);

    /**
     * Deletes the entries older than {@code numbers.routing.change-log-retention}, but for the newest, which keeps
     * the sequence where it was; answers how many it deleted.
     */
    int forgetOld();
}
