package ai.talkturo.numbers.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every JSON body is read strictly and then checked with Bean Validation before a resource sees it, so resources
 * only ever receive well-formed, valid requests: at most {@value #MOST_BYTES} bytes, one JSON value of a
 * reasonable depth and nothing after it ({@link JsonShape}), only the fields the request knows ({@link KnownFields},
 * every unknown one named), and a field that names an account naming the caller's ({@link AccountNamed}).
 */
@Provider
public class ValidatedBodies implements ReaderInterceptor {

    static final int MOST_BYTES = 1 << 20;
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");

    @Inject
    Validator validator;
    @Inject
    CallersAccount callersAccount;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = read(context);
        if (body == null) {
            throw new InvalidRequest("body", "a JSON body is required");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(body);
        if (violations.isEmpty() && body instanceof AccountNamed named) {
            callersAccount.check(named);
        }
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            throw new InvalidRequest("the request has " + errors.size() + " invalid field(s)", errors);
        }
        return body;
    }

    private static Object read(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            byte[] body = context.getInputStream().readNBytes(MOST_BYTES + 1);
            if (body.length > MOST_BYTES) {
                throw new PayloadTooLarge("a request body may be at most 1 MB");
            }
            if (body.length == 0) {
                return null;
            }
            JsonShape.check(body);
            List<FieldError> unknown = KnownFields.unknownIn(body, context.getGenericType());
            if (!unknown.isEmpty()) {
                throw new InvalidRequest("the request has " + unknown.size() + " field(s) it does not take", unknown);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        try {
            return context.proceed();
        } catch (NoContentException e) {
            return null;
        } catch (ProcessingException | JsonbException | JsonException e) {
            throw unreadable(e);
        }
    }

    /** Says what was wrong in the request's own terms, never in the names of our classes. */
    private static InvalidRequest unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
            if (unknown.find()) {
                return new InvalidRequest(unknown.group(1), "is not a field of this request");
            }
            if (message.startsWith("expected a ")) {
                return new InvalidRequest("body", "wrong type of value: " + message);
            }
            if (cause instanceof JsonException && !(cause instanceof JsonbException)) {
                return new InvalidRequest("body", "malformed JSON: " + message);
            }
        }
        return new InvalidRequest("body", "not valid JSON for this request");
    }
}
