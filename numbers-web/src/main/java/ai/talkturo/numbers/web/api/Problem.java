package ai.talkturo.numbers.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail with the API's stable {@code code}. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors"})
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem("/problems/" + code, title, status, detail, code, errors.isEmpty() ? null : errors);
    }

    /** The problem as the body of an answer written outside JAX-RS, by a servlet. */
    public static String json(int status, String code, String title, String detail) {
        return JsonConfig.JSONB.toJson(of(status, code, title, detail, List.of()));
    }

    /** The code of a refusal known only by its status, such as one the container made. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "validation_failed";
            case 401 -> "unauthenticated";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            default -> status >= 500 ? "internal_error" : "request_refused";
        };
    }

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "The request is not valid";
            case 401 -> "Missing, unknown or revoked API key";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "The request is too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Something went wrong on our side" : "The request was refused";
        };
    }

    /** What a refusal known only by its status says in its {@code detail}. */
    public static String reasonFor(int status) {
        return switch (status) {
            case 400 -> "the request is malformed";
            case 401 -> "this needs a key or a sign-in";
            case 403 -> "this is not open to the caller";
            case 404 -> "no such resource";
            case 405 -> "this resource does not take that method";
            case 413 -> "the request is too large";
            case 414 -> "the path is too long";
            case 415 -> "the body must be application/json";
            case 431 -> "the request's headers are too large";
            default -> Response.Status.fromStatusCode(status) == null ? "refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }
}
