package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import org.junit.jupiter.api.Test;

class OpenAccountTest {

    private final Provisioning provisioning = new Provisioning();

    @Test
    void anAccountIsStoredOnItsPlanWithNothingInUse() {
        Account account = provisioning.openAccount.open("Grace's agents", Plan.STARTER);

        assertThat(account.id()).startsWith("acc_");
        assertThat(provisioning.accounts.byId(account.id())).contains(account);
        AccountStanding standing = provisioning.readAccount.standing(account.id());
        assertThat(standing.account().plan()).isEqualTo(Plan.STARTER);
        assertThat(standing.numbersInUse()).isZero();
    }

    @Test
    void twoAccountsOfOneNameAreTwoAccounts() {
        Account first = provisioning.openAccount.open("Reception", Plan.FREE);
        Account second = provisioning.openAccount.open("Reception", Plan.FREE);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(provisioning.accounts.all()).containsExactlyInAnyOrder(first, second);
    }
}
