package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.Carriers;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.provisioning.ReadNumbers;
import ai.talkturo.numbers.provisioning.SuspendNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operators' Numbers page: every number, filtered by status, country and carrier; suspend and resume. */
@Named
@ViewScoped
public class OperatorNumbersBacking implements Serializable {

    static final int PAGE = 50;

    @Inject
    ReadNumbers readNumbers;
    @Inject
    ReadAccount readAccount;
    @Inject
    SuspendNumber suspendNumber;
    @Inject
    Carriers carriers;
    @Inject
    Clock clock;

    private String status;
    private String country;
    private String carrier;
    private final List<NumberView> numbers = new ArrayList<>();
    private boolean more;
    private NumberView suspending;
    private String reason;

    /** Reads the first page for the filters chosen, which the page's address may carry too. */
    public void filter() {
        numbers.clear();
        readPage(null);
    }

    public void loadMore() {
        readPage(numbers.isEmpty() ? null : numbers.get(numbers.size() - 1).getId());
    }

    private void readPage(String beforeId) {
        List<PhoneNumber> page = readNumbers.everyAccount(NumberStatus.fromApiName(status).orElse(null),
                Arrays.stream(Country.values()).filter(c -> c.code().equals(country)).findFirst().orElse(null),
                Display.blankAsNull(carrier),
                beforeId, PAGE + 1);
        more = page.size() > PAGE;
        numbers.addAll(views(page.stream().limit(PAGE).toList(), readAccount, clock.instant()));
    }

    /** The numbers as rows that name their accounts. */
    static List<NumberView> views(List<PhoneNumber> numbers, ReadAccount readAccount, Instant now) {
        Map<String, String> accountNames = readAccount.namesOf(numbers.stream().map(PhoneNumber::accountId).toList());
        return numbers.stream().map(number -> new NumberView(number, null, accountNames.get(number.accountId()), now)).toList();
    }

    public void askSuspend(NumberView number) {
        suspending = number;
        reason = null;
        Notices.run("numbersConsole.openDialog('suspend-dialog')");
    }

    public void suspend() {
        if (suspending == null) {
            return;
        }
        if (Display.blankAsNull(reason) == null) {
            Notices.refused("Say why the number is suspended: the customer reads it.");
            return;
        }
        try {
            replace(suspending, suspendNumber.suspend(suspending.getId(), reason.strip()));
            Notices.done(suspending.getDisplay() + " is suspended. It stops taking calls until it is resumed.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            filter();
        }
        suspending = null;
        Notices.alsoRender("numbers:notices");
        Notices.run("numbersConsole.closeDialog('suspend-dialog')");
    }

    public void resume(NumberView number) {
        try {
            replace(number, suspendNumber.resume(number.getId()));
            Notices.done(number.getDisplay() + " is active again.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            filter();
        }
    }

    /** The changed number stays where it was in the list, even when it no longer matches the filters. */
    private void replace(NumberView shown, PhoneNumber changed) {
        int at = numbers.indexOf(shown);
        NumberView updated = new NumberView(changed, null, shown.getAccountName(), clock.instant());
        if (at >= 0) {
            numbers.set(at, updated);
        }
    }

    public List<String> getStatuses() {
        return Arrays.stream(NumberStatus.values()).map(NumberStatus::apiName).toList();
    }

    public List<Country> getCountries() {
        return Arrays.asList(Country.values());
    }

    public Set<String> getCarriers() {
        return carriers.names();
    }

    public List<NumberView> getNumbers() {
        return numbers;
    }

    public boolean isMore() {
        return more;
    }

    public NumberView getSuspending() {
        return suspending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }
}
