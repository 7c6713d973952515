package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import org.junit.jupiter.api.Test;

/** A number the customer already has, brought in from their own carrier account. */
class ImportNumberTest {

    private static final String OLD_URL = "https://agents.example/voice";

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final E164Number theirs = E164Number.of("+14155550150");

    ImportNumberTest() {
        provisioning.ownAccounts.holds("key-1", theirs, OLD_URL);
    }

    private PhoneNumber bringIn(Account who, String apiKey, String assistantId) {
        return provisioning.importNumber.bringIn(who.id(), new ImportRequest(OwnCarrierAccounts.NAME, theirs,
                OwnCarrierAccounts.key(apiKey), assistantId));
    }

    @Test
    void aNumberOfTheCustomersAccountIsPointedAtNumbersAndStoredActiveWithTheirAssistant() {
        Assistant assistant = provisioning.assistant(account);

        PhoneNumber number = bringIn(account, "key-1", assistant.id());

        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(number.imported()).isTrue();
        assertThat(number.trial()).isFalse();
        assertThat(number.price()).isEqualTo(Price.of("0.00", "0.00"));
        assertThat(provisioning.stored(number).assistantId()).isEqualTo(assistant.id());
        assertThat(provisioning.ownAccounts.voiceUrl("key-1", theirs)).contains("numbers.example");
        assertThat(provisioning.importedNumbers.find(number.id())).get().satisfies(kept -> {
            assertThat(kept.kept()).isEqualTo(OLD_URL);
            assertThat(kept.sealedCredentials()).doesNotContain("key-1");
        });
        assertThat(provisioning.credentials.of(provisioning.importedNumbers.find(number.id()).orElseThrow()))
                .isEqualTo(OwnCarrierAccounts.key("key-1"));
    }

    @Test
    void aNumberNotInThatAccountOrUnknownCredentialsImportNothing() {
        provisioning.ownAccounts.holds("key-2", E164Number.of("+14155550151"), OLD_URL);

        assertThatThrownBy(() -> bringIn(account, "key-2", null)).isInstanceOf(NumberNotOwned.class);
        assertThatThrownBy(() -> bringIn(account, "key-unknown", null)).isInstanceOf(NumberNotOwned.class)
                .hasMessageContaining("nothing was imported");
        assertThat(provisioning.phoneNumbers.ofAccount(account.id())).isEmpty();
        assertThat(provisioning.ownAccounts.voiceUrl("key-1", theirs)).isEqualTo(OLD_URL);
    }

    @Test
    void aNumberIsBroughtInOnceAcrossAccounts() {
        bringIn(account, "key-1", null);
        Account other = provisioning.account(Plan.STARTER);

        assertThatThrownBy(() -> bringIn(other, "key-1", null)).isInstanceOf(NumberNotAvailable.class)
                .hasMessageContaining("brought in once");
    }

    @Test
    void anImportCountsAgainstThePlanButIsNeverATrial() {
        Account free = provisioning.account(Plan.FREE);
        PhoneNumber imported = bringIn(free, "key-1", null);
        provisioning.ownAccounts.holds("key-1", E164Number.of("+14155550152"), OLD_URL);

        assertThat(imported.trial()).isFalse();
        assertThatThrownBy(() -> provisioning.importNumber.bringIn(free.id(), new ImportRequest(OwnCarrierAccounts.NAME,
                E164Number.of("+14155550152"), OwnCarrierAccounts.key("key-1"), null)))
                .isInstanceOf(TrialNumberInUse.class);
    }

    @Test
    void releasingAnImportedNumberGivesItsOldVoiceSettingsBackAndKeepsItAtTheCarrier() {
        PhoneNumber number = bringIn(account, "key-1", null);

        provisioning.releaseNumber.release(account.id(), number.id());
        provisioning.releaseAtCarrier.releaseDue();

        assertThat(provisioning.ownAccounts.voiceUrl("key-1", theirs)).isEqualTo(OLD_URL);
        assertThat(provisioning.importedNumbers.givenBack).containsKey(number.id());
        assertThat(provisioning.carrier.released).as("not given up at the carrier").isEmpty();
    }
}
