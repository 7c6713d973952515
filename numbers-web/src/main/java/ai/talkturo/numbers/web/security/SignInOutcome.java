package ai.talkturo.numbers.web.security;

import java.time.Instant;

/** What came of a username and password typed into the console's login form. */
public sealed interface SignInOutcome {

    record Accepted(ConsoleUser user) implements SignInOutcome {
    }

    /** Unknown user or wrong password: the two are not told apart. */
    record Refused() implements SignInOutcome {
    }

    /** Too many wrong passwords in a row: nothing is accepted until {@code until}. */
    record Locked(Instant until) implements SignInOutcome {
    }
}
