package ai.talkturo.numbers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's console session over plain HTTP: its cookie goes with every request, whichever instance it is sent
 * to, and its forms are posted as the browser would post them, JSF view state included.
 */
final class ConsoleSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }


        String viewState() {
            Matcher found = VIEW_STATE.matcher(body);
            if (!found.find()) {
                throw new AssertionError("no view state in the page: " + body);
            }
            return found.group(1);
        }

        String title() {
            Matcher found = TITLE.matcher(body);
            return found.find() ? found.group(1) : "";
        }
    }

    Page get(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts the page's form as a full request, as a button without Ajax does. */
    Page post(URI base, String path, Map<String, String> fields) {
        return send(form(base, path, fields));
    }

    /** Posts the page's form as Faces Ajax does for the button {@code source}: executes {@code execute}, renders {@code render}. */
    Page ajax(URI base, String path, String source, String execute, String render, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.source", source);
        all.put("jakarta.faces.partial.event", "click");
        all.put("jakarta.faces.partial.execute", execute);
        all.put("jakarta.faces.partial.render", render);
        all.put("jakarta.faces.behavior.event", "action");
        all.put("jakarta.faces.partial.ajax", "true");
        return send(form(base, path, all).header("Faces-Request", "partial/ajax"));
    }

    /** Signs in on the login page of {@code base}; answers where the console sends the person next. */
    Page signIn(URI base, String username, String password) {
        Page login = get(base, "console/login.xhtml");
        return post(base, "console/login.xhtml", Map.of(
                "login", "login",
                "login:username", username,
                "login:password", password,
                "login:sign-in", "Sign in",
                "jakarta.faces.ViewState", login.viewState()));
    }

    private static HttpRequest.Builder form(URI base, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
