package ai.talkturo.numbers.domain.number;

import static ai.talkturo.numbers.domain.number.AddressRequirement.COUNTRY;
import static ai.talkturo.numbers.domain.number.AddressRequirement.LOCALITY;
import static ai.talkturo.numbers.domain.number.AddressRequirement.NONE;
import static ai.talkturo.numbers.domain.number.NumberType.LOCAL;
import static ai.talkturo.numbers.domain.number.NumberType.MOBILE;
import static ai.talkturo.numbers.domain.number.NumberType.NATIONAL;
import static ai.talkturo.numbers.domain.number.NumberType.TOLL_FREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.DomainException;
import org.junit.jupiter.api.Test;

class CountryTest {

    @Test
    void supportsExactlyTheUaeTheUsCanadaGermanyAustriaAndSwitzerland() {
        assertThat(Country.values()).extracting(Country::code).containsExactly("AE", "US", "CA", "DE", "AT", "CH");
        assertThat(Country.supportedCodes()).isEqualTo("AE, US, CA, DE, AT, CH");
    }

    @Test
    void knowsTheNameAndCallingCodeOfEachCountry() {
        assertThat(Country.AE.displayName()).isEqualTo("United Arab Emirates");
        assertThat(Country.US.displayName()).isEqualTo("United States");
        assertThat(Country.CA.displayName()).isEqualTo("Canada");
        assertThat(Country.DE.displayName()).isEqualTo("Germany");
        assertThat(Country.AT.displayName()).isEqualTo("Austria");
        assertThat(Country.CH.displayName()).isEqualTo("Switzerland");
        assertThat(Country.values()).extracting(Country::callingCode).containsExactly(971, 1, 1, 49, 43, 41);
    }

    @Test
    void offersLocalAndTollFreeNumbersInNorthAmerica() {
        assertThat(Country.US.numberTypes()).containsExactly(LOCAL, TOLL_FREE);
        assertThat(Country.CA.numberTypes()).containsExactly(LOCAL, TOLL_FREE);
        assertThat(Country.US.offers(MOBILE)).isFalse();
        assertThat(Country.CA.offers(NATIONAL)).isFalse();
    }

    @Test
    void offersEveryTypeInGermanyAustriaAndSwitzerland() {
        for (Country country : new Country[] {Country.DE, Country.AT, Country.CH}) {
            assertThat(country.numberTypes()).containsExactly(LOCAL, MOBILE, NATIONAL, TOLL_FREE);
        }
    }

    @Test
    void offersNoTollFreeNumbersInTheUaeBecauseTheyCannotBeResold() {
        assertThat(Country.AE.numberTypes()).containsExactly(LOCAL, MOBILE);
        assertThat(Country.AE.offers(TOLL_FREE)).isFalse();
    }

    @Test
    void asksNoAddressInNorthAmericaOrTheUae() {
        for (Country country : new Country[] {Country.US, Country.CA, Country.AE}) {
            for (NumberType type : country.numberTypes()) {
                assertThat(country.addressRequirement(type)).as("%s %s", country, type).isEqualTo(NONE);
            }
        }
    }

    @Test
    void asksAnAddressInTheLocalityForGermanAustrianAndSwissLocalNumbers() {
        assertThat(Country.DE.addressRequirement(LOCAL)).isEqualTo(LOCALITY);
        assertThat(Country.AT.addressRequirement(LOCAL)).isEqualTo(LOCALITY);
        assertThat(Country.CH.addressRequirement(LOCAL)).isEqualTo(LOCALITY);
    }

    @Test
    void asksAnAddressInTheCountryForOtherGermanNumbers() {
        assertThat(Country.DE.addressRequirement(MOBILE)).isEqualTo(COUNTRY);
        assertThat(Country.DE.addressRequirement(NATIONAL)).isEqualTo(COUNTRY);
        assertThat(Country.DE.addressRequirement(TOLL_FREE)).isEqualTo(COUNTRY);
    }

    @Test
    void asksNoAddressForOtherAustrianNumbers() {
        assertThat(Country.AT.addressRequirement(MOBILE)).isEqualTo(NONE);
        assertThat(Country.AT.addressRequirement(NATIONAL)).isEqualTo(NONE);
        assertThat(Country.AT.addressRequirement(TOLL_FREE)).isEqualTo(NONE);
    }

    @Test
    void asksAnAddressInTheCountryForOtherSwissNumbers() {
        assertThat(Country.CH.addressRequirement(MOBILE)).isEqualTo(COUNTRY);
        assertThat(Country.CH.addressRequirement(NATIONAL)).isEqualTo(COUNTRY);
        assertThat(Country.CH.addressRequirement(TOLL_FREE)).isEqualTo(COUNTRY);
    }

    @Test
    void refusesToStateTheAddressRuleOfATypeTheCountryDoesNotOffer() {
        assertThatThrownBy(() -> Country.AE.addressRequirement(TOLL_FREE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Country.US.addressRequirement(MOBILE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forbidsOnlyUaeGeographicNumbersAsCallerIdBecauseTheyOnlyReceiveCalls() {
        for (Country country : Country.values()) {
            for (NumberType type : country.numberTypes()) {
                boolean uaeLocal = country == Country.AE && type == LOCAL;
                assertThat(country.callerIdAllowed(type)).as("%s %s", country, type).isEqualTo(!uaeLocal);
            }
        }
    }

    @Test
    void findsACountryByItsExactIsoCode() {
        for (Country country : Country.values()) {
            assertThat(Country.fromCode(country.code())).isSameAs(country);
        }
    }

    @Test
    void refusesAnUnsupportedCountryAndListsTheSupportedOnes() {
        assertThatThrownBy(() -> Country.fromCode("GB"))
                .isInstanceOf(CountryNotSupported.class)
                .isInstanceOf(DomainException.class)
                .hasMessage("GB is not supported; supported countries: AE, US, CA, DE, AT, CH")
                .extracting(e -> ((CountryNotSupported) e).requestedCode()).isEqualTo("GB");
    }

    @Test
    void refusesALowerCaseOrMissingCode() {
        assertThatThrownBy(() -> Country.fromCode("de")).isInstanceOf(CountryNotSupported.class);
        assertThatThrownBy(() -> Country.fromCode("")).isInstanceOf(CountryNotSupported.class);
        assertThatThrownBy(() -> Country.fromCode(null))
                .isInstanceOf(CountryNotSupported.class)
                .hasMessageContaining("supported countries: AE, US, CA, DE, AT, CH");
    }
}
