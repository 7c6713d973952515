package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A customer creates, changes and deletes the assistants of their account. Deleting an assistant unassigns its
 * numbers first, so no number is left pointing at an assistant that is gone.
 */
@ApplicationScoped
@Transactional
public class ConfigureAssistants {

    @Inject
    Assistants assistants;
    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    NumberEvents events;
    @Inject
    Clock clock;

    public Assistant create(String accountId, AssistantSettings settings) {
        Assistant assistant = Assistant.create(accountId, settings.name(), settings.firstMessage(),
                settings.systemPrompt(), settings.voice(), clock);
        assistants.add(assistant);
        return assistant;
    }

    public Assistant change(String accountId, String assistantId, AssistantSettings changes) {
        Assistant assistant = find(accountId, assistantId);
        AssistantSettings next = changes.over(assistant);
        assistant.reconfigure(next.name(), next.firstMessage(), next.systemPrompt(), next.voice(), clock);
        assistants.update(assistant);
        return assistant;
    }

    public void delete(String accountId, String assistantId) {
        Assistant assistant = find(accountId, assistantId);
        for (PhoneNumber number : phoneNumbers.assignedTo(assistantId)) {
            number.unassign(clock);
            phoneNumbers.update(number);
            events.publish(number);
        }
        assistants.remove(assistant);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assistant find(String accountId, String assistantId) {
        return assistants.inAccount(accountId, assistantId).orElseThrow(() -> new NotFound("assistant", assistantId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assistant> ofAccount(String accountId) {
        return assistants.ofAccount(accountId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> numbersOf(String assistantId) {
        return phoneNumbers.assignedTo(assistantId).stream().map(PhoneNumber::id).toList();
    }
}
