package ai.talkturo.numbers.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.MutableClock;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplianceProfileTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final EndUser acme = new EndUser("Acme GmbH", "ops@acme.example", "HRB 12345");

    private ComplianceProfile berlinDraft() {
        return ComplianceProfile.draft("acc_1", Country.DE, NumberType.LOCAL, EndUserType.BUSINESS, acme, null,
                "twilio", clock);
    }

    private ComplianceProfile complete() {
        ComplianceProfile profile = berlinDraft();
        profile.change(acme, "ad_berlin", clock);
        profile.addDocument(DocumentType.BUSINESS_REGISTRATION, "hrb.pdf", 183_211, clock);
        profile.addDocument(DocumentType.PROOF_OF_ADDRESS, "bill.png", 52_000, clock);
        return profile;
    }

    @Test
    void aDraftSaysWhatItStillNeedsAndCannotBeSubmittedUntilItHasIt() {
        ComplianceProfile draft = berlinDraft();

        assertThat(draft.id()).startsWith("cp_");
        assertThat(draft.status()).isEqualTo(ComplianceStatus.DRAFT);
        assertThat(draft.missing()).hasSize(3);
        assertThatThrownBy(() -> draft.submit(clock)).isInstanceOfSatisfying(ProfileIncomplete.class,
                refused -> assertThat(refused.missing()).hasSize(3));
        assertThat(draft.status()).isEqualTo(ComplianceStatus.DRAFT);
    }

    @Test
    void aCompleteProfileGoesToReviewAndOnceApprovedBuysTheNumbersItCovers() {
        ComplianceProfile profile = complete();
        assertThat(profile.missing()).isEmpty();

        profile.submit(clock);
        assertThat(profile.status()).isEqualTo(ComplianceStatus.IN_REVIEW);
        assertThat(profile.submittedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> profile.change(acme, "ad_other", clock)).isInstanceOf(IllegalProfileTransition.class);
        assertThatThrownBy(() -> profile.addDocument(DocumentType.GOVERNMENT_ID, "id.jpg", 1000, clock))
                .isInstanceOf(IllegalProfileTransition.class);
        assertThat(profile.covers(Country.DE, NumberType.LOCAL, clock.instant())).isFalse();

        assertThat(profile.approve(null, clock.instant())).isTrue();
        assertThat(profile.covers(Country.DE, NumberType.LOCAL, clock.instant())).isTrue();
        assertThat(profile.covers(Country.DE, NumberType.MOBILE, clock.instant())).isFalse();
        assertThat(profile.covers(Country.AT, NumberType.LOCAL, clock.instant())).isFalse();
        ComplianceProfile.requireFor("acc_1", Country.DE, NumberType.LOCAL, Optional.of(profile), clock.instant());
    }

    @Test
    void aRejectedProfileSaysWhyIsCorrectedAndSubmittedAgain() {
        ComplianceProfile profile = complete();
        profile.submit(clock);

        assertThat(profile.reject("The register extract is older than three months.", clock.instant())).isTrue();
        assertThat(profile.status()).isEqualTo(ComplianceStatus.REJECTED);
        assertThat(profile.statusReason()).contains("older than three months");
        profile.addDocument(DocumentType.BUSINESS_REGISTRATION, "hrb-new.pdf", 190_000, clock);
        profile.submit(clock);

        assertThat(profile.status()).isEqualTo(ComplianceStatus.IN_REVIEW);
        assertThat(profile.statusReason()).isNull();
        assertThat(profile.documents()).hasSize(3);
    }

    @Test
    void anApprovalWithAnEndExpires() {
        ComplianceProfile profile = complete();
        profile.submit(clock);
        profile.approve(clock.instant().plus(Duration.ofDays(365)), clock.instant());

        assertThat(profile.expireIfDue(clock.instant().plus(Duration.ofDays(364)))).isFalse();
        assertThat(profile.expireIfDue(clock.instant().plus(Duration.ofDays(365)))).isTrue();
        assertThat(profile.status()).isEqualTo(ComplianceStatus.EXPIRED);
        assertThat(profile.covers(Country.DE, NumberType.LOCAL, clock.instant())).isFalse();
    }

    @Test
    void onlyAReviewDecidesAndOnlyOnAProfileInReview() {
        ComplianceProfile draft = berlinDraft();

        assertThat(draft.approve(null, clock.instant())).isFalse();
        assertThat(draft.reject("no", clock.instant())).isFalse();
        assertThat(draft.status()).isEqualTo(ComplianceStatus.DRAFT);
    }

    @Test
    void aNumberThatNeedsAProfileIsRefusedWithoutAnApprovedOneThatCoversIt() {
        ComplianceProfile profile = complete();

        assertThatThrownBy(() -> ComplianceProfile.requireFor("acc_1", Country.DE, NumberType.LOCAL, Optional.empty(),
                clock.instant())).isInstanceOfSatisfying(RegulatoryDocumentsRequired.class,
                refused -> assertThat(refused.missing()).singleElement().asString().contains("approved compliance profile"));
        assertThatThrownBy(() -> ComplianceProfile.requireFor("acc_1", Country.DE, NumberType.LOCAL,
                Optional.of(profile), clock.instant())).isInstanceOfSatisfying(RegulatoryDocumentsRequired.class,
                refused -> assertThat(refused.missing().get(0)).contains("it is draft"));
        assertThatThrownBy(() -> ComplianceProfile.requireFor("acc_2", Country.DE, NumberType.LOCAL,
                Optional.of(profile), clock.instant())).isInstanceOf(RegulatoryDocumentsRequired.class);
        assertThatThrownBy(() -> ComplianceProfile.requireFor("acc_1", Country.DE, NumberType.MOBILE,
                Optional.of(profile), clock.instant())).isInstanceOf(RegulatoryDocumentsRequired.class)
                .hasMessageContaining("covers Germany local numbers");
        ComplianceProfile.requireFor("acc_1", Country.US, NumberType.LOCAL, Optional.empty(), clock.instant());
    }

    @Test
    void aProfileIsForNumbersThatNeedOneAndHoldsAtMostTenDocumentsOfAtMostTenMegabytes() {
        assertThatThrownBy(() -> ComplianceProfile.draft("acc_1", Country.US, NumberType.LOCAL, EndUserType.BUSINESS,
                acme, null, "twilio", clock)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> ComplianceProfile.draft("acc_1", Country.AE, NumberType.TOLL_FREE,
                EndUserType.BUSINESS, acme, null, "twilio", clock)).isInstanceOf(InvalidValue.class);
        ComplianceProfile draft = berlinDraft();
        assertThatThrownBy(() -> draft.addDocument(DocumentType.PROOF_OF_ADDRESS, "huge.pdf", ProfileDocument.LARGEST + 1,
                clock)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> draft.addDocument(DocumentType.PROOF_OF_ADDRESS, "empty.pdf", 0, clock))
                .isInstanceOf(InvalidValue.class);
        for (int i = 0; i < ComplianceProfile.MOST_DOCUMENTS; i++) {
            draft.addDocument(DocumentType.PROOF_OF_ADDRESS, "page-" + i + ".pdf", 1000, clock);
        }
        assertThatThrownBy(() -> draft.addDocument(DocumentType.PROOF_OF_ADDRESS, "one-more.pdf", 1000, clock))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void anEndUserHasANameAndAnEmailAddress() {
        assertThatThrownBy(() -> new EndUser(" ", "ops@acme.example", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new EndUser("Acme", "not an address", null)).isInstanceOf(InvalidValue.class);
        assertThat(new EndUser(" Acme GmbH ", " ops@acme.example ", null).name()).isEqualTo("Acme GmbH");
    }

    @Test
    void theCarriersIdsAreKeptOnlyForAProfileInReview() {
        ComplianceProfile profile = complete();
        assertThatThrownBy(() -> profile.handedToCarrier(new CarrierReferences("BU1", "AD1")))
                .isInstanceOf(IllegalProfileTransition.class);

        profile.submit(clock);
        profile.handedToCarrier(new CarrierReferences("BU1", "AD1"));

        assertThat(profile.carrier()).isEqualTo(new CarrierReferences("BU1", "AD1"));
    }

    @Test
    void aCarrierThatSellsBeforeItVerifiesTakesAProfileInReviewButNoDraft() {
        ComplianceProfile profile = complete();
        assertThatThrownBy(() -> ComplianceProfile.requireFor("acc_1", Country.DE, NumberType.LOCAL,
                Optional.of(profile), clock.instant(), true)).isInstanceOf(RegulatoryDocumentsRequired.class);

        profile.submit(clock);

        ComplianceProfile.requireFor("acc_1", Country.DE, NumberType.LOCAL, Optional.of(profile), clock.instant(), true);
        assertThatThrownBy(() -> ComplianceProfile.requireFor("acc_1", Country.DE, NumberType.LOCAL,
                Optional.of(profile), clock.instant())).isInstanceOf(RegulatoryDocumentsRequired.class);
    }

    @Test
    void aStatusChangeSaysWhereTheProfileWasAndIsNow() {
        ComplianceProfile profile = complete();
        profile.submit(clock);
        profile.reject("The proof of address is older than three months.", clock.instant());

        ProfileStatusChanged change = ProfileStatusChanged.of(profile, ComplianceStatus.IN_REVIEW);

        assertThat(change.previousStatus()).isEqualTo(ComplianceStatus.IN_REVIEW);
        assertThat(change.status()).isEqualTo(ComplianceStatus.REJECTED);
        assertThat(change.statusReason()).contains("older than three months");
        assertThat(change.countryCode()).isEqualTo("DE");
    }

    @Test
    void aDocumentKeepsTheFilesOwnNameWithoutFolders() {
        assertThat(ProfileDocument.fileNameOf("C:\\fakepath\\hrb.pdf")).isEqualTo("hrb.pdf");
        assertThat(ProfileDocument.fileNameOf("scans/2026/bill.png")).isEqualTo("bill.png");
        assertThat(ProfileDocument.fileNameOf(" ")).isEqualTo("document");
        assertThat(ProfileDocument.fileNameOf(null)).isEqualTo("document");
        assertThat(ProfileDocument.fileNameOf("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
