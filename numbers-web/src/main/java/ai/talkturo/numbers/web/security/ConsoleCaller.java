package ai.talkturo.numbers.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in to the console, as the session keeps it: a username and the roles it was given. */
record ConsoleCaller(String username, Set<String> groups) implements Serializable {

    ConsoleCaller {
        groups = Set.copyOf(groups);
    }

    static ConsoleCaller of(ConsoleUser user) {
        return new ConsoleCaller(user.username(), Set.of(user.role()));
    }
}
