package ai.talkturo.numbers.domain.address;

import ai.talkturo.numbers.domain.number.Country;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The postal codes of the localities whose numbers Numbers sells, so that an address is taken as being in a number's
 * locality by its postal code as well as by its city's name: {@code Berlin, 80331} is in Munich, whatever it says.
 * A locality not listed here is judged by its name, with a postal code of its country's form.
 */
record PostalArea(int from, int to) {

    private static final Map<Country, Pattern> FORMS = Map.of(
            Country.DE, Pattern.compile("\\d{5}"),
            Country.AT, Pattern.compile("\\d{4}"),
            Country.CH, Pattern.compile("\\d{4}"));

    private static final Map<Country, Map<String, List<PostalArea>>> AREAS = Map.of(
            Country.DE, Map.of(
                    key("Berlin"), List.of(new PostalArea(10115, 14199)),
                    key("München"), List.of(new PostalArea(80331, 81929)),
                    key("Hamburg"), List.of(new PostalArea(20095, 22769)),
                    key("Frankfurt am Main"), List.of(new PostalArea(60306, 60599), new PostalArea(65929, 65936)),
                    key("Köln"), List.of(new PostalArea(50667, 51149)),
                    key("Stuttgart"), List.of(new PostalArea(70173, 70629)),
                    key("Düsseldorf"), List.of(new PostalArea(40210, 40629))),
            Country.AT, Map.of(
                    key("Wien"), List.of(new PostalArea(1010, 1239)),
                    key("Graz"), List.of(new PostalArea(8010, 8063)),
                    key("Linz"), List.of(new PostalArea(4020, 4040)),
                    key("Salzburg"), List.of(new PostalArea(5020, 5039)),
                    key("Innsbruck"), List.of(new PostalArea(6020, 6080))),
            Country.CH, Map.of(
                    key("Zürich"), List.of(new PostalArea(8000, 8099)),
                    key("Bern"), List.of(new PostalArea(3000, 3030)),
                    key("Genève"), List.of(new PostalArea(1200, 1299)),
                    key("Basel"), List.of(new PostalArea(4000, 4059)),
                    key("Lausanne"), List.of(new PostalArea(1000, 1018))));

    /** Whether {@code postalCode} lies in {@code locality} of {@code country}, as far as this table knows. */
    static boolean holds(Country country, String locality, String postalCode) {
        String code = postalCode.strip();
        Pattern form = FORMS.get(country);
        if (form != null && !form.matcher(code).matches()) {
            return false;
        }
        Optional<List<PostalArea>> areas = Optional.ofNullable(AREAS.getOrDefault(country, Map.of()).get(key(locality)));
        return areas.map(known -> known.stream().anyMatch(area -> area.contains(Integer.parseInt(code))))
                .orElse(true);
    }

    private boolean contains(int code) {
        return code >= from && code <= to;
    }

    private static String key(String place) {
        return PlaceName.of(place).key();
    }
}
