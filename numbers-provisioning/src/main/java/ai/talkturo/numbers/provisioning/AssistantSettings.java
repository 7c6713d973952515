package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.assistant.Assistant;

/**
 * What a caller says about an assistant's configuration. In a change, a null field keeps the current value and
 * an empty one clears it (the name cannot be cleared).
 */
public record AssistantSettings(String name, String firstMessage, String systemPrompt, String voice) {

    AssistantSettings over(Assistant current) {
        return new AssistantSettings(
                name == null ? current.name() : name,
                merge(firstMessage, current.firstMessage()),
                merge(systemPrompt, current.systemPrompt()),
                merge(voice, current.voice()));
    }

    private static String merge(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isEmpty() ? null : given;
    }
}
