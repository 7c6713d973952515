package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.ConfigureAssistants;
import ai.talkturo.numbers.provisioning.ReadNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads one account's numbers and assistants together, as the customer pages show them. */
@ApplicationScoped
class AccountNumbers {

    private static final int PAGE = 100;

    @Inject
    ReadNumbers readNumbers;
    @Inject
    ConfigureAssistants assistants;
    @Inject
    Clock clock;

    /** Every number of the account, newest first. */
    List<PhoneNumber> numbers(String accountId) {
        List<PhoneNumber> all = new ArrayList<>();
        List<PhoneNumber> page;
        String after = null;
        do {
            page = readNumbers.page(accountId, null, null, after, PAGE);
            all.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        all.sort(Comparator.comparing(PhoneNumber::id).reversed());
        return all;
    }

    List<Assistant> assistants(String accountId) {
        return assistants.ofAccount(accountId).stream().sorted(Comparator.comparing(Assistant::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    List<NumberView> views(List<PhoneNumber> numbers, List<Assistant> assistants) {
        Map<String, String> names = assistants.stream().collect(Collectors.toMap(Assistant::id, Assistant::name));
        Instant now = clock.instant();
        return numbers.stream().map(number -> new NumberView(number, names.get(number.assistantId()), null, now)).toList();
    }

    List<AssistantView> assistantViews(List<Assistant> assistants, List<PhoneNumber> numbers) {
        Map<String, List<String>> numbersOf = numbers.stream()
                .filter(number -> number.assistantId() != null)
                .collect(Collectors.groupingBy(PhoneNumber::assistantId,
                        Collectors.mapping(number -> Display.phone(number.number()), Collectors.toList())));
        return assistants.stream()
                .map(assistant -> new AssistantView(assistant, numbersOf.getOrDefault(assistant.id(), List.of())))
                .toList();
    }
}
