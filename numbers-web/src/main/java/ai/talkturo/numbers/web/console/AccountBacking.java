package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.provisioning.ChangePlan;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.web.security.AccountKeys;
import ai.talkturo.numbers.web.security.ConsoleUser;
import ai.talkturo.numbers.web.security.ConsoleUsers;
import ai.talkturo.numbers.web.security.IssuedKey;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The Account page: the plan and a move to a larger one, the partner API keys (a new key is shown this once) and
 * the people who sign in to the account.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    @Inject
    SignedIn signedIn;
    @Inject
    ReadAccount readAccount;
    @Inject
    ChangePlan changePlan;
    @Inject
    AccountKeys accountKeys;
    @Inject
    ConsoleUsers users;

    private AccountView account;
    private List<ApiKeyView> keys = List.of();
    private String issuedKey;

    @PostConstruct
    void load() {
        String accountId = signedIn.accountId();
        account = new AccountView(readAccount.standing(accountId),
                users.ofAccount(accountId).stream().map(ConsoleUser::username).toList());
        keys = accountKeys.of(accountId).stream().map(ApiKeyView::new).toList();
    }

    /** The plans this account can move up to; moving down is for operators. */
    public List<PlanView> getUpgrades() {
        return Arrays.stream(Plan.values())
                .filter(plan -> plan.ordinal() > account.currentPlan().ordinal())
                .map(PlanView::new)
                .toList();
    }

    public void upgrade(String planName) {
        Plan plan = Plan.fromApiName(planName).orElse(null);
        if (plan == null || plan.ordinal() <= account.currentPlan().ordinal()) {
            Notices.refused("Choose a larger plan than the one you have.");
            return;
        }
        try {
            changePlan.change(signedIn.accountId(), plan);
            Notices.done("You are on the " + Display.planName(plan) + " plan now."
                    + (account.isFree() ? " Your trial number is yours to keep: it no longer expires." : ""));
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
        load();
    }

    public void issueKey() {
        IssuedKey key = accountKeys.issue(signedIn.accountId());
        issuedKey = key.key();
        load();
    }

    public void revokeKey(ApiKeyView key) {
        try {
            accountKeys.revoke(signedIn.accountId(), key.getId());
            Notices.done("The key " + key.getHint() + " is revoked. Requests with it are refused from now on.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
        issuedKey = null;
        load();
    }

    public AccountView getAccount() {
        return account;
    }

    public String getPlanAllowance() {
        return new PlanView(account.currentPlan()).getAllowance();
    }

    public List<ApiKeyView> getKeys() {
        return keys;
    }

    /** The key just issued, shown once; null otherwise. */
    public String getIssuedKey() {
        return issuedKey;
    }
}
