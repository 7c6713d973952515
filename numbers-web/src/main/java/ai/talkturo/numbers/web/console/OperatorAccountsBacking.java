package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.provisioning.AccountStanding;
import ai.talkturo.numbers.provisioning.ChangePlan;
import ai.talkturo.numbers.provisioning.OpenAccount;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.web.security.ConsoleUser;
import ai.talkturo.numbers.web.security.ConsoleUsers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The operators' Accounts page: every account with its plan and users; open an account, change a plan, add a
 * person, or work in an account as its customers do.
 */
@Named
@ViewScoped
public class OperatorAccountsBacking implements Serializable {

    @Inject
    ReadAccount readAccount;
    @Inject
    ChangePlan changePlan;
    @Inject
    ConsoleUsers users;
    @Inject
    OpenAccount openAccount;
    @Inject
    ChosenAccount chosenAccount;

    static final int PAGE = 50;

    private List<AccountView> accounts = List.of();
    private String query;
    private int shown = PAGE;
    private boolean more;
    private AccountView addingTo;
    private String username;
    private String password;
    private String newName;
    private String newPlan = Plan.FREE.apiName();

    @PostConstruct
    void load() {
        List<AccountStanding> found = readAccount.newest(query, shown + 1);
        more = found.size() > shown;
        accounts = found.stream().limit(shown)
                .map(standing -> new AccountView(standing,
                        users.ofAccount(standing.account().id()).stream().map(ConsoleUser::username).toList()))
                .toList();
    }

    /** Shows the accounts whose name or id contains what was typed. */
    public void find() {
        shown = PAGE;
        load();
    }

    public void showMore() {
        shown += PAGE;
        load();
    }

    public void changePlan(AccountView account) {
        Plan plan = Plan.fromApiName(account.getPlan()).orElse(null);
        if (plan == null || plan == account.currentPlan()) {
            Notices.refused("Pick another plan for " + account.getName() + " first.");
            return;
        }
        try {
            changePlan.change(account.getId(), plan);
            Notices.done(account.getName() + " is on the " + plan.displayName() + " plan now.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
        load();
    }

    public void askNewUser(AccountView account) {
        addingTo = account;
        username = null;
        password = null;
        Notices.run("numbersConsole.openDialog('user-dialog')");
    }

    public void addUser() {
        if (addingTo == null) {
            return;
        }
        try {
            ConsoleUser user = users.addCustomer(addingTo.getId(), username, password);
            Notices.done(user.username() + " can now sign in to " + addingTo.getName() + ".");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            return;
        }
        addingTo = null;
        Notices.alsoRender("accounts:notices");
        Notices.run("numbersConsole.closeDialog('user-dialog')");
        load();
    }

    public void openAccount() {
        if (Display.blankAsNull(newName) == null) {
            Notices.refused("Give the new account a name.");
            return;
        }
        try {
            Account account = openAccount.open(newName.strip(), Plan.fromApiName(newPlan).orElse(Plan.FREE));
            Notices.done(account.name() + " is open on the " + account.plan().displayName()
                    + " plan. Add a person to it, or work in it yourself.");
            query = null;
            newName = null;
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
        find();
    }

    /** The operator works in this customer's account: its Phone Numbers, Assistants and Account pages. */
    public String workIn(AccountView account) {
        chosenAccount.choose(account.getId(), account.getName());
        return "/console/numbers.xhtml?faces-redirect=true";
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPlan() {
        return newPlan;
    }

    public void setNewPlan(String newPlan) {
        this.newPlan = newPlan;
    }

    public List<PlanView> getPlans() {
        return Arrays.stream(Plan.values()).map(PlanView::new).toList();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isMore() {
        return more;
    }

    public List<AccountView> getAccounts() {
        return accounts;
    }

    public AccountView getAddingTo() {
        return addingTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
