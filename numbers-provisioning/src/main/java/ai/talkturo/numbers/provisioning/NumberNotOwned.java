package ai.talkturo.numbers.provisioning;

/** The customer's carrier account does not hold the number they asked to bring in (or did not let us look). */
public final class NumberNotOwned extends RuntimeException {

    public NumberNotOwned(String message) {
        super(message);
    }
}
