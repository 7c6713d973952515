package ai.talkturo.numbers.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The console signs people in through its own login page; only {@code /console} asks for it (see the security
 * constraints of {@code web.xml}), the API, the webhooks, health and OpenAPI never do.
 *
 * <p>Who signed in is kept as a {@link ConsoleCaller} attribute of the session, and the container is told again on
 * every request, rather than being left to remember it itself: the container's memory of a login stays in the
 * instance that saw it, while the session's attributes travel through the data grid to every instance of a cluster.
 * A caller sent to the login page is taken back to the page they asked for.
 */
@DeclareRoles({ConsoleRoles.CUSTOMER, ConsoleRoles.OPERATOR})
@ApplicationScoped
public class ConsoleLoginForm implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/console/login.xhtml";
    static final String CALLER = ConsoleCaller.class.getName();
    static final String WANTED = ConsoleLoginForm.class.getName() + ".wanted";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof ConsoleCaller caller) {
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String query = request.getQueryString();
        request.getSession().setAttribute(WANTED, request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query));
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                               CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        ConsoleCaller caller = ConsoleCaller.of(result);
        request.getSession().setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }

    /** The page a caller sent to the login page had asked for, once; empty when there was none. */
    public static Optional<String> takeWantedPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(WANTED) instanceof String wanted)) {
            return Optional.empty();
        }
        session.removeAttribute(WANTED);
        return Optional.of(wanted);
    }
}
