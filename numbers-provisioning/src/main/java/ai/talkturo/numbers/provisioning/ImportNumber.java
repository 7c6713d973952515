package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.CustomerAccounts;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A customer brings a number from their own carrier account. The credentials are sealed first (without a key
 * nothing goes further), the plan's room and the number's freedom in Numbers checked, then the carrier asked,
 * outside any transaction, whether that account holds the number, and the number's calls pointed at Numbers; only
 * then is it written down, {@code active}. Should that fail, its old voice settings are given back at once.
 */
@ApplicationScoped
public class ImportNumber {

    private static final Logger LOG = Logger.getLogger(ImportNumber.class.getName());

    @Inject
    Carriers carriers;
    @Inject
    CustomerCredentials credentials;
    @Inject
    Assistants assistants;
    @Inject
    OrderBook orderBook;
    @Inject
    AssignNumber assignNumber;

    public PhoneNumber bringIn(String accountId, ImportRequest request) {
        CustomerAccounts carrier = carriers.customerAccountsAt(request.provider())
                .orElseThrow(() -> new InvalidValue("numbers cannot be brought from " + request.provider()
                        + " accounts here; this server takes them from "
                        + String.join(", ", carriers.customerAccountNames())));
        String sealed = credentials.seal(request.credentials(), accountId);
        PhoneNumber.requireOffered(request.number(), request.number().numberType());
        if (request.assistantId() != null) {
            assistants.inAccount(accountId, request.assistantId())
                    .orElseThrow(() -> new NotFound("assistant", request.assistantId()));
        }
        orderBook.requireFreeAndRoom(accountId, request.number());
        HeldNumber held = find(carrier, request);
        String kept = carrier.pointAtNumbers(request.credentials(), held);
        PhoneNumber number;
        try {
            number = orderBook.bringIn(accountId, held, carrier.name(),
                    carrier.accountName(request.credentials()), sealed, kept);
        } catch (RuntimeException refused) {
            giveBackAfter(refused, carrier, request, held, kept);
            throw refused;
        }
        credentials.forget(carrier.name(), carrier.accountName(request.credentials()));
        return request.assistantId() == null ? number
                : assignNumber.assign(accountId, request.assistantId(), number.id());
    }

    private static HeldNumber find(CustomerAccounts carrier, ImportRequest request) {
        try {
            return carrier.find(request.credentials(), request.number()).orElseThrow(() -> new NumberNotOwned(
                    request.number() + " is not a number of this " + carrier.name() + " account; check the number "
                            + "and that the credentials are those of the account that holds it"));
        } catch (CredentialsRefused refused) {
            throw new NumberNotOwned(refused.getMessage() + "; nothing was imported");
        }
    }

    /** A number someone else brought in at the same moment keeps the settings that one pointed at Numbers. */
    private static void giveBackAfter(RuntimeException refused, CustomerAccounts carrier, ImportRequest request,
                                      HeldNumber held, String kept) {
        if (refused instanceof NumberNotAvailable) {
            return;
        }
        try {
            carrier.giveBack(request.credentials(), held.carrierReference(), kept);
        } catch (CarrierUnavailable | CredentialsRefused trouble) {
            LOG.log(Level.WARNING, request.number() + " points at Numbers but could not be stored, and its old voice "
                    + "settings could not be given back at " + carrier.name(), trouble);
        }
    }
}
