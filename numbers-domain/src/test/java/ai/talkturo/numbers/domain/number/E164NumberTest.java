package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class E164NumberTest {

    @ParameterizedTest(name = "{0} is a {2} number of {1}")
    @CsvSource({
        "+14155552671,   US, LOCAL",
        "+12125550123,   US, LOCAL",
        "+18005550199,   US, TOLL_FREE",
        "+16135550123,   CA, LOCAL",
        "+18665550123,   US, TOLL_FREE",
        "+4930123456,    DE, LOCAL",
        "+4989123456,    DE, LOCAL",
        "+4915112345678, DE, MOBILE",
        "+498001234567,  DE, TOLL_FREE",
        "+499001234567,  DE, NATIONAL",
        "+4315123456,    AT, LOCAL",
        "+436641234567,  AT, MOBILE",
        "+438001234567,  AT, TOLL_FREE",
        "+43720123456,   AT, NATIONAL",
        "+41441234567,   CH, LOCAL",
        "+41781234567,   CH, MOBILE",
        "+41800123456,   CH, TOLL_FREE",
        "+41581234567,   CH, NATIONAL",
        "+97142345678,   AE, LOCAL",
        "+971501234567,  AE, MOBILE",
    })
    void knowsTheCountryAndTypeOfAValidNumber(String value, Country country, NumberType type) {
        E164Number number = E164Number.of(value);

        assertThat(number.value()).isEqualTo(value);
        assertThat(number.regionCode()).isEqualTo(country.code());
        assertThat(number.country()).contains(country);
        assertThat(number.supportedCountry()).isEqualTo(country);
        assertThat(number.numberType()).isEqualTo(type);
    }

    @Test
    void tellsCanadianFromUsNumbersByTheirAreaCode() {
        assertThat(E164Number.of("+16135550123").supportedCountry()).isEqualTo(Country.CA);
        assertThat(E164Number.of("+14155552671").supportedCountry()).isEqualTo(Country.US);
    }

    @Test
    void printsAsItsValue() {
        assertThat(E164Number.of("+14155552671")).hasToString("+14155552671");
    }

    @Test
    void equalsAnotherNumberWithTheSameValue() {
        assertThat(E164Number.of("+4930123456")).isEqualTo(new E164Number("+4930123456"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void refusesAMissingNumber(String value) {
        assertThatThrownBy(() -> E164Number.of(value))
                .isInstanceOf(InvalidPhoneNumber.class)
                .isInstanceOf(DomainException.class)
                .hasMessage("a phone number is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+1",               // no digits after the country code
        "+1415",            // too short
        "+441234",          // too short for its country
        "+1415555267a",     // a letter
        "+1 415 555 2671",  // spaces
        "14155552671",      // no plus
        "+04155552671",     // a leading zero
        "+1234567890123456", // longer than fifteen digits
        "+12005550123",     // an area code that does not exist
        "+19995550123",     // an area code that does not exist
        "+4900001234",      // a German number without an area code
        "+97141234567",     // a Dubai number one digit short
    })
    void refusesTextThatIsNotAValidE164Number(String value) {
        assertThatThrownBy(() -> E164Number.of(value))
                .isInstanceOf(InvalidPhoneNumber.class)
                .hasMessageContaining(value)
                .extracting(e -> ((InvalidPhoneNumber) e).input()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"+442071838750, GB", "+33142685300, FR"})
    void acceptsAValidNumberOfAnUnsupportedCountryButKnowsItIsNotSupported(String value, String region) {
        E164Number number = E164Number.of(value);

        assertThat(number.regionCode()).isEqualTo(region);
        assertThat(number.country()).isEmpty();
        assertThatThrownBy(number::supportedCountry)
                .isInstanceOf(CountryNotSupported.class)
                .hasMessage(region + " is not supported; supported countries: AE, US, CA, DE, AT, CH");
    }
}
