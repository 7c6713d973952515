package ai.talkturo.numbers.provisioning.adapter.carrier;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A carrier's error answer: the HTTP status and what the body said, as one or more errors of a code, a title and a
 * detail, any of them null. Twilio sends one ({@code {"code": 21631, "message": …}}), Telnyx a list
 * ({@code {"errors": [{"code": "10011", "title", "detail"}]}}); each adapter reads its own into this shape.
 */
public record CarrierError(String carrier, int status, List<Detail> details) {

    /** One error; any part may be null. */
    public record Detail(String code, String title, String detail) {
    }

    public CarrierError {
        Objects.requireNonNull(carrier, "carrier");
        details = List.copyOf(details);
    }

    public boolean hasCode(String... codes) {
        return details.stream().anyMatch(error -> Arrays.asList(codes).contains(error.code()));
    }

    /** Whether a title or detail mentions any of {@code words}, ignoring case. */
    public boolean mentions(String... words) {
        return details.stream()
                .flatMap(error -> Stream.of(error.title(), error.detail()))
                .filter(Objects::nonNull)
                .map(text -> text.toLowerCase(Locale.ROOT))
                .anyMatch(text -> Arrays.stream(words).anyMatch(text::contains));
    }

    /** The errors as one line, such as {@code 85001 Number not available: +49… is taken}. */
    public String summary() {
        if (details.isEmpty()) {
            return "no error details";
        }
        return details.stream().map(CarrierError::line).collect(Collectors.joining("; "));
    }

    /** As a person reads it in a log or a status reason: {@code 21631 Address required (Twilio, HTTP 400)}. */
    public String describe() {
        return summary() + " (" + carrier + ", HTTP " + status + ")";
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
