package ai.talkturo.numbers.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * {@code ?limit=} (1–100, default 50) and the opaque {@code ?cursor=} of every list. Ids grow with time, so a
 * list ordered by id pages by "the ids after the last one seen".
 */
record Paging(int limit, String after) {

    static Paging of(String limit, String cursor) {
        return new Paging(limit(limit), after(cursor));
    }

    private static int limit(String given) {
        if (given == null) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(given);
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequest("limit", "must be a whole number from 1 to 100");
    }

    private static String after(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("cursor", "is not a cursor this API gave out");
        }
    }

    /**
     * One page of {@code items}, which must be ordered by {@code id}: either the whole list, or one already cut
     * by the database to the ids after {@link #after()} and at most one more than {@link #limit()}.
     */
    <T> Page<T> page(List<T> items, Function<T, String> id) {
        List<T> rest = after == null ? items : items.stream().filter(item -> id.apply(item).compareTo(after) > 0).toList();
        if (rest.size() <= limit) {
            return new Page<>(rest, null);
        }
        List<T> page = rest.subList(0, limit);
        String last = id.apply(page.get(page.size() - 1));
        return new Page<>(page, Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    }

    record Page<T>(List<T> items, String nextCursor) {
    }
}
