package ai.talkturo.numbers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static final String ULID = "[0-7][0-9A-HJKMNP-TV-Z]{25}";

    @Test
    void issuesThePrefixAnUnderscoreAndATwentySixCharacterUlid() {
        assertThat(Identifiers.next("pn")).matches("pn_" + ULID);
        assertThat(Identifiers.next("acc")).matches("acc_" + ULID);
        assertThat(Identifiers.next("as", Clock.systemUTC())).matches("as_" + ULID);
        assertThat(Identifiers.next("key", Clock.systemUTC())).matches("key_" + ULID);
    }

    @Test
    void writesTheMillisecondsOfTheClockInTheFirstTenCharacters() {
        Clock epoch = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        Clock oneMillisecondLater = Clock.fixed(Instant.ofEpochMilli(1), ZoneOffset.UTC);
        Clock lastMillisecondOfUlids = Clock.fixed(Instant.ofEpochMilli((1L << 48) - 1), ZoneOffset.UTC);

        assertThat(Identifiers.next("pn", epoch)).startsWith("pn_0000000000");
        assertThat(Identifiers.next("pn", oneMillisecondLater)).startsWith("pn_0000000001");
        assertThat(Identifiers.next("pn", lastMillisecondOfUlids)).startsWith("pn_7ZZZZZZZZZ");
    }

    @Test
    void encodesAKnownTimeAsOtherUlidLibrariesDo() {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(1_469_918_176_385L), ZoneOffset.UTC);

        assertThat(Identifiers.next("pn", clock)).startsWith("pn_01ARYZ6S41");
    }

    @Test
    void neverIssuesTheSameIdentifierTwiceInTenThousand() {
        Clock sameMillisecond = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
        Set<String> issued = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            issued.add(Identifiers.next("pn", sameMillisecond));
        }

        assertThat(issued).hasSize(10_000);
    }

    @Test
    void usesTheWholeAlphabetInTheRandomPart() {
        Set<Character> seen = new HashSet<>();

        for (int i = 0; i < 1_000; i++) {
            String id = Identifiers.next("pn");
            for (char c : id.substring(13).toCharArray()) {
                seen.add(c);
            }
        }

        assertThat(seen).hasSize(32);
    }

    @Test
    void sortsLexicallyInTheOrderOfTime() {
        MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");
        List<String> issued = new ArrayList<>();

        for (int i = 0; i < 1_000; i++) {
            issued.add(Identifiers.next("pn", clock));
            clock.advance(Duration.ofMillis(1 + i % 7 * 1_000L));
        }

        assertThat(issued).isSorted();
    }

    @Test
    void refusesAMissingPrefix() {
        assertThatThrownBy(() -> Identifiers.next(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifiers.next(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATimeBeforeTheEpoch() {
        Clock beforeEpoch = Clock.fixed(Instant.parse("1969-12-31T23:59:59Z"), ZoneOffset.UTC);

        assertThatThrownBy(() -> Identifiers.next("pn", beforeEpoch)).isInstanceOf(IllegalArgumentException.class);
    }
}
