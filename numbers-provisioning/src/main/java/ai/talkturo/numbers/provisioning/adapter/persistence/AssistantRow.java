package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.assistant.Assistant;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code assistants}. */
@Entity
@Table(name = "assistants")
public class AssistantRow {

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    private String name;
    @Column(name = "first_message")
    private String firstMessage;
    @Column(name = "system_prompt")
    private String systemPrompt;
    private String voice;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;
    @Version
    private long version;

    protected AssistantRow() {
    }

    AssistantRow(Assistant assistant) {
        this.id = assistant.id();
        this.accountId = assistant.accountId();
        this.createdAt = assistant.createdAt();
        copy(assistant);
    }

    final void copy(Assistant assistant) {
        this.name = assistant.name();
        this.firstMessage = assistant.firstMessage();
        this.systemPrompt = assistant.systemPrompt();
        this.voice = assistant.voice();
        this.updatedAt = assistant.updatedAt();
    }

    Assistant toAssistant() {
        return Assistant.restore(id, accountId, name, firstMessage, systemPrompt, voice, createdAt, updatedAt, version);
    }

    long version() {
        return version;
    }
}
