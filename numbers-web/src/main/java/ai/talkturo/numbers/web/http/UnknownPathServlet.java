package ai.talkturo.numbers.web.http;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The WAR's default servlet: whatever no other mapping takes ({@code /API/admin}, {@code /nothing}) is not found, as
 * problem+json, whatever its method. The root and {@code /console} lead to the console. It replaces the container's
 * file servlet, which answered such requests with its own HTML pages (403 for DELETE, 501 for PATCH); the console's
 * styles and scripts come through the Faces resource handler instead.
 */
@WebServlet(urlPatterns = "/")
public class UnknownPathServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (reading && (path.equals("/") || path.equals("/index.html") || path.equals("/console"))) {
            response.sendRedirect(request.getContextPath() + "/console/");
            return;
        }
        Refusal.write(response, 404, "no such resource");
    }
}
