package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.compliance.ProfileIncomplete;
import ai.talkturo.numbers.domain.compliance.RegulatoryDocumentsRequired;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceProfilesTest {

    private static final byte[] PDF = "%PDF-1.7 register extract".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.PRO);
    private final EndUser acme = new EndUser("Acme GmbH", "ops@acme.example", "HRB 12345");

    private Address berlinAddress() {
        return provisioning.registerAddress.register(account.id(), "Acme GmbH", "Unter den Linden 1", "Berlin", "10117",
                null, "DE");
    }

    private ComplianceProfile complete() {
        ComplianceProfile profile = provisioning.profileBook.open(account.id(), Country.DE, NumberType.LOCAL,
                EndUserType.BUSINESS, acme, berlinAddress().id());
        provisioning.profileBook.addDocument(account.id(), profile.id(), DocumentType.BUSINESS_REGISTRATION, "hrb.pdf", PDF);
        provisioning.profileBook.addDocument(account.id(), profile.id(), DocumentType.PROOF_OF_ADDRESS, "bill.png", PNG);
        return provisioning.profileBook.inAccount(account.id(), profile.id());
    }

    private E164Number berlinNumber() {
        E164Number number = E164Number.of("+4930901820");
        provisioning.carrier.offer(new NumberOffer(number, NumberType.LOCAL, "Berlin", "BE", Price.of("1.00", "0.00"),
                List.of("voice"), AddressRequirement.LOCALITY));
        return number;
    }

    @Test
    void aSubmittedProfileIsHandedToTheCarrierWithItsAddressAndFilesAndIsApprovedByItsReview() {
        ComplianceProfile profile = complete();

        ComplianceProfile submitted = provisioning.submitProfile.submit(account.id(), profile.id());

        assertThat(submitted.status()).isEqualTo(ComplianceStatus.IN_REVIEW);
        assertThat(submitted.carrier()).isEqualTo(new CarrierReferences("BU-" + profile.id(), "AD-" + profile.addressId()));
        assertThat(provisioning.carrier.reviewing).singleElement().satisfies(review -> {
            assertThat(review.address().city()).isEqualTo("Berlin");
            assertThat(review.files()).extracting(file -> file.format())
                    .containsExactly(DocumentFormat.PDF, DocumentFormat.PNG);
            assertThat(review.files().get(0).content()).isEqualTo(PDF);
        });

        assertThat(provisioning.reviewProfiles.review()).isZero();
        provisioning.carrier.review = new ReviewOutcome.Approved(null);
        provisioning.clock.advance(Duration.ofMinutes(5));
        assertThat(provisioning.reviewProfiles.review()).isEqualTo(1);

        assertThat(provisioning.profileBook.inAccount(account.id(), profile.id()).status())
                .isEqualTo(ComplianceStatus.APPROVED);
        assertThat(provisioning.profileChanges.fired).extracting(change -> change.status())
                .containsExactly(ComplianceStatus.IN_REVIEW, ComplianceStatus.APPROVED);
    }

    @Test
    void aRegulatedNumberIsBoughtOnlyWithAnApprovedProfileWhoseCarrierIdsTheOrderNames() {
        E164Number berlin = berlinNumber();
        ComplianceProfile profile = complete();
        assertThatThrownBy(() -> provisioning.purchases.purchase(account.id(),
                new PurchaseRequest(berlin, null, profile.addressId()))).isInstanceOf(RegulatoryDocumentsRequired.class);
        provisioning.submitProfile.submit(account.id(), profile.id());
        assertThatThrownBy(() -> provisioning.purchases.purchase(account.id(),
                new PurchaseRequest(berlin, null, null, profile.id())))
                .isInstanceOfSatisfying(RegulatoryDocumentsRequired.class,
                        refused -> assertThat(refused.missing().get(0)).contains("in_review"));
        assertThat(provisioning.phoneNumbers.ofAccount(account.id())).isEmpty();

        provisioning.carrier.review = new ReviewOutcome.Approved(null);
        provisioning.reviewProfiles.review();
        PhoneNumber bought = provisioning.purchases.purchase(account.id(),
                new PurchaseRequest(berlin, null, null, profile.id()));
        provisioning.fulfilOpenedOrders();

        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(provisioning.carrier.orders).singleElement().satisfies(order -> {
            assertThat(order.compliance()).isEqualTo(new CarrierReferences("BU-" + profile.id(), "AD-" + profile.addressId()));
            assertThat(order.address().city()).as("the profile's address").isEqualTo("Berlin");
        });
    }

    @Test
    void aCarrierThatSellsFirstTakesAProfileInReviewAndTheNumberSaysItWaitsForTheReview() {
        provisioning.carrier.sellingBeforeReview = true;
        provisioning.carrier.slow = true;
        E164Number berlin = berlinNumber();
        ComplianceProfile profile = complete();
        provisioning.submitProfile.submit(account.id(), profile.id());

        PhoneNumber bought = provisioning.purchases.purchase(account.id(), new PurchaseRequest(berlin, null, null, profile.id()));
        provisioning.settleOrder.settle(bought.id(), new OrderOutcome.Pending("ORD-1",
                "waits for the carrier's review of its documents, until 2026-12-17"));

        PhoneNumber waiting = provisioning.stored(bought);
        assertThat(waiting.status()).isEqualTo(NumberStatus.PURCHASING);
        assertThat(waiting.statusReason()).contains("review of its documents");
    }

    @Test
    void aRejectedProfileSaysWhyAndIsCorrectedAndSubmittedAgain() {
        ComplianceProfile profile = complete();
        provisioning.submitProfile.submit(account.id(), profile.id());
        provisioning.carrier.review = new ReviewOutcome.Rejected("The proof of address is older than three months.");
        provisioning.reviewProfiles.review();

        ComplianceProfile rejected = provisioning.profileBook.inAccount(account.id(), profile.id());
        assertThat(rejected.status()).isEqualTo(ComplianceStatus.REJECTED);
        assertThat(rejected.statusReason()).contains("three months");

        provisioning.profileBook.addDocument(account.id(), profile.id(), DocumentType.PROOF_OF_ADDRESS, "new-bill.pdf", PDF);
        assertThat(provisioning.submitProfile.submit(account.id(), profile.id()).status())
                .isEqualTo(ComplianceStatus.IN_REVIEW);
        assertThat(provisioning.carrier.reviewing).hasSize(2);
        assertThat(provisioning.carrier.reviewing.get(1).files()).hasSize(3);
    }

    @Test
    void aFileThatIsNoPdfPngOrJpegByItsContentIsRefusedWhateverItsNameAndNothingIsKept() {
        ComplianceProfile profile = provisioning.profileBook.open(account.id(), Country.DE, NumberType.LOCAL,
                EndUserType.BUSINESS, acme, null);

        assertThatThrownBy(() -> provisioning.profileBook.addDocument(account.id(), profile.id(),
                DocumentType.BUSINESS_REGISTRATION, "hrb.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedDocument.class);
        assertThatThrownBy(() -> provisioning.profileBook.addDocument(account.id(), profile.id(),
                DocumentType.BUSINESS_REGISTRATION, "empty.pdf", new byte[0])).isInstanceOf(InvalidValue.class);

        assertThat(provisioning.profileBook.inAccount(account.id(), profile.id()).documents()).isEmpty();
        assertThat(provisioning.files.count()).isZero();
    }

    @Test
    void anIncompleteProfileIsNotHandedToTheCarrier() {
        ComplianceProfile profile = provisioning.profileBook.open(account.id(), Country.DE, NumberType.LOCAL,
                EndUserType.BUSINESS, acme, null);

        assertThatThrownBy(() -> provisioning.submitProfile.submit(account.id(), profile.id()))
                .isInstanceOf(ProfileIncomplete.class);

        assertThat(provisioning.carrier.reviewing).isEmpty();
        assertThat(provisioning.profileBook.inAccount(account.id(), profile.id()).status())
                .isEqualTo(ComplianceStatus.DRAFT);
    }

    @Test
    void anotherAccountsProfileOrAddressIsNotFound() {
        ComplianceProfile profile = complete();
        Account other = provisioning.account(Plan.PRO);

        assertThatThrownBy(() -> provisioning.submitProfile.submit(other.id(), profile.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> provisioning.profileBook.open(other.id(), Country.DE, NumberType.LOCAL,
                EndUserType.BUSINESS, acme, profile.addressId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> provisioning.purchases.purchase(other.id(),
                new PurchaseRequest(berlinNumber(), null, null, profile.id()))).isInstanceOf(NotFound.class);
    }

    @Test
    void anAddressInAnotherCountryIsRefused() {
        Address paris = provisioning.registerAddress.register(account.id(), "Acme", "1 Rue de Rivoli", "Paris", "75001",
                null, "FR");

        assertThatThrownBy(() -> provisioning.profileBook.open(account.id(), Country.DE, NumberType.LOCAL,
                EndUserType.BUSINESS, acme, paris.id())).isInstanceOf(InvalidValue.class).hasMessageContaining("FR");
    }

    @Test
    void anApprovalThatRunsOutExpiresTheProfile() {
        ComplianceProfile profile = complete();
        provisioning.submitProfile.submit(account.id(), profile.id());
        provisioning.carrier.review = new ReviewOutcome.Approved(provisioning.clock.instant().plus(Duration.ofDays(30)));
        provisioning.reviewProfiles.review();

        provisioning.clock.advance(Duration.ofDays(30));
        provisioning.reviewProfiles.review();

        assertThat(provisioning.profileBook.inAccount(account.id(), profile.id()).status())
                .isEqualTo(ComplianceStatus.EXPIRED);
        assertThat(provisioning.profileChanges.fired).extracting(change -> change.status()).containsExactly(
                ComplianceStatus.IN_REVIEW, ComplianceStatus.APPROVED, ComplianceStatus.EXPIRED);
    }

    @Test
    void aProfileItsCarrierCannotBeAskedAboutHoldsUpNoOther() {
        ComplianceProfile first = complete();
        ComplianceProfile second = complete();
        provisioning.submitProfile.submit(account.id(), first.id());
        provisioning.submitProfile.submit(account.id(), second.id());
        provisioning.carrier.unaskable = "BU-" + first.id();
        provisioning.carrier.review = new ReviewOutcome.Approved(null);

        assertThat(provisioning.reviewProfiles.review()).isEqualTo(1);

        assertThat(provisioning.profileBook.inAccount(account.id(), first.id()).status()).isEqualTo(ComplianceStatus.IN_REVIEW);
        assertThat(provisioning.profileBook.inAccount(account.id(), second.id()).status()).isEqualTo(ComplianceStatus.APPROVED);
    }
}
