package ai.talkturo.numbers.web.http;

import ai.talkturo.numbers.web.api.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A refusal written by a servlet or filter, outside JAX-RS: API.md's problem+json with the code of its status. */
final class Refusal {

    private Refusal() {
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
