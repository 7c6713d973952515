package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.provisioning.AccountStanding;
import java.io.Serializable;
import java.util.List;

/** An account with its plan and what it holds. {@code plan} is what the operators' plan picker holds. */
public final class AccountView implements Serializable {

    private final String id;
    private final String name;
    private final Plan currentPlan;
    private final long numbersInUse;
    private final String numberLimit;
    private final boolean trialNumberAvailable;
    private final String createdAt;
    private final List<String> users;
    private String plan;

    AccountView(AccountStanding standing, List<String> users) {
        Account account = standing.account();
        this.id = account.id();
        this.name = account.name();
        this.currentPlan = account.plan();
        this.plan = currentPlan.apiName();
        this.numbersInUse = standing.numbersInUse();
        this.numberLimit = standing.numberLimit().isPresent() ? String.valueOf(standing.numberLimit().getAsInt()) : "no limit";
        this.trialNumberAvailable = standing.trialNumberAvailable();
        this.createdAt = Display.moment(account.createdAt());
        this.users = List.copyOf(users);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    Plan currentPlan() {
        return currentPlan;
    }

    public String getPlanName() {
        return currentPlan.displayName();
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public long getNumbersInUse() {
        return numbersInUse;
    }

    public String getNumberLimit() {
        return numberLimit;
    }

    public boolean isTrialNumberAvailable() {
        return trialNumberAvailable;
    }

    public boolean isFree() {
        return currentPlan == Plan.FREE;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public List<String> getUsers() {
        return users;
    }
}
