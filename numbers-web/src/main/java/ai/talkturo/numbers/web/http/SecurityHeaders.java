package ai.talkturo.numbers.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep a browser from misreading or misusing what Numbers sends: no content sniffing anywhere, and for
 * the console a Content-Security-Policy (its own scripts, styles and pages only; never framed; forms post only to
 * it), no referrer outside it, and a session cookie sent with {@code SameSite=Lax}.
 *
 * <p>Faces writes its Ajax behaviour as inline event handlers and runs the scripts of an Ajax answer with eval
 * (the console opens and closes its dialogs so), so the policy still allows inline script, eval and inline style;
 * what it takes away is every other origin, framing, plugins and forms posting elsewhere. Payara adds {@code SameSite} to the cookies of responses whose path
 * starts with {@code /<name>} when the system property {@code <name>.sameSite} is set; {@code web.xml}'s
 * cookie-config attribute is not read by it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        System.setProperty("console.sameSite", "Lax");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/console") || path.startsWith("/jakarta.faces.resource")) {
            response.setHeader("Content-Security-Policy", CONSOLE_POLICY);
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }
}
