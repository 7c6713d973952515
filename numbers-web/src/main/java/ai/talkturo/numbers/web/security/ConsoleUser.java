package ai.talkturo.numbers.web.security;

/** Someone who signs in to the console; {@code accountId} is null for an operator. */
public record ConsoleUser(String username, String role, String accountId) {

    public boolean operator() {
        return ConsoleRoles.OPERATOR.equals(role);
    }
}
