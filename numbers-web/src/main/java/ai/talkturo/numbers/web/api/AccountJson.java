package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.AccountStanding;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An account as the API shows it; {@code numberLimit} is null on a plan without a limit. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "plan", "numberLimit", "numbersInUse", "trialNumberAvailable", "createdAt", "updatedAt"})
public record AccountJson(String id, String name, String plan, Integer numberLimit, long numbersInUse,
                          boolean trialNumberAvailable, String createdAt, String updatedAt) {

    static AccountJson of(AccountStanding standing) {
        var account = standing.account();
        var limit = standing.numberLimit();
        return new AccountJson(account.id(), account.name(), account.plan().apiName(),
                limit.isPresent() ? limit.getAsInt() : null, standing.numbersInUse(), standing.trialNumberAvailable(),
                Times.iso(account.createdAt()), Times.iso(account.updatedAt()));
    }
}
