package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.CustomerAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The carriers Numbers can buy from: {@code numbers.carrier} chooses where new numbers are bought, and a number
 * already bought is always kept, released and dialled through the carrier it came from. Numbers a customer brings
 * from their own account are reached through that carrier's {@link CustomerAccounts}; the sandbox's pretend
 * accounts only while the sandbox is the carrier.
 */
@ApplicationScoped
public class Carriers {

    @Inject
    @Any
    Instance<Carrier> carriers;
    @Inject
    @Any
    Instance<CustomerAccounts> customerAccounts;
    @Inject
    @ConfigProperty(name = "numbers.carrier")
    String chosen;

    private Map<String, Carrier> byName;
    private Map<String, CustomerAccounts> accountsByName;
    private Carrier current;

    @PostConstruct
    void choose() {
        byName = carriers.stream().collect(Collectors.toUnmodifiableMap(Carrier::name, Function.identity()));
        current = named(chosen);
        accountsByName = customerAccounts.stream()
                .filter(accounts -> !accounts.onlyWhileChosen() || accounts.name().equals(chosen))
                .collect(Collectors.toUnmodifiableMap(CustomerAccounts::name, Function.identity()));
    }

    /**
     * Carriers that know only {@code current}, buy from it and reach customers' own accounts at {@code accounts},
     * for a use case run without the container.
     */
    static Carriers buyingFrom(Carrier current, CustomerAccounts accounts) {
        Carriers carriers = new Carriers();
        carriers.byName = Map.of(current.name(), current);
        carriers.current = current;
        carriers.accountsByName = Map.of(accounts.name(), accounts);
        return carriers;
    }

    /** The carrier of this name as reached through customers' own accounts there; empty for an unknown name. */
    public Optional<CustomerAccounts> customerAccountsAt(String name) {
        return Optional.ofNullable(accountsByName.get(name));
    }

    /** The carriers whose customers' own accounts numbers can be brought from, in alphabetical order. */
    public Set<String> customerAccountNames() {
        return new TreeSet<>(accountsByName.keySet());
    }

    /** Where new numbers are bought. */
    public Carrier current() {
        return current;
    }

    /** The names of every carrier Numbers knows, such as {@code sandbox}, in alphabetical order. */
    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    public Carrier named(String name) {
        Carrier carrier = byName.get(name);
        if (carrier == null) {
            throw new IllegalStateException("numbers.carrier must be one of " + byName.keySet() + ", not " + name);
        }
        return carrier;
    }
}
