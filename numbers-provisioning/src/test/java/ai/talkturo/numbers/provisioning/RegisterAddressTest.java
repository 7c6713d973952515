package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.address.Address;
import org.junit.jupiter.api.Test;

class RegisterAddressTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);

    @Test
    void anAddressIsKeptForItsAccountOnly() {
        Account other = provisioning.account(Plan.STARTER);

        Address address = provisioning.registerAddress.register(account.id(), "Ada Lovelace", "Unter den Linden 1",
                "Berlin", "10117", null, "DE");

        assertThat(address.id()).startsWith("ad_");
        assertThat(provisioning.registerAddress.ofAccount(account.id())).containsExactly(address);
        assertThat(provisioning.registerAddress.ofAccount(other.id())).isEmpty();
        assertThat(provisioning.addresses.inAccount(other.id(), address.id())).isEmpty();
    }

    @Test
    void anAddressWithoutAStreetOrInAnUnknownCountryIsNotKept() {
        assertThatThrownBy(() -> provisioning.registerAddress.register(account.id(), "Ada Lovelace", " ", "Berlin",
                "10117", null, "DE")).isInstanceOf(InvalidValue.class).hasMessageContaining("street");
        assertThatThrownBy(() -> provisioning.registerAddress.register(account.id(), "Ada Lovelace", "Main St 1",
                "Atlantis", "00000", null, "XX")).isInstanceOf(InvalidValue.class).hasMessageContaining("countryCode");

        assertThat(provisioning.registerAddress.ofAccount(account.id())).isEmpty();
    }
}
