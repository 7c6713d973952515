package ai.talkturo.numbers.domain.number;

/** The address a regulator asks of whoever buys a number. */
public enum AddressRequirement {
    /** No address is needed. */
    NONE("none"),
    /** An address anywhere in the number's country. */
    COUNTRY("country"),
    /** An address inside the number's locality, its local network area. */
    LOCALITY("locality");

    private final String apiName;

    AddressRequirement(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
