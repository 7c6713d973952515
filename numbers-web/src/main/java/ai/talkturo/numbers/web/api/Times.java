package ai.talkturo.numbers.web.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the API writes them: ISO-8601 UTC to the second. */
final class Times {

    private Times() {
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
