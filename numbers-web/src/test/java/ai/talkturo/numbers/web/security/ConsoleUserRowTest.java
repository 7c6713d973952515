package ai.talkturo.numbers.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleUserRowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final ConsoleUserRow user = ConsoleUserRow.customer("ada", "hash", "acc_1", NOW);

    @Test
    void fourWrongPasswordsInARowDoNotLockTheUser() {
        for (int i = 0; i < 4; i++) {
            user.passwordRefused(NOW);
        }

        assertThat(user.lockedAt(NOW)).isFalse();
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheUserForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            user.passwordRefused(NOW);
        }

        assertThat(user.lockedAt(NOW)).isTrue();
        assertThat(user.lockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(user.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(user.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            user.passwordRefused(NOW);
        }
        user.passwordAccepted(NOW);
        for (int i = 0; i < 4; i++) {
            user.passwordRefused(NOW);
        }

        assertThat(user.lockedAt(NOW)).isFalse();
    }

    @Test
    void afterALockFiveMoreWrongPasswordsAreNeededToLockAgain() {
        for (int i = 0; i < 5; i++) {
            user.passwordRefused(NOW);
        }
        Instant later = NOW.plus(Duration.ofMinutes(16));

        user.passwordRefused(later);

        assertThat(user.lockedAt(later)).isFalse();
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            user.passwordRefused(NOW);
        }

        user.changePassword("new hash", NOW);

        assertThat(user.lockedAt(NOW)).isFalse();
    }

    @Test
    void anOperatorHasNoAccountAndACustomerHasOne() {
        assertThat(ConsoleUserRow.operator("admin", "hash", NOW).toConsoleUser())
                .isEqualTo(new ConsoleUser("admin", ConsoleRoles.OPERATOR, null))
                .matches(ConsoleUser::operator);
        assertThat(user.toConsoleUser()).isEqualTo(new ConsoleUser("ada", ConsoleRoles.CUSTOMER, "acc_1"));
    }
}
