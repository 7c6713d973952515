package ai.talkturo.numbers.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceRequirementsTest {

    @Test
    void numbersOfTheUnitedStatesAndCanadaAreSoldWithoutAProfile() {
        assertThat(ComplianceRequirements.of(Country.US, NumberType.LOCAL, EndUserType.BUSINESS)).isEmpty();
        assertThat(ComplianceRequirements.of(Country.CA, NumberType.TOLL_FREE, EndUserType.INDIVIDUAL)).isEmpty();
        assertThat(ComplianceRequirements.profileRequired(Country.US, NumberType.LOCAL)).isFalse();
        assertThat(ComplianceRequirements.profileRequired(Country.DE, NumberType.MOBILE)).isTrue();
    }

    @Test
    void aGermanGeographicNumberForABusinessNeedsAnAddressInItsLocalityItsRegisterExtractAndAProofOfAddress() {
        ComplianceRequirements berlin = ComplianceRequirements.of(Country.DE, NumberType.LOCAL, EndUserType.BUSINESS)
                .orElseThrow();

        assertThat(berlin.address()).isEqualTo(AddressRequirement.LOCALITY);
        assertThat(berlin.documents()).containsExactlyInAnyOrder(DocumentType.BUSINESS_REGISTRATION,
                DocumentType.PROOF_OF_ADDRESS);
        assertThat(berlin.registrationNumber()).isTrue();
    }

    @Test
    void aPersonShowsAnIdentityDocumentInsteadOfARegisterExtract() {
        ComplianceRequirements mobile = ComplianceRequirements.of(Country.DE, NumberType.MOBILE, EndUserType.INDIVIDUAL)
                .orElseThrow();

        assertThat(mobile.address()).isEqualTo(AddressRequirement.COUNTRY);
        assertThat(mobile.documents()).containsExactlyInAnyOrder(DocumentType.GOVERNMENT_ID, DocumentType.PROOF_OF_ADDRESS);
        assertThat(mobile.registrationNumber()).isFalse();
    }

    @Test
    void austriaSwitzerlandAndTheEmiratesAskForIdentityAndAnAddress() {
        assertThat(ComplianceRequirements.of(Country.AT, NumberType.LOCAL, EndUserType.BUSINESS).orElseThrow().documents())
                .containsExactlyInAnyOrder(DocumentType.BUSINESS_REGISTRATION, DocumentType.PROOF_OF_ADDRESS);
        ComplianceRequirements austrianNational = ComplianceRequirements.of(Country.AT, NumberType.NATIONAL,
                EndUserType.INDIVIDUAL).orElseThrow();
        assertThat(austrianNational.address()).isEqualTo(AddressRequirement.COUNTRY);
        assertThat(austrianNational.documents()).containsExactly(DocumentType.GOVERNMENT_ID);
        assertThat(ComplianceRequirements.of(Country.CH, NumberType.LOCAL, EndUserType.BUSINESS).orElseThrow().address())
                .isEqualTo(AddressRequirement.LOCALITY);
        assertThat(ComplianceRequirements.of(Country.AE, NumberType.MOBILE, EndUserType.BUSINESS).orElseThrow()
                .documents()).containsExactly(DocumentType.BUSINESS_REGISTRATION);
    }

    @Test
    void whatIsMissingIsSaidInWordsAPersonCanActOn() {
        ComplianceRequirements berlin = ComplianceRequirements.of(Country.DE, NumberType.LOCAL, EndUserType.BUSINESS)
                .orElseThrow();
        EndUser withoutNumber = new EndUser("Acme GmbH", "ops@acme.example", null);

        assertThat(berlin.missingFrom(EndUserType.BUSINESS, withoutNumber, null, Set.of(DocumentType.PROOF_OF_ADDRESS)))
                .containsExactly("an address in the locality of the numbers, registered with POST /api/addresses",
                        "the business's registration number (endUser.registrationNumber)",
                        "an extract of the commercial register or a trade licence (document type business_registration)");
        assertThat(berlin.missingFrom(EndUserType.BUSINESS, new EndUser("Acme GmbH", "ops@acme.example", "HRB 12345"),
                "ad_1", Set.of(DocumentType.PROOF_OF_ADDRESS, DocumentType.BUSINESS_REGISTRATION))).isEmpty();
    }
}
