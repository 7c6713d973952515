package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The errors of a Telnyx answer, {@code {"errors": [{"code": "10011", "title", "detail", "source"}]}}, read leniently.
 */
record TelnyxErrors(List<Detail> errors) {

    /** One error; any part may be null. */
    record Detail(String code, String title, String detail) {
    }

    static TelnyxErrors of(JsonObject body) {
        return new TelnyxErrors(JsonFields.objects(body, "errors").stream()
                .map(error -> new Detail(JsonFields.string(error, "code"), JsonFields.string(error, "title"),
                        JsonFields.string(error, "detail")))
                .toList());
    }

    boolean hasCode(String code) {
        return errors.stream().anyMatch(error -> code.equals(error.code()));
    }

    /** Whether a title or detail mentions any of {@code words}, ignoring case. */
    boolean mention(String... words) {
        return errors.stream()
                .flatMap(error -> Stream.of(error.title(), error.detail()))
                .filter(Objects::nonNull)
                .map(text -> text.toLowerCase(Locale.ROOT))
                .anyMatch(text -> Arrays.stream(words).anyMatch(text::contains));
    }

    /** The errors as one line for a log or a message, such as {@code 85001 Number not available: +49… is taken}. */
    String summary() {
        if (errors.isEmpty()) {
            return "no error details";
        }
        return errors.stream().map(TelnyxErrors::line).collect(Collectors.joining("; "));
    }

    private static String line(Detail error) {
        StringBuilder line = new StringBuilder();
        if (error.code() != null) {
            line.append(error.code()).append(' ');
        }
        if (error.title() != null) {
            line.append(error.title());
        }
        if (error.detail() != null && !error.detail().equals(error.title())) {
            line.append(error.title() != null ? ": " : "").append(error.detail());
        }
        return line.toString().trim();
    }
}
