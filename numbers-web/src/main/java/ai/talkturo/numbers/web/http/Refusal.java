package ai.talkturo.numbers.web.http;

import ai.talkturo.numbers.web.api.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A refusal written by a servlet or filter, outside JAX-RS: API.md's problem+json with the code of its status. */
final class Refusal {

    private Refusal() {
    }

    /** A short reason for a refusal known only by its status. */
    static String reasonOf(int status) {
        return switch (status) {
            case 400 -> "the request is malformed";
            case 401 -> "this needs a key or a sign-in";
            case 403 -> "this is not open to the caller";
            case 404 -> "no such resource";
            case 405 -> "this resource does not take that method";
            case 413 -> "the request is too large";
            case 414 -> "the path is too long";
            case 431 -> "the request's headers are too large";
            default -> "refused";
        };
    }

    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        byte[] body = Problem.json(status, Problem.codeFor(status), Problem.titleFor(status), detail).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
