package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.AccountStanding;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An account as the API shows it; {@code numberLimit} is null on a plan without a limit. {@code slug} is how a body
 * written to Talkturo's reference names it ({@code accountSlug}; its {@code teamId} is the {@code id}).
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "slug", "plan", "numberLimit", "numbersInUse", "trialNumberAvailable", "createdAt", "updatedAt"})
public record AccountJson(String id, String name, String slug, String plan, Integer numberLimit, long numbersInUse,
                          boolean trialNumberAvailable, String createdAt, String updatedAt) {

    static AccountJson of(AccountStanding standing) {
        var account = standing.account();
        var limit = standing.numberLimit();
        return new AccountJson(account.id(), account.name(), account.slug(), account.plan().apiName(),
                limit.isPresent() ? limit.getAsInt() : null, standing.numbersInUse(), standing.trialNumberAvailable(),
                Times.iso(account.createdAt()), Times.iso(account.updatedAt()));
    }
}
