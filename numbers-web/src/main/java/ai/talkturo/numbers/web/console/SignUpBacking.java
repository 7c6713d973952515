package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.web.security.ConsoleLoginForm;
import ai.talkturo.numbers.web.security.ConsoleUser;
import ai.talkturo.numbers.web.security.SignUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The sign-up page: a Free account and its first user, signed in at once. */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    SignUp signUp;
    @Inject
    LoginBacking login;

    private String accountName;
    private String username;
    private String password;
    private String passwordAgain;

    public void signUp() throws IOException {
        if (password == null || !password.equals(passwordAgain)) {
            Notices.refused("The two passwords differ. Please type the same password twice.");
            return;
        }
        ConsoleUser user;
        try {
            user = signUp.signUp(accountName, username, password);
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        boolean signedInNow = login.authenticate(user.username(), password);
        Notices.done("Welcome to Numbers! Your Free account is ready: buy a trial number to begin.");
        Notices.keepForRedirect();
        faces.responseComplete();
        external.redirect(external.getRequestContextPath()
                + (signedInNow ? SignedIn.homeOf(user) : ConsoleLoginForm.LOGIN_PAGE));
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
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

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
