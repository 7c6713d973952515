package ai.talkturo.numbers.domain.assistant;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.InvalidValue;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * An AI voice agent of an account. Its first message, system prompt and voice are stored for the
 * voice runtime, which reads them; the product itself does not interpret them.
 */
public final class Assistant {

    private final String id;
    private final String accountId;
    private String name;
    private String firstMessage;
    private String systemPrompt;
    private String voice;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Assistant(String id, String accountId, String name, String firstMessage, String systemPrompt,
            String voice, Instant createdAt, Instant updatedAt, long version) {
        this.id = required(id, "id");
        this.accountId = required(accountId, "accountId");
        this.name = required(name, "name");
        this.firstMessage = firstMessage;
        this.systemPrompt = systemPrompt;
        this.voice = voice;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static Assistant create(String accountId, String name, String firstMessage, String systemPrompt,
            String voice, Clock clock) {
        Instant now = clock.instant();
        return new Assistant(Identifiers.next("as", clock), accountId, name, firstMessage, systemPrompt, voice,
                now, now, 0);
    }

    /** Rebuilds an assistant from storage as it was. */
    public static Assistant restore(String id, String accountId, String name, String firstMessage,
            String systemPrompt, String voice, Instant createdAt, Instant updatedAt, long version) {
        return new Assistant(id, accountId, name, firstMessage, systemPrompt, voice, createdAt, updatedAt, version);
    }

    /** Replaces the whole configuration; a {@code null} first message, prompt or voice clears it. */
    public void reconfigure(String name, String firstMessage, String systemPrompt, String voice, Clock clock) {
        this.name = required(name, "name");
        this.firstMessage = firstMessage;
        this.systemPrompt = systemPrompt;
        this.voice = voice;
        this.updatedAt = clock.instant();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("an assistant's " + name + " is required");
        }
        return value;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String firstMessage() {
        return firstMessage;
    }

    public String systemPrompt() {
        return systemPrompt;
    }

    public String voice() {
        return voice;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version of the stored assistant this one was read from, for optimistic locking. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assistant that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Assistant[" + id + ", " + name + "]";
    }
}
