package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAccountTest {

    private final Provisioning provisioning = new Provisioning();

    @Test
    void aFreeAccountsStandingSaysWhetherItsTrialNumberIsStillToBeHad() {
        Account account = provisioning.account(Plan.FREE);
        assertThat(provisioning.readAccount.standing(account.id()).trialNumberAvailable()).isTrue();

        provisioning.buy(account, provisioning.offered("+14155550101"));

        AccountStanding standing = provisioning.readAccount.standing(account.id());
        assertThat(standing.numbersInUse()).isEqualTo(1);
        assertThat(standing.trialNumberAvailable()).isFalse();
    }

    @Test
    void theNewestAccountsComeFirstFoundByAnyPartOfTheirNameOrIdInAnyCase() {
        Account older = provisioning.account(Plan.STARTER);
        provisioning.clock.advance(Duration.ofMinutes(1));
        Account newer = provisioning.account(Plan.STARTER);

        assertThat(provisioning.readAccount.newest("ADA'S", 10)).extracting(AccountStanding::account)
                .containsExactly(newer, older);
        assertThat(provisioning.readAccount.newest(older.id().substring(4).toUpperCase(), 10))
                .extracting(AccountStanding::account).containsExactly(older);
        assertThat(provisioning.readAccount.newest(null, 1)).extracting(AccountStanding::account).containsExactly(newer);
        assertThat(provisioning.readAccount.namesOf(List.of(older.id(), "acc_nobody", older.id())))
                .containsOnlyKeys(older.id());
    }
}
