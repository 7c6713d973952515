package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.address.Addresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** A customer gives an address, so that numbers which need one can be bought. */
@ApplicationScoped
public class RegisterAddress {

    @Inject
    Addresses addresses;
    @Inject
    Clock clock;

    @Transactional
    public Address register(String accountId, String customerName, String street, String city, String postalCode,
                            String region, String countryCode) {
        Address address = Address.register(accountId, customerName, street, city, postalCode, region, countryCode, clock);
        addresses.add(address);
        return address;
    }

    public List<Address> ofAccount(String accountId) {
        return addresses.ofAccount(accountId);
    }
}
