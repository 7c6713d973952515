package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.provisioning.ChangePlan;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.web.partners.RegisterPartnerWebhook;
import ai.talkturo.numbers.web.partners.WebhookUrl;
import ai.talkturo.numbers.web.partners.WebhookUrlRefused;
import ai.talkturo.numbers.web.partners.port.PartnerWebhook;
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
 * The Account page: the plan and a move to a larger one, the partner API keys (a new key is shown this once), the
 * webhook that hears of every change (its signing secret is shown this once too) and the people who sign in.
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
    @Inject
    RegisterPartnerWebhook webhooks;

    private AccountView account;
    private List<ApiKeyView> keys = List.of();
    private String issuedKey;
    private String webhookUrl;
    private String webhookInput;
    private String issuedSecret;

    @PostConstruct
    void load() {
        String accountId = signedIn.accountId();
        account = new AccountView(readAccount.standing(accountId),
                users.ofAccount(accountId).stream().map(ConsoleUser::username).toList());
        keys = accountKeys.of(accountId).stream().map(ApiKeyView::new).toList();
        webhookUrl = webhooks.of(accountId).map(webhook -> webhook.url().toString()).orElse(null);
        webhookInput = webhookUrl;
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
            Notices.done("You are on the " + plan.displayName() + " plan now."
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

    /** Points the account's events at the URL typed in, with a new signing secret shown this once. */
    public void saveWebhook() {
        var url = WebhookUrl.parse(webhookInput);
        if (url.isEmpty()) {
            Notices.refused("Give the full address of your webhook, starting with https:// (or http://), "
                    + "without a user name, password or #fragment.");
            return;
        }
        PartnerWebhook webhook;
        try {
            webhook = webhooks.register(signedIn.accountId(), url.get());
        } catch (WebhookUrlRefused refused) {
            Notices.refused(refused);
            return;
        }
        issuedSecret = webhook.secret();
        Notices.done("Events about your numbers and calls now go to " + webhook.url() + ".");
        load();
    }

    public void removeWebhook() {
        webhooks.remove(signedIn.accountId());
        issuedSecret = null;
        Notices.done("Events are no longer sent to a webhook.");
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

    /** The URL events go to now; null when the account has none. */
    public String getWebhookUrl() {
        return webhookUrl;
    }

    public String getWebhookInput() {
        return webhookInput;
    }

    public void setWebhookInput(String webhookInput) {
        this.webhookInput = webhookInput;
    }

    /** The webhook's signing secret just issued, shown once; null otherwise. */
    public String getIssuedSecret() {
        return issuedSecret;
    }
}
