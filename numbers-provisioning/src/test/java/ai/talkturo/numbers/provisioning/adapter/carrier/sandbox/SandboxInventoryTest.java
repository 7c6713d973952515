package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SandboxInventoryTest {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private final SandboxInventory inventory = new SandboxInventory();

    static Stream<Arguments> everyCountryAndType() {
        return Arrays.stream(Country.values())
                .flatMap(country -> country.numberTypes().stream().map(type -> Arguments.of(country, type)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCountryAndType")
    void offersTwentyValidNumbersOfTheSearchedTypeForEveryCountryAndType(Country country, NumberType type)
            throws NumberParseException {
        List<NumberOffer> offers = search(country, type, null, null, null, null, 20);

        assertThat(offers).hasSize(20);
        assertThat(offers).extracting(NumberOffer::number).doesNotHaveDuplicates();
        for (NumberOffer offer : offers) {
            E164Number number = offer.number();
            assertThat(PHONE_NUMBERS.isValidNumberForRegion(PHONE_NUMBERS.parse(number.value(), null), country.code()))
                    .as("%s is valid in %s", number, country).isTrue();
            assertThat(number.numberType()).as("type of %s", number).isEqualTo(type);
            assertThat(offer.type()).isEqualTo(type);
            if (type != NumberType.TOLL_FREE) {
                assertThat(number.country()).as("country of %s", number).contains(country);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCountryAndType")
    void recognisesEveryNumberItOffersWithTheSameTerms(Country country, NumberType type) {
        for (NumberOffer offer : search(country, type, null, null, null, null, 20)) {
            assertThat(inventory.offer(offer.number())).contains(offer);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCountryAndType")
    void pricesFromThePriceListAndAsksTheCountrysAddress(Country country, NumberType type) {
        NumberOffer offer = search(country, type, null, null, null, null, 1).get(0);

        assertThat(offer.price()).isEqualTo(PriceList.priceOf(country, type));
        assertThat(offer.addressRequirement()).isEqualTo(country.addressRequirement(type));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCountryAndType")
    void numbersEndInTheirCheckDigit(Country country, NumberType type) {
        for (NumberOffer offer : search(country, type, null, null, null, null, 20)) {
            assertThat(SandboxInventory.endsInCheckDigit(national(offer))).as(offer.number().value()).isTrue();
        }
    }

    @Test
    void everyDestinationCodeGivesNumbersOfItsOwn() {
        for (DestinationCode destination : inventory.plan()) {
            List<NumberOffer> offers = search(destination.country(), destination.type(), destination.code(), null,
                    null, null, 5);

            assertThat(offers).as("%s %s %s", destination.country(), destination.type(), destination.code())
                    .hasSize(5)
                    .allSatisfy(offer -> assertThat(national(offer)).startsWith(destination.code())
                            .hasSize(destination.length()));
        }
    }

    @Test
    void findsTheSameNumbersForTheSameSearch() {
        assertThat(search(Country.US, NumberType.LOCAL, null, null, null, null, 20))
                .isEqualTo(search(Country.US, NumberType.LOCAL, null, null, null, null, 20));
        assertThat(search(Country.DE, NumberType.LOCAL, "30", null, null, "7*7", 20))
                .isEqualTo(search(Country.DE, NumberType.LOCAL, "30", null, null, "7*7", 20));
    }

    @Test
    void takesTurnsBetweenTheAreasOfACountry() {
        List<String> localities = search(Country.US, NumberType.LOCAL, null, null, null, null, 8).stream()
                .map(NumberOffer::locality).toList();

        assertThat(localities).containsExactly("San Francisco", "New York", "Austin", "Seattle", "Chicago", "Boston",
                "Los Angeles", "Miami");
    }

    @Test
    void localNumbersRingInTheirLocalityAndRegion() {
        assertThat(search(Country.US, NumberType.LOCAL, "415", null, null, null, 20))
                .allSatisfy(offer -> {
                    assertThat(offer.number().value()).startsWith("+1415");
                    assertThat(offer.locality()).isEqualTo("San Francisco");
                    assertThat(offer.region()).isEqualTo("CA");
                });
        assertThat(search(Country.DE, NumberType.LOCAL, "30", null, null, null, 1).get(0))
                .extracting(NumberOffer::locality, NumberOffer::region).containsExactly("Berlin", "BE");
    }

    @Test
    void nonGeographicNumbersRingNowhereInParticular() {
        assertThat(search(Country.DE, NumberType.MOBILE, null, null, null, null, 20))
                .allSatisfy(offer -> assertThat(offer).extracting(NumberOffer::locality, NumberOffer::region)
                        .containsOnlyNulls());
    }

    @Test
    void localAndMobileNumbersTakeVoiceAndSmsTheOthersVoice() {
        assertThat(search(Country.CH, NumberType.LOCAL, null, null, null, null, 1).get(0).features())
                .containsExactly("voice", "sms");
        assertThat(search(Country.AE, NumberType.MOBILE, null, null, null, null, 1).get(0).features())
                .containsExactly("voice", "sms");
        assertThat(search(Country.US, NumberType.TOLL_FREE, null, null, null, null, 1).get(0).features())
                .containsExactly("voice");
        assertThat(search(Country.AT, NumberType.NATIONAL, null, null, null, null, 1).get(0).features())
                .containsExactly("voice");
    }

    @Test
    void filtersByAreaCode() {
        assertThat(search(Country.US, NumberType.LOCAL, "212", null, null, null, 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(offer.number().value()).startsWith("+1212"));
        assertThat(search(Country.CA, NumberType.TOLL_FREE, "888", null, null, null, 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(offer.number().value()).startsWith("+1888"));
        assertThat(search(Country.DE, NumberType.MOBILE, "176", null, null, null, 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(offer.number().value()).startsWith("+49176"));
    }

    @Test
    void readsAnAreaCodeWrittenWithItsTrunkZero() {
        assertThat(search(Country.DE, NumberType.LOCAL, "030", null, null, null, 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(offer.number().value()).startsWith("+4930"));
        assertThat(search(Country.AT, NumberType.LOCAL, "01", null, null, null, 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(offer.locality()).isEqualTo("Wien"));
    }

    @Test
    void narrowsAnAreaCodeToALongerPrefix() {
        assertThat(search(Country.DE, NumberType.LOCAL, "3012", null, null, null, 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(offer.number().value()).startsWith("+493012"));
    }

    @Test
    void findsNothingInAnAreaItDoesNotServe() {
        assertThat(search(Country.US, NumberType.LOCAL, "907", null, null, null, 20)).isEmpty();
        assertThat(search(Country.US, NumberType.LOCAL, "41", null, null, null, 20)).isEmpty();
        assertThat(search(Country.DE, NumberType.LOCAL, "89", "Berlin", null, null, 20)).isEmpty();
    }

    @Test
    void filtersByLocalityWhateverItsCaseAndAccents() {
        for (String munich : List.of("München", "münchen", "MUNCHEN", "Muenchen", "Munich", " munchen ")) {
            assertThat(search(Country.DE, NumberType.LOCAL, null, munich, null, null, 20)).as(munich)
                    .hasSize(20)
                    .allSatisfy(offer -> assertThat(offer.number().value()).startsWith("+4989"));
        }
        assertThat(search(Country.CH, NumberType.LOCAL, null, "geneve", null, null, 5))
                .allSatisfy(offer -> assertThat(offer.locality()).isEqualTo("Genève"));
        assertThat(search(Country.CA, NumberType.LOCAL, null, "Montréal", null, null, 5))
                .hasSize(5)
                .allSatisfy(offer -> assertThat(offer.number().value()).startsWith("+1514"));
    }

    @Test
    void filtersByRegion() {
        assertThat(search(Country.US, NumberType.LOCAL, null, null, "ca", null, 20))
                .hasSize(20)
                .extracting(NumberOffer::locality).containsOnly("San Francisco", "Los Angeles");
        assertThat(search(Country.AT, NumberType.LOCAL, null, null, "OO", null, 5))
                .hasSize(5)
                .extracting(NumberOffer::locality).containsOnly("Linz");
        assertThat(search(Country.CA, NumberType.LOCAL, null, "Toronto", "BC", null, 5)).isEmpty();
    }

    @Test
    void findsNoNonGeographicNumbersInALocality() {
        assertThat(search(Country.US, NumberType.TOLL_FREE, null, "Austin", null, null, 20)).isEmpty();
        assertThat(search(Country.DE, NumberType.MOBILE, null, null, "BY", null, 20)).isEmpty();
    }

    @Test
    void filtersByDigitsAnywhereInTheNationalNumber() {
        assertThat(search(Country.US, NumberType.LOCAL, null, null, null, "1234", 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(national(offer)).contains("1234"));
        assertThat(search(Country.DE, NumberType.LOCAL, "30", null, null, "0000", 20))
                .hasSize(20)
                .allSatisfy(offer -> assertThat(national(offer)).startsWith("30").contains("0000"));
    }

    @Test
    void matchesAnyOneDigitForAStar() {
        List<NumberOffer> offers = search(Country.CH, NumberType.MOBILE, null, null, null, "7*55*7", 20);

        assertThat(offers).hasSize(20)
                .allSatisfy(offer -> assertThat(national(offer)).containsPattern("7\\d55\\d7"));
    }

    @Test
    void matchesDigitsInTheDestinationCodeToo() {
        assertThat(search(Country.US, NumberType.LOCAL, null, null, null, "415", 20))
                .hasSize(20)
                .anySatisfy(offer -> assertThat(offer.locality()).isEqualTo("San Francisco"));
    }

    @Test
    void matchesDigitsAtTheVeryEnd() {
        assertThat(search(Country.AE, NumberType.MOBILE, "50", null, null, "9999999", 20))
                .isNotEmpty()
                .allSatisfy(offer -> assertThat(national(offer)).contains("9999999"));
    }

    @Test
    void findsNothingForDigitsNoNumberCanHold() {
        assertThat(search(Country.CH, NumberType.LOCAL, null, null, null, "1234567890", 20)).isEmpty();
        assertThat(search(Country.US, NumberType.LOCAL, "415", null, null, "0000000000", 20)).isEmpty();
    }

    @Test
    void givesAtMostTheLimit() {
        assertThat(search(Country.US, NumberType.LOCAL, null, null, null, null, 1)).hasSize(1);
        assertThat(search(Country.AT, NumberType.TOLL_FREE, null, null, null, null, 7)).hasSize(7);
    }

    @Test
    void refusesMalformedFilters() {
        assertThatThrownBy(() -> search(Country.US, NumberType.LOCAL, "4a5", null, null, null, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("areaCode");
        assertThatThrownBy(() -> search(Country.US, NumberType.LOCAL, null, null, null, "12-34", 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains");
    }

    @Test
    void ignoresBlankFilters() {
        assertThat(search(Country.US, NumberType.LOCAL, " ", "", " ", "", 20))
                .isEqualTo(search(Country.US, NumberType.LOCAL, null, null, null, null, 20));
    }

    @Test
    void doesNotOfferANumberWithoutItsCheckDigit() {
        E164Number offered = search(Country.US, NumberType.LOCAL, "415", null, null, null, 1).get(0).number();
        String value = offered.value();
        char last = value.charAt(value.length() - 1);
        E164Number neighbour = new E164Number(value.substring(0, value.length() - 1) + (char) ('0' + (last - '0' + 1) % 10));

        assertThat(inventory.offer(offered)).isPresent();
        assertThat(inventory.offer(neighbour)).isEmpty();
    }

    @Test
    void doesNotOfferNumbersOutsideItsDestinationCodes() {
        assertThat(inventory.offer(new E164Number("+19072345671"))).as("Alaska").isEmpty();
        assertThat(inventory.offer(new E164Number("+442079460000"))).as("London").isEmpty();
        assertThat(inventory.offer(new E164Number("+4930123456"))).as("a short Berlin number").isEmpty();
    }

    @Test
    void checkDigitIsTheSumOfTheOtherDigitsModuloTen() {
        assertThat(SandboxInventory.endsInCheckDigit("4152345677")).isTrue();
        assertThat(SandboxInventory.endsInCheckDigit("4152345678")).isFalse();
    }

    @Test
    void offersTollFreeNumbersOfCanadaAsNorthAmericanOnes() {
        NumberOffer canadian = search(Country.CA, NumberType.TOLL_FREE, null, null, null, null, 1).get(0);

        assertThat(inventory.offer(canadian.number())).contains(canadian);
        assertThat(canadian.addressRequirement()).isEqualTo(AddressRequirement.NONE);
    }

    private List<NumberOffer> search(Country country, NumberType type, String areaCode, String locality,
                                     String region, String contains, int limit) {
        return inventory.offers(new NumberSearch(country, type, areaCode, locality, region, contains, limit))
                .limit(limit).toList();
    }

    static String national(NumberOffer offer) {
        String digits = offer.number().value().substring(1);
        String callingCode = Integer.toString(Arrays.stream(Country.values())
                .filter(country -> digits.startsWith(Integer.toString(country.callingCode())))
                .findFirst().orElseThrow().callingCode());
        return digits.substring(callingCode.length());
    }
}
