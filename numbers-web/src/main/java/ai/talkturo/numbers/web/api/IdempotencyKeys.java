package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.cluster.Heartbeats;
import ai.talkturo.numbers.web.cluster.ThisInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The stored first answers of POSTs with an {@code Idempotency-Key}, kept at least 24 hours. Every call commits on
 * its own, apart from the request it guards. The claim of a first request names the instance answering it and that
 * instance's start: when that run is gone ({@link Heartbeats}: killed, stopped, or started again) the key is free at
 * once, so the retry runs; a claim that never answered is free after {@link #ABANDONED_AFTER} in any case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(48);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @Inject
    StoredAnswers answers;
    @Inject
    Clock clock;
    @Inject
    ThisInstance instance;
    @Inject
    Heartbeats heartbeats;

    /** Claims the key for a new request; empty when it was free, the earlier request when it was taken. */
    public Optional<StoredAnswer> claim(String scope, String key, String requestHash) {
        Optional<StoredAnswer> existing = answers.find(scope, key);
        if (existing.isPresent() && !free(existing.get())) {
            return existing;
        }
        if (existing.isPresent()) {
            answers.forget(scope, key);
        }
        if (!answers.claim(scope, key, StoredAnswer.claim(requestHash, clock.instant(), instance.name(), instance.startedAt()))) {
            throw new IdempotentRequestInProgress("another request with this Idempotency-Key is being answered");
        }
        return Optional.empty();
    }

    /** Keeps the answer of the first request with the key, in one statement. */
    public void answered(String scope, String key, int status, String contentType, String body) {
        answers.answer(scope, key, status, contentType, body);
    }

    /** Frees the key so that a retry runs again (the first attempt failed on our side). */
    public void forget(String scope, String key) {
        answers.forget(scope, key);
    }

    public int forgetOld() {
        return answers.forgetCreatedBefore(clock.instant().minus(KEPT));
    }

    /** Whether a claim no longer holds its key: never answered in time, or its instance's run is gone. */
    private boolean free(StoredAnswer earlier) {
        return earlier.abandoned(clock.instant())
                || earlier.inProgress() && !heartbeats.running(earlier.claimedBy(), earlier.claimedStart());
    }
}
