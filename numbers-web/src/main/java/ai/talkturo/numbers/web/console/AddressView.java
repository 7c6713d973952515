package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.address.Address;
import java.io.Serializable;

/** One of the account's addresses, as a choice in the Buy Number dialog. */
public final class AddressView implements Serializable {

    private final String id;
    private final String label;

    AddressView(Address address) {
        this.id = address.id();
        this.label = address.customerName() + ", " + address.street() + ", " + address.postalCode() + " " + address.city()
                + ", " + address.countryCode();
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
