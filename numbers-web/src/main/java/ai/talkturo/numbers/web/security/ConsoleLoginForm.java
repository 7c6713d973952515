package ai.talkturo.numbers.web.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The console's login, as the container's authentication module (Jakarta Authentication, registered by
 * {@link ConsoleLoginRegistration}): only {@code /console} asks for it (see the security constraints of
 * {@code web.xml}). The container consults it for every request of the WAR, so a request elsewhere ({@code /api},
 * {@code /webhooks}, health, OpenAPI) is let through at once, without a session, a lookup or an allocation beyond the
 * container's own: the voice webhook is the product's hot path.
 *
 * <p>Who signed in is kept as a {@link ConsoleCaller} attribute of the session ({@link #signIn}), and the container
 * is told again on every console request, rather than being left to remember it itself: the container's memory of a
 * login stays in the instance that saw it, while the session's attributes travel through the data grid to every
 * instance of a cluster. A caller sent to the login page is taken back to the page they asked for.
 */
public class ConsoleLoginForm implements ServerAuthModule {

    public static final String LOGIN_PAGE = "/console/login.xhtml";
    static final String CONSOLE = "/console";
    static final String CALLER = ConsoleCaller.class.getName();
    static final String WANTED = ConsoleLoginForm.class.getName() + ".wanted";
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    private static final Class<?>[] MESSAGE_TYPES = {HttpServletRequest.class, HttpServletResponse.class};

    private CallbackHandler container;

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return MESSAGE_TYPES.clone();
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        if (!inConsole(request)) {
            return AuthStatus.SUCCESS;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof ConsoleCaller caller) {
            tell(new CallerPrincipalCallback(client, caller.username()),
                    new GroupPrincipalCallback(client, caller.groups().toArray(String[]::new)));
            return AuthStatus.SUCCESS;
        }
        if (!Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))) {
            return AuthStatus.SUCCESS;
        }
        String query = request.getQueryString();
        request.getSession().setAttribute(WANTED, pathOf(request) + (query == null ? "" : "?" + query));
        try {
            ((HttpServletResponse) message.getResponseMessage()).sendRedirect(request.getContextPath() + LOGIN_PAGE);
        } catch (IOException e) {
            throw authException("the redirect to the login page failed", e);
        }
        return AuthStatus.SEND_CONTINUE;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        HttpSession session = ((HttpServletRequest) message.getRequestMessage()).getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        if (subject != null && !subject.isReadOnly()) {
            subject.getPrincipals().clear();
        }
    }

    /**
     * Signs {@code user} in: a new session id (so a session fixed before the login is worth nothing), and the caller
     * in the session, where the next request of the console, on any instance, finds it.
     */
    public static void signIn(HttpServletRequest request, ConsoleUser user) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(CALLER, ConsoleCaller.of(user));
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

    private static boolean inConsole(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int at = request.getContextPath().length();
        return uri.startsWith(CONSOLE, at) && (uri.length() == at + CONSOLE.length() || uri.charAt(at + CONSOLE.length()) == '/');
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void tell(Callback... callbacks) throws AuthException {
        try {
            container.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw authException("the container did not take the console caller", e);
        }
    }

    private static AuthException authException(String message, Exception cause) {
        AuthException failed = new AuthException(message);
        failed.initCause(cause);
        return failed;
    }
}
