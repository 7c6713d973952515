package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.AccountStanding;
import ai.talkturo.numbers.provisioning.AssignNumber;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.provisioning.ReleaseNumber;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Phone Numbers page: the account's numbers with their status, assistant and trial time; assigning an
 * assistant; releasing with a confirmation. While a number is being bought the page asks again every few seconds.
 */
@Named
@ViewScoped
public class PhoneNumbersBacking implements Serializable {

    @Inject
    SignedIn signedIn;
    @Inject
    AccountNumbers accountNumbers;
    @Inject
    ReadAccount readAccount;
    @Inject
    AssignNumber assignNumber;
    @Inject
    ReleaseNumber releaseNumber;
    @Inject
    FreePlanTerms freePlan;

    private List<NumberView> numbers = List.of();
    private List<AssistantView> assistants = List.of();
    private String summary = "";
    private String freePlanTerms = "";
    private boolean showReleased;
    private NumberView releasing;

    @PostConstruct
    void load() {
        String accountId = signedIn.accountId();
        List<PhoneNumber> held = accountNumbers.numbers(accountId);
        List<Assistant> known = accountNumbers.assistants(accountId);
        numbers = accountNumbers.views(held, known);
        assistants = accountNumbers.assistantViews(known, held);
        AccountStanding standing = readAccount.standing(accountId);
        summary = summaryOf(standing);
        freePlanTerms = freePlan.of(standing);
    }

    private static String summaryOf(AccountStanding standing) {
        Plan plan = standing.account().plan();
        String limit = standing.numberLimit().isPresent() ? " of " + standing.numberLimit().getAsInt() : "";
        String inUse = standing.numbersInUse() + limit + (standing.numbersInUse() == 1 && limit.isEmpty() ? " number" : " numbers")
                + " in use";
        return plan.displayName() + " plan · " + inUse;
    }

    /** Reads the numbers again; the page calls it every few seconds while one is being bought. */
    public void refresh() {
        load();
    }

    public void assign(NumberView number) {
        String accountId = signedIn.accountId();
        try {
            if (number.getAssistantId() == null) {
                if (number.assignedAssistantId() != null) {
                    assignNumber.unassign(accountId, number.assignedAssistantId(), number.getId());
                    Notices.done(number.getDisplay() + " has no assistant now; calls to it are not answered.");
                }
            } else {
                PhoneNumber assigned = assignNumber.assign(accountId, number.getAssistantId(), number.getId());
                Notices.done(number.getDisplay() + " now rings through to " + nameOf(assigned.assistantId()) + ".");
            }
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
        load();
    }

    public void askRelease(NumberView number) {
        releasing = number;
        Notices.run("numbersConsole.openDialog('release-dialog')");
    }

    public void release() {
        if (releasing == null) {
            return;
        }
        try {
            releaseNumber.release(signedIn.accountId(), releasing.getId());
            Notices.done(releasing.getDisplay() + " is released. It no longer takes calls.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
        releasing = null;
        Notices.run("numbersConsole.closeDialog('release-dialog')");
        load();
    }

    private String nameOf(String assistantId) {
        return assistants.stream().filter(a -> a.getId().equals(assistantId)).map(AssistantView::getName).findFirst()
                .orElse("its assistant");
    }

    public List<NumberView> getNumbers() {
        return numbers.stream().filter(number -> showReleased || !number.isReleased()).toList();
    }

    public long getReleasedCount() {
        return numbers.stream().filter(NumberView::isReleased).count();
    }

    public boolean isShowReleased() {
        return showReleased;
    }

    public void toggleReleased() {
        showReleased = !showReleased;
    }

    /** Whether any number shown is a trial number, so the page shows the Trial column. */
    public boolean isAnyTrial() {
        return getNumbers().stream().anyMatch(NumberView::isTrial);
    }

    /** Whether a number is still being bought, so the page should look again soon. */
    public boolean isPurchasing() {
        return numbers.stream().anyMatch(NumberView::isPurchasing);
    }

    public List<AssistantView> getAssistants() {
        return assistants;
    }

    public String getSummary() {
        return summary;
    }

    /** The Free plan's terms, for an account on it; empty for any other. */
    public String getFreePlanTerms() {
        return freePlanTerms;
    }

    public NumberView getReleasing() {
        return releasing;
    }
}
