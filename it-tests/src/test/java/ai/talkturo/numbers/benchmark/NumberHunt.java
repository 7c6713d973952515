package ai.talkturo.numbers.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Searches the sandbox until it has enough distinct numbers that need no address and no compliance profile (those of
 * the United States and Canada): each kind of number (country and
 * type) in turn, first without a filter, then with each of its area codes lengthened by one digit, then with
 * two-digit {@code contains} patterns. A kind whose numbers need an address is dropped after its first search.
 */
final class NumberHunt {

    /** A country and type of number, with the destination codes the sandbox sells it under. */
    record Kind(String countryCode, String numberType, List<String> codes) {

        Kind(String countryCode, String numberType, String... codes) {
            this(countryCode, numberType, List.of(codes));
        }

        @Override
        public String toString() {
            return countryCode + " " + numberType;
        }

        List<Map<String, String>> filters() {
            List<Map<String, String>> filters = new ArrayList<>();
            filters.add(Map.of());
            for (char digit = '2'; digit <= '9'; digit++) {
                for (String code : codes) {
                    filters.add(Map.of("areaCode", code + digit));
                }
            }
            for (int pattern = 10; pattern < 100; pattern++) {
                filters.add(Map.of("contains", Integer.toString(pattern)));
            }
            return filters;
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("US", "local", "415", "212", "512", "206", "312", "617", "213", "305"),
            new Kind("US", "toll-free", "800", "888", "877", "866", "855", "844", "833"),
            new Kind("CA", "local", "416", "604", "514", "613", "403"),
            new Kind("CA", "toll-free", "800", "888", "877", "866", "855", "844", "833"));

    private static final int LIMIT = 20;
    private static final int MAX_SEARCHES = 800;

    /** What a hunt found: the numbers in a shuffled order, and how it went. */
    record Catch(List<String> numbers, int searches, Map<String, Integer> perKind, Map<String, String> skipped) {
    }

    private NumberHunt() {
    }

    static Catch hunt(Partner partner, int wanted, long seed) throws IOException, InterruptedException {
        Map<String, String> numberKinds = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        List<Kind> kinds = new ArrayList<>(KINDS);
        Map<Kind, Integer> nextFilter = new LinkedHashMap<>();
        int searches = 0;
        while (numberKinds.size() < wanted && !kinds.isEmpty() && searches < MAX_SEARCHES) {
            for (Kind kind : List.copyOf(kinds)) {
                if (numberKinds.size() >= wanted || searches >= MAX_SEARCHES) {
                    break;
                }
                List<Map<String, String>> filters = kind.filters();
                int index = nextFilter.merge(kind, 1, Integer::sum) - 1;
                if (index >= filters.size()) {
                    kinds.remove(kind);
                    continue;
                }
                JsonObject answer = search(partner, kind, filters.get(index));
                searches++;
                for (JsonObject offer : answer.getJsonArray("numbers").getValuesAs(JsonObject.class)) {
                    String requirement = offer.getString("addressRequirement");
                    if (!"none".equals(requirement)) {
                        skipped.put(kind.toString(), "needs an address (" + requirement + ")");
                        kinds.remove(kind);
                        break;
                    }
                    if (numberKinds.size() < wanted) {
                        numberKinds.putIfAbsent(offer.getString("phoneNumber"), kind.toString());
                    }
                }
            }
        }
        if (numberKinds.size() < wanted) {
            throw new IllegalStateException("found only " + numberKinds.size() + " distinct numbers in " + searches
                    + " searches, " + wanted + " wanted");
        }
        Map<String, Integer> perKind = new LinkedHashMap<>();
        numberKinds.values().forEach(kind -> perKind.merge(kind, 1, Integer::sum));
        List<String> numbers = new ArrayList<>(numberKinds.keySet());
        Collections.shuffle(numbers, new Random(seed));
        return new Catch(List.copyOf(numbers), searches, perKind, skipped);
    }

    private static JsonObject search(Partner partner, Kind kind, Map<String, String> extra)
            throws IOException, InterruptedException {
        JsonObjectBuilder filters = Json.createObjectBuilder()
                .add("countryCode", kind.countryCode())
                .add("numberType", kind.numberType())
                .add("limit", LIMIT);
        extra.forEach(filters::add);
        return partner.postExpecting(200, "api/phone-numbers/search", Json.createObjectBuilder().add("filters", filters).build());
    }
}
