package ai.talkturo.numbers.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become answers: every exception leaves as API.md's problem+json. A refusal of the
 * product is answered as {@link Refusals}' table says; a refusal of JAX-RS itself (an unknown path, a wrong method
 * or media type) with its status; anything else, an {@link IllegalArgumentException} of a library or of a
 * misconfiguration included, is a fault of ours: it is logged under an incident id and answered 500 with that id
 * only.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Optional<Refusal> refusal = Refusals.of(failure);
        if (refusal.isPresent()) {
            Refusal refused = refusal.get();
            return answer(refused.status(), refused.code(), refused.title(), refused.detail(), refused.errors());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return answer(status, Problem.codeFor(status), Problem.titleFor(status), Problem.reasonFor(status), List.of());
        }
        if (failure instanceof WebApplicationException web) {
            return answer(web.getResponse().getStatus(), "unavailable", "Try again later", "try again later", List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return answer(500, "internal_error", "Something went wrong on our side", "incident " + incident
                + " has been logged", List.of());
    }

    private static Response answer(int status, String code, String title, String detail, List<FieldError> errors) {
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, code, title, detail, errors));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }
}
