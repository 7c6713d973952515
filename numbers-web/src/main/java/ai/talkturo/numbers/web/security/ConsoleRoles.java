package ai.talkturo.numbers.web.security;

/** The two roles of the console: a customer works in one account, an operator runs the platform. */
public final class ConsoleRoles {

    public static final String CUSTOMER = "customer";
    public static final String OPERATOR = "operator";

    private ConsoleRoles() {
    }
}
