package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTypeTest {

    @Test
    void namesEachTypeAsTheApiDoes() {
        assertThat(NumberType.LOCAL.apiName()).isEqualTo("local");
        assertThat(NumberType.TOLL_FREE.apiName()).isEqualTo("toll-free");
        assertThat(NumberType.MOBILE.apiName()).isEqualTo("mobile");
        assertThat(NumberType.NATIONAL.apiName()).isEqualTo("national");
    }

    @Test
    void findsEachTypeByItsApiName() {
        for (NumberType type : NumberType.values()) {
            assertThat(NumberType.fromApiName(type.apiName())).contains(type);
        }
    }

    @Test
    void findsNothingForANameThatIsNotExactlyAnApiName() {
        assertThat(NumberType.fromApiName(null)).isEmpty();
        assertThat(NumberType.fromApiName("")).isEmpty();
        assertThat(NumberType.fromApiName("Local")).isEmpty();
        assertThat(NumberType.fromApiName("TOLL_FREE")).isEmpty();
        assertThat(NumberType.fromApiName("tollfree")).isEmpty();
        assertThat(NumberType.fromApiName(" mobile")).isEmpty();
    }

    @Test
    void namesEachAddressRequirementAsTheApiDoes() {
        assertThat(AddressRequirement.NONE.apiName()).isEqualTo("none");
        assertThat(AddressRequirement.COUNTRY.apiName()).isEqualTo("country");
        assertThat(AddressRequirement.LOCALITY.apiName()).isEqualTo("locality");
    }
}
