package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every number the sandbox could ever sell, without storing one: a number is in the inventory when it is valid, of
 * the type of one of the sandbox's {@link DestinationCode destination codes}, opens with that code, has its length,
 * and ends in a check digit, the sum of its other national digits modulo 10 ({@code +1 415 234 5677}:
 * 4+1+5+2+3+4+5+6+7 = 37). So the sandbox can tell a number it offered from one it never did. Searches draw candidates from a random
 * sequence seeded by the destination code, so the same search lists the same numbers every time. Whether someone
 * holds a number is not the inventory's business.
 */
final class SandboxInventory {

    /** How many numbers one search draws from one destination code at most, so that every search ends. */
    private static final int DRAWS_PER_CODE = 400;

    private final List<DestinationCode> plan;

    public SandboxInventory() {
        this(SandboxPlan.BLOCKS);
    }

    public SandboxInventory(List<DestinationCode> plan) {
        this.plan = List.copyOf(plan);
    }

    public List<DestinationCode> plan() {
        return plan;
    }

    /**
     * The sandbox's terms for a number, or empty when the number is not in its inventory. Says nothing about whether
     * someone holds the number now.
     */
    public Optional<NumberOffer> offer(E164Number number) {
        return destinationOf(number).map(destination -> destination.offer(number));
    }

    /** The block a number of the inventory belongs to; empty for any number the sandbox never offers. */
    public Optional<DestinationCode> destinationOf(E164Number number) {
        String digits = number.value().substring(1);
        NumberType type = number.numberType();
        return plan.stream()
                .filter(destination -> destination.type() == type && digits.startsWith(destination.callingCode()))
                .filter(destination -> {
                    String national = digits.substring(destination.callingCode().length());
                    return destination.covers(national) && endsInCheckDigit(national);
                })
                .findFirst();
    }

