package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.assistant.Assistant;
import java.io.Serializable;
import java.util.List;

/** An assistant as the console lists it, with the numbers it answers. */
public final class AssistantView implements Serializable {

    private final String id;
    private final String name;
    private final String firstMessage;
    private final String systemPrompt;
    private final String voice;
    private final List<String> numbers;
    private final String updatedAt;

    AssistantView(Assistant assistant, List<String> numbers) {
        this.id = assistant.id();
        this.name = assistant.name();
        this.firstMessage = assistant.firstMessage();
        this.systemPrompt = assistant.systemPrompt();
        this.voice = assistant.voice();
        this.numbers = List.copyOf(numbers);
        this.updatedAt = Display.moment(assistant.updatedAt());
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFirstMessage() {
        return firstMessage;
    }

    public String getSystemPrompt() {
        return systemPrompt;
    }

    public String getVoice() {
        return voice;
    }

    /** The numbers that ring through to this assistant, as people read them. */
    public List<String> getNumbers() {
        return numbers;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }
}
