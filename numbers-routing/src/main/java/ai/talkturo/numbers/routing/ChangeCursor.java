package ai.talkturo.numbers.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far an instance has read the numbers' change log: the highest sequence it has seen, and the lower ones it has
 * not seen yet, each with when it was first missed. A missing sequence belongs to a transaction still open (its entry
 * comes later) or to one that rolled back (it never comes); it is looked for again until it is found or too old.
 */
final class ChangeCursor {

    /** More open transactions than this at once is not a gap but a jump of the sequence: it is not tracked. */
    static final int MOST_MISSING = 10_000;

    private long highest;
    private final Map<Long, Instant> missing = new TreeMap<>();

    ChangeCursor(long highest, Collection<Long> missingAtStart, Instant now) {
        this.highest = highest;
        missingAtStart.forEach(sequence -> missing.put(sequence, now));
    }

    long highest() {
        return highest;
    }

    Set<Long> missing() {
        return Set.copyOf(missing.keySet());
    }

    /** Notes that the entry {@code sequence} has been read. */
    void saw(long sequence, Instant now) {
        if (sequence <= highest) {
            missing.remove(sequence);
            return;
        }
        long first = Math.max(highest + 1, sequence - MOST_MISSING);
        for (long skipped = first; skipped < sequence; skipped++) {
            missing.put(skipped, now);
        }
        highest = sequence;
    }

    /** Stops looking for sequences missed before {@code before}; answers how many it gave up. */
    int giveUpMissedBefore(Instant before) {
        int given = 0;
        var entries = missing.values().iterator();
        while (entries.hasNext()) {
            if (entries.next().isBefore(before)) {
                entries.remove();
                given++;
            }
        }
        return given;
    }
}
