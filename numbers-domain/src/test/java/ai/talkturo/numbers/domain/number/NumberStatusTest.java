package ai.talkturo.numbers.domain.number;

import static ai.talkturo.numbers.domain.number.NumberStatus.ACTIVE;
import static ai.talkturo.numbers.domain.number.NumberStatus.ERROR;
import static ai.talkturo.numbers.domain.number.NumberStatus.PURCHASING;
import static ai.talkturo.numbers.domain.number.NumberStatus.RELEASED;
import static ai.talkturo.numbers.domain.number.NumberStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberStatusTest {

    private static final Map<NumberStatus, Set<NumberStatus>> ALLOWED = Map.of(
            PURCHASING, EnumSet.of(ACTIVE, ERROR),
            ACTIVE, EnumSet.of(SUSPENDED, RELEASED),
            SUSPENDED, EnumSet.of(ACTIVE, RELEASED),
            ERROR, EnumSet.of(RELEASED),
            RELEASED, EnumSet.noneOf(NumberStatus.class));

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PURCHASING, PURCHASING, false",
        "PURCHASING, ACTIVE,     true",
        "PURCHASING, SUSPENDED,  false",
        "PURCHASING, ERROR,      true",
        "PURCHASING, RELEASED,   false",
        "ACTIVE,     PURCHASING, false",
        "ACTIVE,     ACTIVE,     false",
        "ACTIVE,     SUSPENDED,  true",
        "ACTIVE,     ERROR,      false",
        "ACTIVE,     RELEASED,   true",
        "SUSPENDED,  PURCHASING, false",
        "SUSPENDED,  ACTIVE,     true",
        "SUSPENDED,  SUSPENDED,  false",
        "SUSPENDED,  ERROR,      false",
        "SUSPENDED,  RELEASED,   true",
        "ERROR,      PURCHASING, false",
        "ERROR,      ACTIVE,     false",
        "ERROR,      SUSPENDED,  false",
        "ERROR,      ERROR,      false",
        "ERROR,      RELEASED,   true",
        "RELEASED,   PURCHASING, false",
        "RELEASED,   ACTIVE,     false",
        "RELEASED,   SUSPENDED,  false",
        "RELEASED,   ERROR,      false",
        "RELEASED,   RELEASED,   false",
    })
    void allowsExactlyTheTransitionsOfTheLifecycle(NumberStatus from, NumberStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void theTableAboveCoversEveryPairOfStatuses() {
        for (NumberStatus from : NumberStatus.values()) {
            for (NumberStatus to : NumberStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void nothingLeavesReleased() {
        assertThat(EnumSet.allOf(NumberStatus.class)).noneMatch(RELEASED::canMoveTo);
    }

    @Test
    void movesToNoMissingStatus() {
        assertThat(ACTIVE.canMoveTo(null)).isFalse();
    }

    @Test
    void countsPurchasingActiveAndSuspendedNumbersAgainstThePlan() {
        assertThat(PURCHASING.countsAgainstPlan()).isTrue();
        assertThat(ACTIVE.countsAgainstPlan()).isTrue();
        assertThat(SUSPENDED.countsAgainstPlan()).isTrue();
        assertThat(ERROR.countsAgainstPlan()).isFalse();
        assertThat(RELEASED.countsAgainstPlan()).isFalse();
    }

    @Test
    void namesEachStatusInLowerCase() {
        assertThat(NumberStatus.values()).extracting(NumberStatus::apiName)
                .containsExactly("purchasing", "active", "suspended", "error", "released");
    }

    @Test
    void findsAStatusOnlyByItsExactApiName() {
        for (NumberStatus status : NumberStatus.values()) {
            assertThat(NumberStatus.fromApiName(status.apiName())).contains(status);
        }
        assertThat(NumberStatus.fromApiName("ACTIVE")).isEmpty();
        assertThat(NumberStatus.fromApiName("deleted")).isEmpty();
        assertThat(NumberStatus.fromApiName(null)).isEmpty();
    }

    @Test
    void explainsARefusedTransitionInWords() {
        assertThat(new IllegalStatusTransition(SUSPENDED, PURCHASING))
                .hasMessage("a suspended number cannot become purchasing");
        assertThat(new IllegalStatusTransition(ACTIVE, ERROR))
                .hasMessage("an active number cannot become error");
        IllegalStatusTransition refused = new IllegalStatusTransition(RELEASED, ACTIVE);
        assertThat(refused.from()).isEqualTo(RELEASED);
        assertThat(refused.to()).isEqualTo(ACTIVE);
    }
}
