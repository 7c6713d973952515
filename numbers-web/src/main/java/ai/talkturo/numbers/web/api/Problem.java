package ai.talkturo.numbers.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
}
