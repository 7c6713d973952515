package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxReviewTest {

    private final FakeTime time = new FakeTime("2026-12-08T09:00:00Z");
    private final SandboxReview review = new SandboxReview(Duration.ofSeconds(10), time);

    private ComplianceProfile profileOf(String endUserName) {
        return ComplianceProfile.draft("acc_1", Country.DE, NumberType.LOCAL, EndUserType.BUSINESS,
                new EndUser(endUserName, "ops@acme.example", "HRB 1"), "ad_1", "sandbox", time);
    }

    @Test
    void approvesAProfileOnceTheReviewDelayHasPassed() {
        CarrierReferences submitted = review.submit(profileOf("Acme GmbH"));

        time.advance(Duration.ofSeconds(9));
        assertThat(review.outcome(submitted)).isInstanceOf(ReviewOutcome.InReview.class);
        assertThat(review.approved(submitted)).isFalse();
        time.advance(Duration.ofSeconds(1));
        assertThat(review.outcome(submitted)).isEqualTo(new ReviewOutcome.Approved(null));
        assertThat(review.approved(submitted)).isTrue();
    }

    @Test
    void rejectsAProfileWhoseEndUserIsCalledReject() {
        CarrierReferences submitted = review.submit(profileOf("REJECT me GmbH"));

        time.advance(Duration.ofSeconds(10));

        assertThat(review.outcome(submitted)).isInstanceOfSatisfying(ReviewOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("REJECT"));
        assertThat(review.approved(submitted)).isFalse();
    }

    @Test
    void aReferenceItNeverGaveIsNoApproval() {
        assertThat(review.approved(new CarrierReferences("BU123", null))).isFalse();
        assertThat(review.approved(null)).isFalse();
        assertThat(review.outcome(new CarrierReferences(null, null))).isInstanceOf(ReviewOutcome.Rejected.class);
    }

    @Test
    void refusesANegativeDelay() {
        assertThatThrownBy(() -> new SandboxReview(Duration.ofSeconds(-1), time))
                .hasMessageContaining("numbers.sandbox.review-delay");
    }
}
