package ai.talkturo.numbers.domain.address;

import java.util.List;
import java.util.Optional;

/** The addresses customers have given. */
public interface Addresses {

    Optional<Address> inAccount(String accountId, String id);

    List<Address> ofAccount(String accountId);

    void add(Address address);
}
