package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.PlanLimitReached;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.assistant.AssistantInAnotherAccount;
import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.CallerIdNotActive;
import ai.talkturo.numbers.domain.campaign.IllegalCampaignTransition;
import ai.talkturo.numbers.domain.campaign.OnDoNotCallList;
import ai.talkturo.numbers.domain.compliance.IllegalProfileTransition;
import ai.talkturo.numbers.domain.compliance.ProfileIncomplete;
import ai.talkturo.numbers.domain.compliance.RegulatoryDocumentsRequired;
import ai.talkturo.numbers.domain.number.CountryNotSupported;
import ai.talkturo.numbers.domain.number.IllegalStatusTransition;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberNotActive;
import ai.talkturo.numbers.provisioning.AddressRequired;
import ai.talkturo.numbers.provisioning.NumberNotAvailable;
import ai.talkturo.numbers.provisioning.NumberNotOwned;
import ai.talkturo.numbers.provisioning.SecretsKeyMissing;
import ai.talkturo.numbers.provisioning.UnsupportedDocument;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.web.partners.WebhookUrlRefused;
import ai.talkturo.numbers.web.security.SignatureRefused;
import ai.talkturo.numbers.web.security.Unauthenticated;
import ai.talkturo.numbers.web.security.UsernameTaken;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one table of the product's refusals: for each, the problem+json of API.md and what the console tells a person.
 * {@link ProblemMapper} answers the REST API from it and the console's notices read it, so a refusal is worded once.
 * The first row whose type the failure is wins; a failure of no row is a fault of ours, not a refusal.
 */
public final class Refusals {

    private static final String TRY_AGAIN = "Something went wrong on our side. Please try again in a moment.";

    private static final List<Row<?>> TABLE = List.of(
            row(InvalidRequest.class, failure -> refusal(400, "validation_failed", "The request is not valid",
                    failure, failure.errors(), sentence(failure.getMessage()))),
            row(InvalidPhoneNumbers.class, failure -> refusal(400, "invalid_phone_number", "Not valid E.164 numbers",
                    failure, failure.errors(), sentence(failure.getMessage()))),
            row(WebhookUrlRefused.class, failure -> refusal(400, "validation_failed", "The request is not valid",
                    failure, List.of(new FieldError("url", failure.getMessage())),
                    sentence(failure.getMessage()) + " Give a public address of your own.")),
            row(InvalidPhoneNumber.class, failure -> refusal(400, "invalid_phone_number", "Not a valid E.164 number",
                    failure, sentence(failure.getMessage()))),
            row(Unauthenticated.class, failure -> refusal(401, "unauthenticated", "Missing, unknown or revoked API key",
                    failure, "Please sign in again.")),
            row(SignatureRefused.class, failure -> refusal(403, "request_refused", "The signature does not verify",
                    failure, "The request's signature does not verify.")),
            row(NotFound.class, failure -> refusal(404, "not_found", "No such resource", failure,
                    "That " + failure.kind() + " no longer exists.")),
            row(AssistantInAnotherAccount.class, failure -> refusal(404, "not_found", "No such resource", failure,
                    "That assistant no longer exists.")),
            row(TrialNumberInUse.class, failure -> refusal(402, "trial_number_in_use",
                    "The free plan's trial number is in use", failure, "Your Free plan includes one trial number at "
                            + "a time, and it is in use. Release it, or upgrade your plan on the Account page to hold "
                            + "more numbers.")),
            row(PlanLimitReached.class, failure -> refusal(402, "plan_limit_reached",
                    "The plan's number limit is used up", failure, "Your " + failure.plan().displayName() + " plan holds "
                            + failure.limit() + " numbers at a time, and they are all in use. Release a number or "
                            + "move to a larger plan.")),
            row(NumberNotActive.class, failure -> refusal(409, "number_not_active", "The number is not active",
                    failure, "Only an active number can be given to an assistant.")),
            row(CallerIdNotActive.class, failure -> refusal(409, "number_not_active",
                    "The number cannot be the caller ID", failure, sentence(failure.getMessage()))),
            row(IllegalStatusTransition.class, failure -> refusal(409, "invalid_status_transition",
                    "The number cannot make that change", failure, "This number is " + failure.from().apiName()
                            + " now, so it cannot become " + failure.to().apiName() + ". The list shows where it "
                            + "stands.")),
            row(IllegalProfileTransition.class, failure -> refusal(409, "invalid_status_transition",
                    "The compliance profile cannot make that change", failure, sentence(failure.getMessage())
                            + " A profile is changed while it is a draft or after it was rejected.")),
            row(IllegalCampaignTransition.class, failure -> refusal(409, "invalid_status_transition",
                    "The campaign cannot make that change", failure, sentence(failure.getMessage()))),
            row(OnDoNotCallList.class, failure -> refusal(409, "do_not_call",
                    "The number is on the do-not-call list", failure, sentence(failure.getMessage()))),
            row(AssistantHasNoNumber.class, failure -> refusal(409, "assistant_has_no_number",
                    "The assistant has no number to call from", failure, sentence(failure.getMessage()))),
            row(OptimisticLockException.class, failure -> new Refusal(409, "conflict",
                    "Changed by someone else at the same time; try again", "it was changed by another request at "
                            + "the same moment; read it again and retry", List.of(), "Someone changed this at the "
                            + "same moment. The page shows the latest state; please try again.")),
            row(UsernameTaken.class, failure -> refusal(409, "conflict", "The username is taken", failure,
                    "That username is taken. Please choose another.")),
            row(NumberNotAvailable.class, Refusals::numberNotAvailable),
            row(AddressRequired.class, Refusals::addressRequired),
            row(CarrierRefusal.class, failure -> switch (failure.reason()) {
                case NUMBER_NOT_AVAILABLE -> numberNotAvailable(failure);
                case ADDRESS_REQUIRED -> addressRequired(failure);
                case REGULATORY -> refusal(422, "regulatory_documents_required",
                        "The carrier needs regulatory documents for this number", failure, "The carrier needs "
                                + "identity documents for this number. Pick a number of another kind or country.");
            }),
            row(RegulatoryDocumentsRequired.class, failure -> missing(failure.getMessage(), failure.missing(),
                    "complianceProfileId")),
            row(ProfileIncomplete.class, failure -> missing(failure.getMessage(), failure.missing(), "profile")),
            row(UnsupportedDocument.class, failure -> refusal(415, "unsupported_media_type",
                    "The file is not a PDF, PNG or JPEG", failure, sentence(failure.getMessage()))),
            row(CountryNotSupported.class, failure -> refusal(422, "country_not_supported", "Country not supported",
                    failure, sentence(failure.getMessage()))),
            row(NumberNotOwned.class, failure -> refusal(422, "number_not_owned",
                    "The number is not in that carrier account", failure, sentence(failure.getMessage()))),
            row(IdempotencyKeyReused.class, failure -> refusal(422, "idempotency_key_reused",
                    "Idempotency-Key reused with another request", failure, sentence(failure.getMessage()))),
            row(IdempotentRequestInProgress.class, failure -> refusal(409, "request_in_progress",
                    "The first request with this Idempotency-Key is still running", failure,
                    sentence(failure.getMessage()))),
            row(PayloadTooLarge.class, failure -> refusal(413, "payload_too_large", "The request is too large",
                    failure, sentence(failure.getMessage()))),
            row(RateLimited.class, failure -> refusal(429, "rate_limited", "Too many requests", failure,
                    "Too many requests at once. Please wait a moment and try again.")),
            row(CarrierUnavailable.class, failure -> refusal(502, "carrier_unavailable",
                    "The carrier failed or timed out", failure, "Our carrier is not answering right now, so nothing "
                            + "was bought or changed. Please try again in a minute.")),
            row(SecretsKeyMissing.class, failure -> refusal(503, "secrets_key_missing",
                    "Carrier credentials cannot be kept", failure, "Numbers cannot keep carrier credentials until "
                            + "an operator sets its secrets key, so nothing was imported.")),
            row(InvalidValue.class, failure -> refusal(400, "validation_failed", "The request is not valid", failure,
                    sentence(failure.getMessage()))),
            row(DomainException.class, failure -> refusal(400, "validation_failed", "The request is not valid",
                    failure, sentence(failure.getMessage()))));

