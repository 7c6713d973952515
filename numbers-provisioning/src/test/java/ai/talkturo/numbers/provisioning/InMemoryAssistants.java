package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.assistant.Assistants;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Assistants} in a map. */
final class InMemoryAssistants implements Assistants {

    private final Map<String, Assistant> byId = new TreeMap<>();

    @Override
    public Optional<Assistant> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Assistant> inAccount(String accountId, String id) {
        return byId(id).filter(assistant -> assistant.accountId().equals(accountId));
    }

    @Override
    public List<Assistant> ofAccount(String accountId) {
        return byId.values().stream().filter(assistant -> assistant.accountId().equals(accountId)).toList();
    }

    @Override
    public void add(Assistant assistant) {
        byId.put(assistant.id(), assistant);
    }

    @Override
    public void update(Assistant assistant) {
        byId.put(assistant.id(), assistant);
    }

    @Override
    public void remove(Assistant assistant) {
        byId.remove(assistant.id());
    }
}