    /**
     * The inventory's numbers that match a search, in a stable order that takes turns between the matching
     * destination codes; finite, though longer than any search's limit. Filters: {@code areaCode} is the code, or a
     * longer prefix of the national number starting with it (a leading trunk {@code 0} is ignored outside North
     * America); {@code locality} and {@code region} as people write them; {@code contains} digits, {@code *} for any
     * one digit, anywhere in the national number.
     *
     * @throws IllegalArgumentException if {@code areaCode} is not digits, or {@code contains} not digits and {@code *}
     */
    public Stream<NumberOffer> offers(NumberSearch search) {
        String areaCode = areaCode(search);
        String contains = contains(search.contains());
        String locality = blankAsNull(search.locality());
        String region = blankAsNull(search.region());
        List<Draws> sources = plan.stream()
                .filter(destination -> destination.country() == search.country() && destination.type() == search.type())
                .filter(destination -> areaCode == null
                        || areaCode.startsWith(destination.code()) && areaCode.length() < destination.length())
                .filter(destination -> locality == null || destination.isIn(locality))
                .filter(destination -> region == null || destination.isInRegion(region))
                .map(destination -> new Draws(destination, areaCode == null ? destination.code() : areaCode, contains))
                .toList();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new TakingTurns(sources),
                Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL), false);
    }

    /** Whether the last digit of a national number is the sum of the others modulo 10. */
    static boolean endsInCheckDigit(String nationalNumber) {
        int last = nationalNumber.length() - 1;
        return nationalNumber.charAt(last) - '0' == digitSum(nationalNumber.substring(0, last)) % 10;
    }

    private static int digitSum(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }

    private static String areaCode(NumberSearch search) {
        String areaCode = blankAsNull(search.areaCode());
        if (areaCode == null) {
            return null;
        }
        if (!areaCode.matches("\\d+")) {
            throw new InvalidValue("areaCode must be digits: " + areaCode);
        }
        boolean northAmerica = search.country() == Country.US || search.country() == Country.CA;
        return !northAmerica && areaCode.startsWith("0") ? areaCode.substring(1) : areaCode;
    }

    private static String contains(String contains) {
        String pattern = blankAsNull(contains);
        if (pattern != null && !pattern.matches("[\\d*]+")) {
            throw new InvalidValue("contains must be digits, with * for any one digit: " + pattern);
        }
        return pattern;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The numbers of a search, taking one from each destination code in turn, each number once. */
    private static final class TakingTurns implements Iterator<NumberOffer> {

        private final Deque<Draws> sources;
        private final Set<E164Number> seen = new HashSet<>();
        private NumberOffer next;

        TakingTurns(List<Draws> sources) {
            this.sources = new ArrayDeque<>(sources);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !sources.isEmpty()) {
                Draws source = sources.poll();
                Optional<NumberOffer> drawn = source.next();
                if (drawn.isPresent()) {
                    sources.add(source);
                    if (seen.add(drawn.get().number())) {
                        next = drawn.get();
                    }
                }
            }
            return next != null;
        }

        @Override
        public NumberOffer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            NumberOffer taken = next;
            next = null;
            return taken;
        }
    }

    /**
     * Numbers of one destination code that start with a prefix and contain a pattern: random digits, from a sequence
     * seeded by the country, type and prefix, around the prefix and the pattern (placed in turn at each position it
     * fits), with the check digit set last. Draws that libphonenumber refuses or types otherwise are skipped.
     */
    private final class Draws {

        private final DestinationCode destination;
        private final String prefix;
        private final String pattern;
        private final List<Integer> offsets;
        private final Random random;
        private int draws;

        Draws(DestinationCode destination, String prefix, String pattern) {
            this.destination = destination;
            this.prefix = prefix;
            this.pattern = pattern;
            this.offsets = offsets();
            this.random = new Random(String.join("/", destination.country().code(), destination.type().apiName(),
                    prefix).hashCode());
        }

        Optional<NumberOffer> next() {
            while (draws < DRAWS_PER_CODE && !offsets.isEmpty()) {
                int offset = offsets.get(draws % offsets.size());
                draws++;
                Optional<NumberOffer> offer = draw(offset).flatMap(this::offerOf);
                if (offer.isPresent()) {
                    return offer;
                }
            }
            return Optional.empty();
        }

        private List<Integer> offsets() {
            if (pattern == null) {
                return List.of(-1);
            }
            List<Integer> fitting = new ArrayList<>();
            for (int offset = 0; offset + pattern.length() <= destination.length(); offset++) {
                if (fitsPrefix(offset)) {
                    fitting.add(offset);
                }
            }
            return fitting;
        }

        private boolean fitsPrefix(int offset) {
            for (int i = 0; i < pattern.length(); i++) {
                int position = offset + i;
                if (position < prefix.length() && pattern.charAt(i) != '*' && pattern.charAt(i) != prefix.charAt(position)) {
                    return false;
                }
            }
            return true;
        }

        private Optional<String> draw(int offset) {
            int length = destination.length();
            char[] digits = new char[length];
            boolean[] fixed = new boolean[length];
            for (int i = 0; i < prefix.length(); i++) {
                digits[i] = prefix.charAt(i);
                fixed[i] = true;
            }
            for (int i = 0; offset >= 0 && i < pattern.length(); i++) {
                if (pattern.charAt(i) != '*') {
                    digits[offset + i] = pattern.charAt(i);
                    fixed[offset + i] = true;
                }
            }
            int firstSubscriberDigit = destination.code().length();
            for (int i = 0; i < length; i++) {
                String choices = i == firstSubscriberDigit ? destination.leadingDigits() : "0123456789";
                char drawn = choices.charAt(random.nextInt(choices.length()));
                if (!fixed[i]) {
                    digits[i] = drawn;
                }
            }
            return withCheckDigit(digits, fixed);
        }

        /** Sets the last digit, or when the pattern fixed it, the last free digit before it; empty if neither can be. */
        private Optional<String> withCheckDigit(char[] digits, boolean[] fixed) {
            int last = digits.length - 1;
            if (!fixed[last]) {
                digits[last] = (char) ('0' + digitSum(new String(digits, 0, last)) % 10);
                return Optional.of(new String(digits));
            }
            for (int free = last - 1; free >= prefix.length(); free--) {
                if (!fixed[free]) {
                    digits[free] = '0';
                    int others = digitSum(new String(digits, 0, last));
                    digits[free] = (char) ('0' + Math.floorMod(digits[last] - '0' - others, 10));
                    return Optional.of(new String(digits));
                }
            }
            String national = new String(digits);
            return endsInCheckDigit(national) ? Optional.of(national) : Optional.empty();
        }

        private Optional<NumberOffer> offerOf(String nationalNumber) {
            E164Number number;
            try {
                number = new E164Number("+" + destination.callingCode() + nationalNumber);
            } catch (InvalidPhoneNumber invalid) {
                return Optional.empty();
            }
            return destinationOf(number)
                    .filter(found -> found.type() == destination.type() && found.code().equals(destination.code()))
                    .map(found -> destination.offer(number));
        }
    }
}
