package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.InvalidValue;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Callers whose calls a number rejects: whole E.164 numbers, or prefixes of them such as {@code +1900}. A caller is
 * blocked when any entry is the start of its number; a caller who hides its number is never matched.
 */
public record BlockedCallers(Set<String> entries) {

    public static final int MOST = 1_000;
    public static final BlockedCallers NONE = new BlockedCallers(Set.of());
    private static final Pattern ENTRY = Pattern.compile("\\+[1-9][0-9]{0,14}");

    public BlockedCallers {
        if (entries.size() > MOST) {
            throw new InvalidValue("at most " + MOST + " blocked numbers or prefixes, not " + entries.size());
        }
        entries = Set.copyOf(entries);
    }

    /** @throws InvalidValue unless every entry is a number or prefix in E.164 form, and there are at most {@link #MOST} */
    public static BlockedCallers of(Collection<String> entries) {
        return new BlockedCallers(new TreeSet<>(entries.stream().map(BlockedCallers::entry).toList()));
    }

    /** @throws InvalidValue unless {@code text} is a number or prefix in E.164 form such as {@code +1900} */
    public static String entry(String text) {
        if (text == null || !ENTRY.matcher(text).matches()) {
            throw new InvalidValue("must be a number or prefix in E.164 form, such as +14155550100 or +1900");
        }
        return text;
    }

    public boolean blocks(String caller) {
        if (entries.isEmpty() || caller == null || caller.length() < 2 || caller.charAt(0) != '+') {
            return false;
        }
        for (int end = 2; end <= caller.length(); end++) {
            if (entries.contains(caller.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** The entries in order, as the API shows them. */
    public Set<String> sorted() {
        return new TreeSet<>(entries);
    }
}
