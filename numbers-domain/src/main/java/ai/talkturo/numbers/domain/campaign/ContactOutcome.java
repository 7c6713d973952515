package ai.talkturo.numbers.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/** What becomes of a contact once a call to it ended: it is done, or it is called again at a later time. */
public sealed interface ContactOutcome {

    /** Done, in a final {@code status}; {@code reason} says why it failed, null otherwise. */
    record Finished(ContactStatus status, String reason) implements ContactOutcome {

        public Finished {
            if (!status.isFinal()) {
                throw new IllegalArgumentException("a contact finishes in a final status, not " + status.apiName());
            }
        }
    }

    /** Called again, not before {@code at}. */
    record RetryAt(Instant at) implements ContactOutcome {

        public RetryAt {
            Objects.requireNonNull(at, "at");
        }
    }
}
