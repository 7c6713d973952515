package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.ImportedNumber;
import ai.talkturo.numbers.provisioning.port.ImportedNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ImportedNumbers} in a list, newest last, with the time each was given back. */
final class InMemoryImportedNumbers implements ImportedNumbers {

    private final List<ImportedNumber> numbers = new ArrayList<>();
    final Map<String, Instant> givenBack = new HashMap<>();

    @Override
    public void add(ImportedNumber number, Instant at) {
        numbers.add(number);
    }

    @Override
    public Optional<ImportedNumber> find(String phoneNumberId) {
        return numbers.stream().filter(number -> number.phoneNumberId().equals(phoneNumberId)).findFirst();
    }

    @Override
    public void givenBack(String phoneNumberId, Instant at) {
        givenBack.put(phoneNumberId, at);
    }

    @Override
    public List<ImportedNumber> from(String provider, String carrierAccount) {
        List<ImportedNumber> newestFirst = new ArrayList<>(numbers);
        Collections.reverse(newestFirst);
        return newestFirst.stream().filter(number -> number.provider().equals(provider)
                && number.carrierAccount().equals(carrierAccount) && !givenBack.containsKey(number.phoneNumberId()))
                .toList();
    }
}
