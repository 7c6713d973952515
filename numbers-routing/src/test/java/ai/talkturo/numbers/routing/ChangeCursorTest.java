package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void entriesReadInSequenceLeaveNothingMissing() {
        ChangeCursor cursor = new ChangeCursor(0, List.of(), NOW);

        cursor.saw(1, NOW);
        cursor.saw(2, NOW);

        assertThat(cursor.highest()).isEqualTo(2);
        assertThat(cursor.missing()).isEmpty();
    }

    @Test
    void aSkippedSequenceIsMissingUntilItsEntryIsRead() {
        ChangeCursor cursor = new ChangeCursor(3, List.of(), NOW);

        cursor.saw(6, NOW);
        assertThat(cursor.missing()).containsExactlyInAnyOrder(4L, 5L);

        cursor.saw(5, NOW);
        assertThat(cursor.missing()).containsExactly(4L);
        assertThat(cursor.highest()).isEqualTo(6);
    }

    @Test
    void sequencesMissingAtStartAreLookedFor() {
        ChangeCursor cursor = new ChangeCursor(10, List.of(7L, 9L), NOW);

        cursor.saw(9, NOW);

        assertThat(cursor.missing()).containsExactly(7L);
    }

    @Test
    void aSequenceMissingForTooLongIsGivenUp() {
        ChangeCursor cursor = new ChangeCursor(0, List.of(), NOW);
        cursor.saw(2, NOW);
        cursor.saw(4, NOW.plusSeconds(60));

        int givenUp = cursor.giveUpMissedBefore(NOW.plusSeconds(30));

        assertThat(givenUp).isEqualTo(1);
        assertThat(cursor.missing()).containsExactly(3L);
    }

    @Test
    void aHugeJumpTracksOnlyTheSequencesJustBelowIt() {
        ChangeCursor cursor = new ChangeCursor(0, List.of(), NOW);

        cursor.saw(1_000_000, NOW);

        assertThat(cursor.missing()).hasSize(ChangeCursor.MOST_MISSING).doesNotContain(1L).contains(999_999L);
    }

    @Test
    void anEntryReadAgainChangesNothing() {
        ChangeCursor cursor = new ChangeCursor(0, List.of(), NOW);
        cursor.saw(1, NOW);
        cursor.saw(3, NOW.plus(Duration.ofSeconds(1)));

        cursor.saw(1, NOW);

        assertThat(cursor.highest()).isEqualTo(3);
        assertThat(cursor.missing()).containsExactly(2L);
    }
}
