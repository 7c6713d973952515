package ai.talkturo.numbers.domain.event;

import java.time.Instant;

/**
 * Something that happened in the domain, published after the change that caused it has been stored. Each
 * aggregate's events live beside the aggregate (for example {@code number.NumberChanged}).
 */
public interface DomainEvent {

    Instant occurredAt();
}