    private Refusals() {
    }

    /** The refusal {@code failure} is, or empty when it is a fault of ours. */
    public static Optional<Refusal> of(Throwable failure) {
        for (Row<?> row : TABLE) {
            Optional<Refusal> refusal = row.refusal(failure);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * What to tell a person of {@code failure}: the explanation of the first refusal among it and its causes (a
     * container may wrap one), or that something went wrong on our side.
     */
    public static String explain(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            Optional<Refusal> refusal = of(cause);
            if (refusal.isPresent()) {
                return refusal.get().explanation();
            }
        }
        return TRY_AGAIN;
    }

    private static Refusal numberNotAvailable(RuntimeException failure) {
        return refusal(409, "number_not_available", "The number is not available", failure, "Someone else has just "
                + "taken this number, or the carrier no longer offers it. Search again and pick another.");
    }

    private static Refusal addressRequired(RuntimeException failure) {
        return refusal(422, "address_required", "The number needs an address", failure, "This number can only be "
                + "bought with an address in its area. Choose one of your addresses below, or add one, then buy "
                + "again.");
    }

    /**
     * A regulated number or a profile that lacks something: the detail says what, and each missing thing is one of
     * the errors.
     */
    private static Refusal missing(String message, List<String> missing, String field) {
        List<FieldError> errors = missing.stream().map(what -> new FieldError(field, "needs " + what)).toList();
        String detail = sentence(message) + (missing.isEmpty() ? "" : " Still needed: " + String.join("; ", missing)
                + ".");
        return new Refusal(422, "regulatory_documents_required", "Regulatory documents are required", detail, errors,
                detail);
    }

    private static Refusal refusal(int status, String code, String title, Throwable failure, String explanation) {
        return refusal(status, code, title, failure, List.of(), explanation);
    }

    private static Refusal refusal(int status, String code, String title, Throwable failure, List<FieldError> errors,
                                   String explanation) {
        return new Refusal(status, code, title, failure.getMessage(), errors, explanation);
    }

    /** A message as a sentence: capitalised, with a full stop. */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "That is not valid.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    private static <T extends Throwable> Row<T> row(Class<T> type, Function<T, Refusal> refusal) {
        return new Row<>(type, refusal);
    }

    private record Row<T extends Throwable>(Class<T> type, Function<T, Refusal> refusal) {

        Optional<Refusal> refusal(Throwable failure) {
            return type.isInstance(failure) ? Optional.of(refusal.apply(type.cast(failure))) : Optional.empty();
        }
    }
}
