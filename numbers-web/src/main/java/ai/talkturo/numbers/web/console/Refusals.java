package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.PlanLimitReached;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.assistant.AssistantInAnotherAccount;
import ai.talkturo.numbers.domain.number.CountryNotSupported;
import ai.talkturo.numbers.domain.number.IllegalStatusTransition;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberNotActive;
import ai.talkturo.numbers.provisioning.AddressRequired;
import ai.talkturo.numbers.provisioning.NotFound;
import ai.talkturo.numbers.provisioning.NumberNotAvailable;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.web.partners.WebhookUrlRefused;
import ai.talkturo.numbers.web.security.UsernameTaken;
import jakarta.persistence.OptimisticLockException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Says in plain words why the console could not do what was asked, and what the person can do about it. */
final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    private Refusals() {
    }

    static String explain(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            String explained = explainOne(cause);
            if (explained != null) {
                return explained;
            }
        }
        LOG.log(Level.WARNING, "the console could not carry out an action", failure);
        return "Something went wrong on our side. Please try again in a moment.";
    }

    private static String explainOne(Throwable failure) {
        if (failure instanceof TrialNumberInUse) {
            return "Your Free plan includes one trial number at a time, and it is in use. Release it, or upgrade "
                    + "your plan on the Account page to hold more numbers.";
        }
        if (failure instanceof PlanLimitReached limit) {
            return "Your " + Display.planName(limit.plan()) + " plan holds " + limit.limit() + " numbers at a time, "
                    + "and they are all in use. Release a number or move to a larger plan.";
        }
        if (failure instanceof AddressRequired) {
            return "This number can only be bought with an address in its area. Choose one of your addresses "
                    + "below, or add one, then buy again.";
        }
        if (failure instanceof CarrierUnavailable) {
            return "Our carrier is not answering right now, so nothing was bought or changed. Please try again in a minute.";
        }
        if (failure instanceof NumberNotAvailable) {
            return "Someone else has just taken this number, or the carrier no longer offers it. Search again and pick another.";
        }
        if (failure instanceof CarrierRefusal refusal) {
            return switch (refusal.reason()) {
                case ADDRESS_REQUIRED -> "The carrier needs an address in the number's area. Choose or add one, then buy again.";
                case NUMBER_NOT_AVAILABLE -> "The carrier no longer offers this number. Search again and pick another.";
                case REGULATORY -> "The carrier needs identity documents for this number. Pick a number of another kind or country.";
            };
        }
        if (failure instanceof NumberNotActive) {
            return "Only an active number can be given to an assistant.";
        }
        if (failure instanceof IllegalStatusTransition transition) {
            return "This number is " + transition.from().apiName() + " now, so it cannot become "
                    + transition.to().apiName() + ". The list shows where it stands.";
        }
        if (failure instanceof OptimisticLockException) {
            return "Someone changed this at the same moment. The page shows the latest state; please try again.";
        }
        if (failure instanceof NotFound notFound) {
            return "That " + notFound.kind() + " no longer exists.";
        }
        if (failure instanceof AssistantInAnotherAccount) {
            return "That assistant no longer exists.";
        }
        if (failure instanceof WebhookUrlRefused) {
            return sentence(failure.getMessage()) + " Give a public address of your own.";
        }
        if (failure instanceof UsernameTaken) {
            return "That username is taken. Please choose another.";
        }
        if (failure instanceof CountryNotSupported || failure instanceof InvalidPhoneNumber) {
            return sentence(failure.getMessage());
        }
        if (failure instanceof IllegalArgumentException) {
            return sentence(failure.getMessage());
        }
        return null;
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "That is not valid.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
