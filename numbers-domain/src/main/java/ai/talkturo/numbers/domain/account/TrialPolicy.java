package ai.talkturo.numbers.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How long a trial number lives after it is bought. */
public record TrialPolicy(Duration duration) {

    public TrialPolicy {
        Objects.requireNonNull(duration, "duration");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("a trial must last some time: " + duration);
        }
    }

    /** When a trial number bought at this instant expires. */
    public Instant expiryFor(Instant purchasedAt) {
        return purchasedAt.plus(duration);
    }

    /** When a number this account buys at this instant expires: only a plan with trial numbers gives one. */
    public Optional<Instant> expiryFor(Account account, Instant purchasedAt) {
        return account.plan().grantsTrialNumbers() ? Optional.of(expiryFor(purchasedAt)) : Optional.empty();
    }
}
