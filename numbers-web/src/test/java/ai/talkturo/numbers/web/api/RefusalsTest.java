package ai.talkturo.numbers.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.provisioning.UnsupportedDocument;
import ai.talkturo.numbers.domain.compliance.RegulatoryDocumentsRequired;
import ai.talkturo.numbers.domain.compliance.ProfileIncomplete;
import ai.talkturo.numbers.domain.compliance.IllegalProfileTransition;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.account.PlanLimitReached;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.assistant.AssistantInAnotherAccount;
import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.CallerIdNotActive;
import ai.talkturo.numbers.domain.campaign.CampaignStatus;
import ai.talkturo.numbers.domain.campaign.IllegalCampaignTransition;
import ai.talkturo.numbers.domain.number.CountryNotSupported;
import ai.talkturo.numbers.domain.number.IllegalStatusTransition;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.provisioning.AddressRequired;
import ai.talkturo.numbers.provisioning.NumberNotAvailable;
import ai.talkturo.numbers.provisioning.NumberNotOwned;
import ai.talkturo.numbers.provisioning.SecretsKeyMissing;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.web.partners.WebhookUrlRefused;
import ai.talkturo.numbers.web.security.SignatureRefused;
import ai.talkturo.numbers.web.security.Unauthenticated;
import ai.talkturo.numbers.web.security.UsernameTaken;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    /** One failure of every row of the table, with the status and code API.md gives it. */
    private static final Map<RuntimeException, String> ANSWERS = answers();

    private static Map<RuntimeException, String> answers() {
        Map<RuntimeException, String> answers = new LinkedHashMap<>();
        answers.put(new InvalidRequest("limit", "must be from 1 to 100"), "400 validation_failed");
        answers.put(new InvalidPhoneNumbers(List.of(new FieldError("to", "not E.164"))), "400 invalid_phone_number");
        answers.put(new WebhookUrlRefused("the URL is private"), "400 validation_failed");
        answers.put(new InvalidPhoneNumber("+1 nope"), "400 invalid_phone_number");
        answers.put(new InvalidValue("name is required"), "400 validation_failed");
        answers.put(new Unauthenticated("unknown key"), "401 unauthenticated");
        answers.put(new TrialNumberInUse(), "402 trial_number_in_use");
        answers.put(new PlanLimitReached(Plan.STARTER, 5), "402 plan_limit_reached");
        answers.put(new SignatureRefused("bad signature"), "403 request_refused");
        answers.put(new NotFound("campaign", "cmp_1"), "404 not_found");
        answers.put(new AssistantInAnotherAccount("as_1", "acc_1"), "404 not_found");
        answers.put(new NumberNotAvailable("taken"), "409 number_not_available");
        answers.put(new CarrierRefusal(CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE, "gone"), "409 number_not_available");
        answers.put(new CallerIdNotActive("+14155550101", "it is suspended"), "409 number_not_active");
        answers.put(new AssistantHasNoNumber("as_1"), "409 assistant_has_no_number");
        answers.put(new IllegalStatusTransition(NumberStatus.RELEASED, NumberStatus.SUSPENDED), "409 invalid_status_transition");
        answers.put(new IllegalCampaignTransition("cmp_1", CampaignStatus.COMPLETED, CampaignStatus.RUNNING),
                "409 invalid_status_transition");
        answers.put(new IllegalProfileTransition("cp_1", ComplianceStatus.IN_REVIEW, "be changed"),
                "409 invalid_status_transition");
        answers.put(new OptimisticLockException("row changed"), "409 conflict");
        answers.put(new UsernameTaken("ada"), "409 conflict");
        answers.put(new IdempotentRequestInProgress("still running"), "409 request_in_progress");
        answers.put(new PayloadTooLarge("over 1 MB"), "413 payload_too_large");
        answers.put(new CountryNotSupported("FR"), "422 country_not_supported");
        answers.put(new AddressRequired("needs an address"), "422 address_required");
        answers.put(new CarrierRefusal(CarrierRefusal.Reason.ADDRESS_REQUIRED, "needs one"), "422 address_required");
        answers.put(new IdempotencyKeyReused("another body"), "422 idempotency_key_reused");
        answers.put(new CarrierRefusal(CarrierRefusal.Reason.REGULATORY, "bundle"), "422 regulatory_documents_required");
        answers.put(new RegulatoryDocumentsRequired("DE local numbers need a profile", List.of("a profile")),
                "422 regulatory_documents_required");
        answers.put(new ProfileIncomplete("cp_1", List.of("a proof of the address")), "422 regulatory_documents_required");
        answers.put(new UnsupportedDocument("the file x.pdf is not a PDF"), "415 unsupported_media_type");
        answers.put(new NumberNotOwned("not in that account"), "422 number_not_owned");
        answers.put(new RateLimited(Duration.ofSeconds(2)), "429 rate_limited");
        answers.put(new CarrierUnavailable("timeout"), "502 carrier_unavailable");
        answers.put(new SecretsKeyMissing("no key"), "503 secrets_key_missing");
        return answers;
    }

    @Test
    void everyRefusalHasTheStatusAndCodeOfTheContract() {
        ANSWERS.forEach((failure, answer) -> {
            Refusal refusal = Refusals.of(failure).orElseThrow();
            assertThat(refusal.status() + " " + refusal.code()).as(failure.getClass().getSimpleName()).isEqualTo(answer);
            assertThat(refusal.explanation()).as(failure.getClass().getSimpleName()).isNotBlank().endsWith(".");
        });
    }

    @Test
    void everyCodeTheTableGivesIsInTheDocumentedListOfErrorCodes() throws IOException {
        String api = Files.readString(Path.of("..", "docs", "api.md"));
        String errorCodes = api.substring(api.indexOf("## Error codes"));
        ANSWERS.values().forEach(answer -> {
            String[] parts = answer.split(" ");
            assertThat(errorCodes).as(answer).containsPattern("\\| " + parts[0] + " \\| `" + parts[1] + "` \\|");
        });
    }

    @Test
    void theApiGetsTheFailuresOwnDetailAndTheFieldsAtFault() {
        assertThat(Refusals.of(new InvalidRequest("limit", "must be from 1 to 100")).orElseThrow().errors())
                .containsExactly(new FieldError("limit", "must be from 1 to 100"));
        Refusal url = Refusals.of(new WebhookUrlRefused("the URL is private")).orElseThrow();
        assertThat(url.errors()).containsExactly(new FieldError("url", url.detail()));
        assertThat(url.detail()).endsWith("the URL is private");
        assertThat(url.explanation()).isEqualTo("Events cannot be sent there: the URL is private. Give a public "
                + "address of your own.");
        assertThat(Refusals.of(new NotFound("campaign", "cmp_1")).orElseThrow().detail()).isEqualTo("no campaign cmp_1");
    }

    @Test
    void aMissingRegulatoryDocumentIsOneErrorEachAndSaidInTheDetail() {
        Refusal refusal = Refusals.of(new ProfileIncomplete("cp_1", List.of("a proof of the address",
                "the business's registration number"))).orElseThrow();

        assertThat(refusal.errors()).extracting(FieldError::message)
                .containsExactly("needs a proof of the address", "needs the business's registration number");
        assertThat(refusal.detail()).contains("Still needed: a proof of the address; the business's registration number.");
    }

    @Test
    void explainsThePlanRulesInPlainWords() {
        assertThat(Refusals.explain(new TrialNumberInUse())).startsWith("Your Free plan includes one trial number at a time");
        assertThat(Refusals.explain(new PlanLimitReached(Plan.STARTER, 5)))
                .isEqualTo("Your Starter plan holds 5 numbers at a time, and they are all in use. "
                        + "Release a number or move to a larger plan.");
    }

    @Test
    void explainsAMissingAddressAndCarrierTroubleWithoutApiWords() {
        assertThat(Refusals.explain(new AddressRequired("+4930… needs an address; add one with POST /api/addresses")))
                .doesNotContain("POST", "/api").contains("address");
        assertThat(Refusals.explain(new CarrierUnavailable("timeout after 10 s")))
                .isEqualTo("Our carrier is not answering right now, so nothing was bought or changed. Please try again in a minute.");
        assertThat(Refusals.explain(new NotFound("phone number", "pn_1"))).isEqualTo("That phone number no longer exists.");
    }

    @Test
    void findsTheRefusalInsideATransactionFailure() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new IllegalStatusTransition(NumberStatus.RELEASED, NumberStatus.SUSPENDED));
        RuntimeException wrapped = new TransactionalException("rolled back", rollback);
        assertThat(Refusals.explain(wrapped)).startsWith("This number is released now, so it cannot become suspended.");
    }

    @Test
    void aFaultOfOursIsNoRefusalAndSaysLittle() {
        assertThat(Refusals.of(new IllegalStateException("connection pool exhausted"))).isEmpty();
        assertThat(Refusals.of(new IllegalArgumentException("a library's complaint"))).isEmpty();
        assertThat(Refusals.explain(new IllegalStateException("connection pool exhausted")))
                .isEqualTo("Something went wrong on our side. Please try again in a moment.");
    }
}
