package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.assistant.Assistant;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** An assistant as the API shows it, with the numbers assigned to it. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "firstMessage", "systemPrompt", "voice", "phoneNumberIds", "createdAt", "updatedAt"})
public record AssistantJson(String id, String name, String firstMessage, String systemPrompt, String voice,
                            List<String> phoneNumberIds, String createdAt, String updatedAt) {

    static AssistantJson of(Assistant assistant, List<String> phoneNumberIds) {
        return new AssistantJson(assistant.id(), assistant.name(), assistant.firstMessage(), assistant.systemPrompt(),
                assistant.voice(), phoneNumberIds, Times.iso(assistant.createdAt()), Times.iso(assistant.updatedAt()));
    }
}
