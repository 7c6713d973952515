package ai.talkturo.numbers.web.api;

import java.time.Instant;
import java.util.Optional;

/** Where the first answers of idempotent POSTs are kept, by scope (an account, or the operator) and key. */
public interface StoredAnswers {

    Optional<StoredAnswer> find(String scope, String key);

    /** Claims the key; false, and nothing kept, when another request claimed it first. */
    boolean claim(String scope, String key, StoredAnswer claim);

    void answer(String scope, String key, int status, String contentType, String body);

    void forget(String scope, String key);

    /** Forgets every answer kept since before the time; how many. */
    int forgetCreatedBefore(Instant before);
}
