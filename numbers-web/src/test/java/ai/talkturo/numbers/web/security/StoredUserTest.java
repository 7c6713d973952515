package ai.talkturo.numbers.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredUserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private StoredUser user = StoredUser.customer("ada", "hash", "acc_1");

    @Test
    void fourWrongPasswordsInARowDoNotLockTheUser() {
        for (int i = 0; i < 4; i++) {
            user = user.afterRefusal(NOW);
        }

        assertThat(user.lockedAt(NOW)).isFalse();
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheUserForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            user = user.afterRefusal(NOW);
        }

        assertThat(user.lockedAt(NOW)).isTrue();
        assertThat(user.lockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(user.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(user.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            user = user.afterRefusal(NOW);
        }
        user = user.afterAcceptance();
        for (int i = 0; i < 4; i++) {
            user = user.afterRefusal(NOW);
        }

        assertThat(user.lockedAt(NOW)).isFalse();
    }

    @Test
    void aRightPasswordChangesNothingForAUserWithoutWrongOnes() {
        assertThat(user.afterAcceptance()).isEqualTo(user);
        assertThat(user.afterRefusal(NOW).afterAcceptance()).isEqualTo(user);
    }

    @Test
    void afterALockFiveMoreWrongPasswordsAreNeededToLockAgain() {
        for (int i = 0; i < 5; i++) {
            user = user.afterRefusal(NOW);
        }
        Instant later = NOW.plus(Duration.ofMinutes(16));

        user = user.afterRefusal(later);

        assertThat(user.lockedAt(later)).isFalse();
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            user = user.afterRefusal(NOW);
        }

        user = user.withPassword("new hash");

        assertThat(user.lockedAt(NOW)).isFalse();
    }

    @Test
    void anOperatorHasNoAccountAndACustomerHasOne() {
        assertThat(StoredUser.operator("admin", "hash").asConsoleUser())
                .isEqualTo(new ConsoleUser("admin", ConsoleRoles.OPERATOR, null))
                .matches(ConsoleUser::operator);
        assertThat(user.asConsoleUser()).isEqualTo(new ConsoleUser("ada", ConsoleRoles.CUSTOMER, "acc_1"));
    }
}
