package ai.talkturo.numbers.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The first look at every request: a path with broken percent-encoding ({@code %zz}, a lone {@code %}), an encoded
 * NUL or control character, or a method the product has no use for ({@code TRACE}, {@code CONNECT}) is refused here
 * as problem+json, before any servlet tries to make sense of it and fails in its own way.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MalformedRequests extends HttpFilter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", METHODS));
            Refusal.write(response, 405, request.getMethod() + " is not a method of this server");
            return;
        }
        String problem = problemOf(request.getRequestURI());
        if (problem != null) {
            Refusal.write(response, 400, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the path as the client wrote it, or null when nothing is. */
    static String problemOf(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "the path holds a control character";
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= rawPath.length() || hex(rawPath.charAt(i + 1)) < 0 || hex(rawPath.charAt(i + 2)) < 0) {
                return "the path holds a % that is not followed by two hexadecimal digits";
            }
            int decoded = hex(rawPath.charAt(i + 1)) * 16 + hex(rawPath.charAt(i + 2));
            if (decoded < 0x20 || decoded == 0x7f) {
                return "the path holds an encoded control character";
            }
            i += 2;
        }
        return null;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
