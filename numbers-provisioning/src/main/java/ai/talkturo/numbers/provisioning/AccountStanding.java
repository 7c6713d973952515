package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.account.Account;
import java.util.OptionalInt;

/** An account with what it holds: how many numbers count against its plan and whether it may take a trial number. */
public record AccountStanding(Account account, long numbersInUse, boolean trialNumberAvailable) {

    public OptionalInt numberLimit() {
        return account.numberLimit();
    }
}
