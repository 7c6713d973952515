package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.web.security.ConsoleLoginForm;
import ai.talkturo.numbers.web.security.ConsoleUsers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** The login page, the way home after it, and signing out. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;
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
        AuthenticationStatus status = authenticate(username, password);
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            faces.responseComplete();
            String next = ConsoleLoginForm.takeWantedPage((HttpServletRequest) external.getRequest())
                    .orElseGet(() -> users.find(username).map(SignedIn::homeOf).orElse(ConsoleLoginForm.LOGIN_PAGE));
            external.redirect(external.getRequestContextPath() + next);
        } else {
            Notices.refused(whyRefused());
        }
    }

    /** Signs in with Jakarta Security, as the login form does and as a new user does right after signing up. */
    AuthenticationStatus authenticate(String name, String secret) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(name == null ? "" : name.strip(),
                                new Password(secret == null ? "" : secret)))
                        .newAuthentication(true));
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
