package ai.talkturo.numbers.web.security;

/** Someone already signs in with this username. */
public final class UsernameTaken extends RuntimeException {

    public UsernameTaken(String username) {
        super("the username " + username + " is taken; choose another");
    }
}
