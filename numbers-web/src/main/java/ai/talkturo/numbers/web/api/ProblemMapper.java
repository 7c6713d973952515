package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.account.PlanLimitReached;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.assistant.AssistantInAnotherAccount;
import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.CallerIdNotActive;
import ai.talkturo.numbers.domain.campaign.IllegalCampaignTransition;
import ai.talkturo.numbers.domain.number.CountryNotSupported;
import ai.talkturo.numbers.domain.number.IllegalStatusTransition;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberNotActive;
import ai.talkturo.numbers.provisioning.AddressRequired;
import ai.talkturo.numbers.provisioning.NotFound;
import ai.talkturo.numbers.provisioning.NumberNotAvailable;
import ai.talkturo.numbers.provisioning.NumberNotOwned;
import ai.talkturo.numbers.provisioning.SecretsKeyMissing;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.routing.UnknownId;
import ai.talkturo.numbers.web.partners.WebhookUrlRefused;
import ai.talkturo.numbers.web.security.SignatureRefused;
import ai.talkturo.numbers.web.security.Unauthenticated;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become answers: every exception leaves as API.md's problem+json, with its
 * stable code. Only the product's own refusals are the caller's mistake (4xx); anything else, an
 * {@link IllegalArgumentException} of a library or of a misconfiguration included, is a fault of ours: it is logged
 * under an incident id and answered 500 with that id only.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    private record Kind(int status, String code, String title) {
    }

    private static final Map<Class<? extends Throwable>, Kind> KINDS = Map.ofEntries(
            Map.entry(InvalidRequest.class, new Kind(400, "validation_failed", "The request is not valid")),
            Map.entry(InvalidPhoneNumber.class, new Kind(400, "invalid_phone_number", "Not a valid E.164 number")),
            Map.entry(Unauthenticated.class, new Kind(401, "unauthenticated", "Missing, unknown or revoked API key")),
            Map.entry(SignatureRefused.class, new Kind(403, "request_refused", "The signature does not verify")),
            Map.entry(NotFound.class, new Kind(404, "not_found", "No such resource")),
            Map.entry(AssistantInAnotherAccount.class, new Kind(404, "not_found", "No such resource")),
            Map.entry(NumberNotActive.class, new Kind(409, "number_not_active", "The number is not active")),
            Map.entry(IllegalStatusTransition.class, new Kind(409, "invalid_status_transition", "The number cannot make that change")),
            Map.entry(OptimisticLockException.class, new Kind(409, "conflict", "Changed by someone else at the same time; try again")),
            Map.entry(PlanLimitReached.class, new Kind(402, "plan_limit_reached", "The plan's number limit is used up")),
            Map.entry(TrialNumberInUse.class, new Kind(402, "trial_number_in_use", "The free plan's trial number is in use")),
            Map.entry(CountryNotSupported.class, new Kind(422, "country_not_supported", "Country not supported")),
            Map.entry(NumberNotAvailable.class, new Kind(409, "number_not_available", "The number is not available")),
            Map.entry(AddressRequired.class, new Kind(422, "address_required", "The number needs an address")),
            Map.entry(NumberNotOwned.class, new Kind(422, "number_not_owned", "The number is not in that carrier account")),
            Map.entry(SecretsKeyMissing.class, new Kind(503, "secrets_key_missing", "Carrier credentials cannot be kept")),
            Map.entry(IdempotencyKeyReused.class, new Kind(422, "idempotency_key_reused", "Idempotency-Key reused with another request")),
            Map.entry(IdempotentRequestInProgress.class, new Kind(409, "request_in_progress", "The first request with this Idempotency-Key is still running")),
            Map.entry(CarrierUnavailable.class, new Kind(502, "carrier_unavailable", "The carrier failed or timed out")),
            Map.entry(InvalidPhoneNumbers.class, new Kind(400, "invalid_phone_number", "Not valid E.164 numbers")),
            Map.entry(PayloadTooLarge.class, new Kind(413, "payload_too_large", "The request is too large")),
            Map.entry(RateLimited.class, new Kind(429, "rate_limited", "Too many requests")),
            Map.entry(UnknownId.class, new Kind(404, "not_found", "No such resource")),
            Map.entry(AssistantHasNoNumber.class, new Kind(409, "assistant_has_no_number", "The assistant has no number to call from")),
            Map.entry(CallerIdNotActive.class, new Kind(409, "number_not_active", "The number cannot be the caller ID")),
            Map.entry(IllegalCampaignTransition.class, new Kind(409, "invalid_status_transition", "The campaign cannot make that change")));

    private static final Map<CarrierRefusal.Reason, Kind> REFUSALS = Map.of(
            CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE, KINDS.get(NumberNotAvailable.class),
            CarrierRefusal.Reason.ADDRESS_REQUIRED, KINDS.get(AddressRequired.class),
            CarrierRefusal.Reason.REGULATORY, new Kind(422, "regulatory_documents_required",
                    "The carrier needs regulatory documents for this number"));

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof OptimisticLockException) {
            return answer(KINDS.get(OptimisticLockException.class), "it was changed by another request at the same moment; "
                    + "read it again and retry", List.of());
        }
        if (failure instanceof WebhookUrlRefused refused) {
            return answer(KINDS.get(InvalidRequest.class), refused.getMessage(), List.of(new FieldError("url", refused.getMessage())));
        }
        Kind kind = KINDS.get(failure.getClass());
        if (kind != null) {
            return answer(kind, failure.getMessage(), failure instanceof InvalidRequest invalid ? invalid.errors()
                    : failure instanceof InvalidPhoneNumbers numbers ? numbers.errors() : List.of());
        }
        if (failure instanceof CarrierRefusal refusal) {
            return answer(REFUSALS.get(refusal.reason()), refusal.getMessage(), List.of());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return answer(forStatus(status), Problem.reasonFor(status), List.of());
        }
        if (failure instanceof InvalidValue || failure instanceof DomainException) {
            return answer(KINDS.get(InvalidRequest.class), failure.getMessage(), List.of());
        }
        if (failure instanceof WebApplicationException web) {
            return answer(new Kind(web.getResponse().getStatus(), "unavailable", "Try again later"), "try again later", List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return answer(new Kind(500, "internal_error", "Something went wrong on our side"),
                "incident " + incident + " has been logged", List.of());
    }

    private static Response answer(Kind kind, String detail, List<FieldError> errors) {
        Response.ResponseBuilder response = Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind.status(), kind.code(), kind.title(), detail, errors));
        if (kind.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private static Kind forStatus(int status) {
        return new Kind(status, Problem.codeFor(status), Problem.titleFor(status));
    }
}
