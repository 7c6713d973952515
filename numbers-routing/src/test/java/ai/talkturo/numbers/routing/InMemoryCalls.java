package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.Calls;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;

/** {@link Calls} in a map; a call read is a copy, as from a table. */
class InMemoryCalls implements Calls {

    private final Map<String, Call> calls = new LinkedHashMap<>();

    @Override
    public synchronized void add(Call call) {
        calls.put(call.id(), copy(call));
    }

    @Override
    public synchronized Optional<Call> byId(String id) {
        return Optional.ofNullable(calls.get(id)).map(InMemoryCalls::copy);
    }

    @Override
    public synchronized Optional<Call> inAccount(String accountId, String id) {
        return byId(id).filter(call -> call.accountId().equals(accountId));
    }

    @Override
    public synchronized List<Call> ofCampaign(String campaignId) {
        return calls.values().stream().filter(call -> campaignId.equals(call.campaignId()))
                .sorted(Comparator.comparing(Call::createdAt).thenComparing(Call::id)).map(InMemoryCalls::copy).toList();
    }

    @Override
    public Optional<Call> forUpdate(String id) {
        return byId(id);
    }

    @Override
    public synchronized Optional<Call> forUpdateByCarrierCallId(String provider, String carrierCallId) {
        return calls.values().stream()
                .filter(call -> provider.equals(call.provider()) && carrierCallId.equals(call.carrierCallId()))
                .findFirst().map(InMemoryCalls::copy);
    }

    @Override
    public synchronized void update(Call call) {
        calls.put(call.id(), copy(call));
    }

    synchronized int size() {
        return calls.size();
    }

    private static Call copy(Call call) {
        return Call.restore(call.id(), call.accountId(), call.assistantId(), call.phoneNumberId(), call.from(), call.to(),
                call.provider(), call.status(), call.carrierCallId(), call.failureReason(), call.campaignId(),
                call.contactId(), call.createdAt(), call.updatedAt(), call.answeredAt(), call.endedAt(), call.isAnsweredByMachine(),
                call.version());
    }
}
