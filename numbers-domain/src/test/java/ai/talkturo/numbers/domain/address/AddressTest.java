package ai.talkturo.numbers.domain.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AddressTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    private Address in(String city, String country) {
        return in(city, "10115", country);
    }

    private Address in(String city, String postalCode, String country) {
        return Address.register("acc_1", "Acme GmbH", "Hauptstraße 1", city, postalCode, null, country, clock);
    }

    @Test
    void anyAddressMeetsNoRequirement() {
        assertThat(in("Austin", "US").meets(AddressRequirement.NONE, Country.DE, "Berlin")).isTrue();
    }

    @Test
    void aCountryRequirementNeedsAnAddressInTheNumbersCountry() {
        assertThat(in("München", "DE").meets(AddressRequirement.COUNTRY, Country.DE, null)).isTrue();
        assertThat(in("Wien", "AT").meets(AddressRequirement.COUNTRY, Country.DE, null)).isFalse();
    }

    @Test
    void aBerlinNumberNeedsABerlinAddress() {
        assertThat(in("Berlin", "DE").meets(AddressRequirement.LOCALITY, Country.DE, "Berlin")).isTrue();
        assertThat(in("München", "DE").meets(AddressRequirement.LOCALITY, Country.DE, "Berlin")).isFalse();
        assertThat(in("Berlin", "US").meets(AddressRequirement.LOCALITY, Country.DE, "Berlin")).isFalse();
    }

    @Test
    void comparesLocalitiesRegardlessOfCaseAccentsAndSpelling() {
        assertThat(in("ZUERICH", "8001", "CH").meets(AddressRequirement.LOCALITY, Country.CH, "Zürich")).isTrue();
        assertThat(in("frankfurt am main", "60311", "DE").meets(AddressRequirement.LOCALITY, Country.DE, "Frankfurt am Main")).isTrue();
    }

    @Test
    void aNumberWithoutAKnownLocalityCannotBeMatched() {
        assertThat(in("Berlin", "DE").meets(AddressRequirement.LOCALITY, Country.DE, null)).isFalse();
    }

    @Test
    void refusesMissingFieldsAndUnknownCountries() {
        assertThatThrownBy(() -> Address.register("acc_1", " ", "Street 1", "Berlin", "10115", null, "DE", clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customerName");
        assertThatThrownBy(() -> in("Berlin", "XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> in("Berlin", "de")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddressIsInTheNumbersLocalityByItsPostalCodeAsWellAsItsCity() {
        assertThat(in("Berlin", "80331", "DE").meets(AddressRequirement.LOCALITY, Country.DE, "Berlin"))
                .as("a Munich postal code").isFalse();
        assertThat(in("Berlin", "14199", "DE").meets(AddressRequirement.LOCALITY, Country.DE, "Berlin")).isTrue();
        assertThat(in("Berlin", "1011", "DE").meets(AddressRequirement.LOCALITY, Country.DE, "Berlin"))
                .as("not a German postal code").isFalse();
        assertThat(in("Wien", "1010", "AT").meets(AddressRequirement.LOCALITY, Country.AT, "Wien")).isTrue();
        assertThat(in("Wien", "8010", "AT").meets(AddressRequirement.LOCALITY, Country.AT, "Wien")).as("Graz").isFalse();
        assertThat(in("Genève", "1204", "CH").meets(AddressRequirement.LOCALITY, Country.CH, "Genève")).isTrue();
        assertThat(in("Genève", "8001", "CH").meets(AddressRequirement.LOCALITY, Country.CH, "Genève")).isFalse();
        assertThat(in("Potsdam", "14467", "DE").meets(AddressRequirement.LOCALITY, Country.DE, "Potsdam"))
                .as("a locality without listed postal codes is judged by its name").isTrue();
        assertThat(in("Dubai", "00000", "AE").meets(AddressRequirement.LOCALITY, Country.AE, "Dubai"))
                .as("a country without postal codes").isTrue();
    }

    @Test
    void getsAnIdOfItsOwn() {
        assertThat(in("Berlin", "DE").id()).startsWith("ad_");
    }
}
