package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.address.Addresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Addresses} in a list, in the order they were given. */
final class InMemoryAddresses implements Addresses {

    private final List<Address> addresses = new ArrayList<>();

    @Override
    public Optional<Address> inAccount(String accountId, String id) {
        return ofAccount(accountId).stream().filter(address -> address.id().equals(id)).findFirst();
    }

    @Override
    public List<Address> ofAccount(String accountId) {
        return addresses.stream().filter(address -> address.accountId().equals(accountId)).toList();
    }

    @Override
    public void add(Address address) {
        addresses.add(address);
    }
}
