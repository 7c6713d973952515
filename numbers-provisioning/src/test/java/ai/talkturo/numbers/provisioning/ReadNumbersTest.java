package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadNumbersTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final Account other = provisioning.account(Plan.STARTER);

    @Test
    void aNumberIsFoundOnlyInItsOwnAccount() {
        PhoneNumber number = provisioning.active(account, "+14155550101");

        assertThat(provisioning.readNumbers.find(account.id(), number.id()).number()).isEqualTo(number.number());
        assertThatThrownBy(() -> provisioning.readNumbers.find(other.id(), number.id())).isInstanceOf(NotFound.class)
                .hasMessageContaining(number.id());
    }

    @Test
    void anAccountsNumbersComePageByPageInIdOrderFilteredByStatusAndAssistant() {
        Assistant reception = provisioning.assistant(account);
        PhoneNumber first = provisioning.active(account, "+14155550101");
        provisioning.clock.advance(Duration.ofSeconds(1));
        PhoneNumber second = provisioning.buy(account, provisioning.offered("+14155550102"), reception.id());
        provisioning.fulfilOpenedOrders();
        provisioning.clock.advance(Duration.ofSeconds(1));
        provisioning.carrier.slow = true;
        PhoneNumber third = provisioning.buy(account, provisioning.offered("+14155550103"));
        provisioning.active(other, "+14155550104");

        assertThat(provisioning.readNumbers.page(account.id(), null, null, null, 2)).extracting(PhoneNumber::id)
                .containsExactly(first.id(), second.id());
        assertThat(provisioning.readNumbers.page(account.id(), null, null, second.id(), 2)).extracting(PhoneNumber::id)
                .containsExactly(third.id());
        assertThat(provisioning.readNumbers.page(account.id(), NumberStatus.PURCHASING, null, null, 10))
                .extracting(PhoneNumber::id).containsExactly(third.id());
        assertThat(provisioning.readNumbers.page(account.id(), null, reception.id(), null, 10))
                .extracting(PhoneNumber::id).containsExactly(second.id());
    }

    @Test
    void operatorsReadEveryAccountsNumbersNewestFirst() {
        PhoneNumber older = provisioning.active(account, "+14155550101");
        provisioning.clock.advance(Duration.ofSeconds(1));
        PhoneNumber newer = provisioning.active(other, "+14155550102");

        assertThat(provisioning.readNumbers.everyAccount(null, null, null, null, 10)).extracting(PhoneNumber::id)
                .containsExactly(newer.id(), older.id());
        assertThat(provisioning.readNumbers.everyAccount(NumberStatus.ACTIVE, Country.US, OfferingCarrier.NAME,
                newer.id(), 10)).extracting(PhoneNumber::id).containsExactly(older.id());
        assertThat(provisioning.readNumbers.everyAccount(null, Country.DE, null, null, 10)).isEmpty();
        assertThat(provisioning.readNumbers.everyAccount(null, null, "twilio", null, 10)).isEmpty();
    }
}
