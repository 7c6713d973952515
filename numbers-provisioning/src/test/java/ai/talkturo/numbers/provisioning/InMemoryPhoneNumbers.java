package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.NumberTaken;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link PhoneNumbers} in a map, as the database keeps them: only one number may hold an E.164 number, what is read
 * is a copy (a change not stored is lost), and an update must name the version it read, which it then raises.
 */
final class InMemoryPhoneNumbers implements PhoneNumbers {

    private final Map<String, PhoneNumber> byId = new TreeMap<>();

    @Override
    public Optional<PhoneNumber> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(InMemoryPhoneNumbers::copy);
    }

    @Override
    public Optional<PhoneNumber> inAccount(String accountId, String id) {
        return byId(id).filter(number -> number.accountId().equals(accountId));
    }

    @Override
    public Optional<PhoneNumber> lockedInAccount(String accountId, String id) {
        return inAccount(accountId, id);
    }

    @Override
    public Optional<PhoneNumber> lockedById(String id) {
        return byId(id);
    }

    @Override
    public List<PhoneNumber> ofAccount(String accountId) {
        return where(number -> number.accountId().equals(accountId));
    }

    @Override
    public List<PhoneNumber> assignedTo(String assistantId) {
        return where(number -> assistantId.equals(number.assistantId()));
    }

    @Override
    public long countCountingAgainstPlan(String accountId) {
        return ofAccount(accountId).stream().filter(number -> number.status().countsAgainstPlan()).count();
    }

    @Override
    public List<PhoneNumber> page(String accountId, NumberStatus status, String assistantId, String afterId, int limit) {
        return where(number -> number.accountId().equals(accountId)
                && (status == null || number.status() == status)
                && (assistantId == null || assistantId.equals(number.assistantId()))
                && (afterId == null || number.id().compareTo(afterId) > 0)).stream().limit(limit).toList();
    }

    @Override
    public List<PhoneNumber> search(NumberStatus status, Country country, String provider, String beforeId, int limit) {
        return where(number -> (status == null || number.status() == status)
                && (country == null || number.number().supportedCountry() == country)
                && (provider == null || provider.equals(number.provider()))
                && (beforeId == null || number.id().compareTo(beforeId) < 0)).stream()
                .sorted(Comparator.comparing(PhoneNumber::id).reversed()).limit(limit).toList();
    }

    @Override
    public List<PhoneNumber> expiredTrials(Instant now, int max) {
        return where(number -> number.isTrialExpired(now)).stream().limit(max).toList();
    }

    @Override
    public List<PhoneNumber> trialsExpiringBefore(Instant until, String afterId, int max) {
        return where(number -> number.trial() && number.status().countsAgainstPlan() && number.expiresAt() != null
                && number.expiresAt().isBefore(until) && (afterId == null || number.id().compareTo(afterId) > 0))
                .stream().limit(max).toList();
    }

    @Override
    public Optional<PhoneNumber> holding(E164Number number) {
        return where(held -> held.number().equals(number) && held.status().countsAgainstPlan()).stream().findFirst();
    }

    @Override
    public Set<E164Number> held(Collection<E164Number> numbers) {
        return numbers.stream().filter(number -> holding(number).isPresent()).collect(Collectors.toSet());
    }

    @Override
    public void add(PhoneNumber phoneNumber) {
        if (holding(phoneNumber.number()).isPresent()) {
            throw new NumberTaken(phoneNumber.number());
        }
        byId.put(phoneNumber.id(), copy(phoneNumber, phoneNumber.version()));
    }

    @Override
    public void update(PhoneNumber phoneNumber) {
        PhoneNumber stored = byId.get(phoneNumber.id());
        if (stored.version() != phoneNumber.version()) {
            throw new OptimisticLockException(phoneNumber.id() + " was changed by someone else");
        }
        byId.put(phoneNumber.id(), copy(phoneNumber, phoneNumber.version() + 1));
    }

    private List<PhoneNumber> where(Predicate<PhoneNumber> test) {
        return byId.values().stream().filter(test).map(InMemoryPhoneNumbers::copy).toList();
    }

    private static PhoneNumber copy(PhoneNumber number) {
        return copy(number, number.version());
    }

    private static PhoneNumber copy(PhoneNumber number, long version) {
        return PhoneNumber.restore(number.id(), number.accountId(), number.number(), number.numberType(),
                number.status(), number.statusReason(), number.assistantId(), number.trial(), number.expiresAt(),
                number.price(), number.features(), number.provider(), number.carrierReference(), number.createdAt(),
                number.activatedAt(), number.updatedAt(), number.inboundRules(), number.origin(), version);
    }
}
