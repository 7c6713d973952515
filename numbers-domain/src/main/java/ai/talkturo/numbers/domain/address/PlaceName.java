package ai.talkturo.numbers.domain.address;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place name compared the way people write it: regardless of case, accents, punctuation and spacing, and with a
 * German umlaut spelt out the same as written ({@code Zürich}, {@code Zuerich}, {@code zurich} are one place).
 */
public record PlaceName(String key) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPELT_OUT_UMLAUT = Pattern.compile("([aou])e");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static PlaceName of(String text) {
        String folded = text.replace("ß", "ss").replace("ẞ", "ss").toLowerCase(Locale.ROOT);
        folded = SPELT_OUT_UMLAUT.matcher(folded).replaceAll("$1");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return new PlaceName(SEPARATORS.matcher(folded).replaceAll(" ").trim());
    }

    public boolean sameAs(String text) {
        return text != null && key.equals(of(text).key);
    }
}
