package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.web.security.ConsoleUser;
import ai.talkturo.numbers.web.security.ConsoleUsers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/** Who is using the console in this request. */
@Named
@RequestScoped
public class SignedIn {

    @Inject
    HttpServletRequest request;
    @Inject
    ConsoleUsers users;
    @Inject
    ChosenAccount chosenAccount;

    private Optional<ConsoleUser> user;

    public Optional<ConsoleUser> user() {
        if (user == null) {
            Principal principal = request.getUserPrincipal();
            user = principal == null ? Optional.empty() : users.find(principal.getName());
        }
        return user;
    }

    public boolean isPresent() {
        return user().isPresent();
    }

    public String getUsername() {
        return user().map(ConsoleUser::username).orElse("");
    }

    public boolean isOperator() {
        return user().map(ConsoleUser::operator).orElse(false);
    }

    /** The account the customer pages show: the customer's own, or the one an operator chose to work in. */
    public String accountId() {
        ConsoleUser signedIn = user().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        String accountId = signedIn.operator() ? chosenAccount.accountId() : signedIn.accountId();
        if (accountId == null) {
            throw new IllegalStateException("an operator chooses an account on the Accounts page first");
        }
        return accountId;
    }

    /** Whether an operator is working in a customer's account. */
    public boolean isInCustomerAccount() {
        return isOperator() && chosenAccount.accountId() != null;
    }

    /** The name of the account an operator works in. */
    public String getChosenAccountName() {
        return chosenAccount.name();
    }

    /** An operator goes back from a customer's account to the operators' pages. */
    public String leaveAccount() {
        chosenAccount.leave();
        return "/console/operator/accounts.xhtml?faces-redirect=true";
    }

    /** On the customer pages: an operator who has not chosen an account goes to the Accounts page to choose one. */
    public void requireAccount() throws IOException {
        if (isOperator() && chosenAccount.accountId() == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/console/operator/accounts.xhtml");
        }
    }

    /** Where a user starts: the operators' numbers, or the customer's own. */
    static String homeOf(ConsoleUser user) {
        return user.operator() ? "/console/operator/numbers.xhtml" : "/console/numbers.xhtml";
    }
}
