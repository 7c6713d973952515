package ai.talkturo.numbers.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/** What a campaign does with a contact whose turn it is: call it now, let it wait, or skip it for good. */
public sealed interface ContactTurn {

    record Dial() implements ContactTurn {
    }

    /** Not now: it is due {@code until}, and waits for {@code why}. */
    record Wait(Instant until, ContactWait why) implements ContactTurn {

        public Wait {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(why, "why");
        }
    }

    /** Never: the contact ends {@code skipped}, for {@code reason} (a code of the API). */
    record Skip(String reason) implements ContactTurn {

        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
