package ai.talkturo.numbers.web.http;

import ai.talkturo.numbers.web.api.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The web application's error page ({@code web.xml}): a refusal the container makes itself (a console page a
 * customer may not open, a failure no other part answered) leaves as API.md's problem+json; the console's own
 * pages answer a person with a page of the console instead of the server's.
 */
@WebServlet(urlPatterns = ContainerRefusals.PATH)
public class ContainerRefusals extends HttpServlet {

    static final String PATH = "/refusals";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (path.startsWith(request.getContextPath() + "/console") && (status == 403 || status == 404)) {
            page(request, response, status);
            return;
        }
        Refusal.write(response, status, status >= 500 ? "try again later" : Problem.reasonFor(status));
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        String home = request.getContextPath() + "/console/";
        String title = status == 403 ? "Not for this account" : "No such page";
        String text = status == 403 ? "This page is for operators of Numbers. Your account's pages are one click away."
                : "There is no such page in the console.";
        byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " · Numbers</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/console/console.css.xhtml\"></head>"
                + "<body><main class=\"open\"><div class=\"card open-card\"><h1>" + title + "</h1><p class=\"lead\">" + text
                + "</p><p><a class=\"button primary\" href=\"" + home + "\">Go to the console</a></p></div></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
