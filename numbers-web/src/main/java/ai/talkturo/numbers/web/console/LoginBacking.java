package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.web.security.ConsoleLoginForm;
import ai.talkturo.numbers.web.security.ConsoleUsers;
import ai.talkturo.numbers.web.security.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** The login page, the way home after it, and signing out. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    ConsoleUsers users;
    @Inject
    SignedIn signedIn;
    @Inject
    Clock clock;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        boolean signedInNow = authenticate(username, password);
        password = null;
        if (signedInNow) {
            faces.responseComplete();
            String next = ConsoleLoginForm.takeWantedPage((HttpServletRequest) external.getRequest())
                    .orElseGet(() -> users.find(username).map(SignedIn::homeOf).orElse(ConsoleLoginForm.LOGIN_PAGE));
            external.redirect(external.getRequestContextPath() + next);
        } else {
            Notices.refused(whyRefused());
        }
    }

    /**
     * Signs in with the console's login ({@link ConsoleLoginForm#signIn}) when the password is right, as the login
     * form does and as a new user does right after signing up; answers whether it was.
     */
    boolean authenticate(String name, String secret) {
        SignInOutcome outcome = users.signIn(name == null ? "" : name.strip(), secret == null ? "" : secret);
        if (!(outcome instanceof SignInOutcome.Accepted accepted)) {
            return false;
        }
        ConsoleLoginForm.signIn((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
                accepted.user());
        return true;
    }

    private String whyRefused() {
        return users.lockedUntil(username)
                .map(until -> "Too many wrong passwords. This user is locked for "
                        + minutes(Duration.between(clock.instant(), until)) + "; try again later.")
                .orElse("Wrong username or password.");
    }

    private static String minutes(Duration left) {
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 more minute" : minutes + " more minutes";
    }

    /** The console's front door: signed-in people go to their first page, everyone else to the login page. */
    public void goHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + signedIn.user().map(SignedIn::homeOf).orElse(ConsoleLoginForm.LOGIN_PAGE));
    }

    /** On the login page: someone already signed in goes straight on. */
    public void skipIfSignedIn() throws IOException {
        if (signedIn.isPresent()) {
            goHome();
        }
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return ConsoleLoginForm.LOGIN_PAGE + "?faces-redirect=true&signedOut=true";
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
