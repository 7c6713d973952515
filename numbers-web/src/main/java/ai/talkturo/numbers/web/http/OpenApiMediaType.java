package ai.talkturo.numbers.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The OpenAPI document's YAML under its own media type: Payara Micro 6 writes it as {@code text/plain} and refuses
 * an {@code Accept} of {@code application/yaml} with 406. Here a request for YAML reaches Payara as one for its
 * {@code text/plain}, and the answer goes out as {@code application/yaml}. JSON ({@code Accept: application/json})
 * is left as it is.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"}, asyncSupported = true)
public class OpenApiMediaType extends HttpFilter {

    static final String YAML = "application/yaml;charset=UTF-8";
    private static final Pattern YAML_TYPES = Pattern.compile("(?i)(application|text)/(x-)?yaml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "accept".equalsIgnoreCase(name) ? payaras(super.getHeader(name)) : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                if (!"accept".equalsIgnoreCase(name)) {
                    return super.getHeaders(name);
                }
                return Collections.enumeration(Collections.list(super.getHeaders(name)).stream()
                        .map(OpenApiMediaType::payaras).toList());
            }
        }, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(yaml(type));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "content-type".equalsIgnoreCase(name) ? yaml(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "content-type".equalsIgnoreCase(name) ? yaml(value) : value);
            }
        });
    }

    /** An {@code Accept} header with YAML's media types named as Payara names YAML. */
    private static String payaras(String accept) {
        return accept == null ? null : YAML_TYPES.matcher(accept).replaceAll("text/plain");
    }

    private static String yaml(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain") ? YAML : type;
    }
}
