package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Accounts;
import ai.talkturo.numbers.domain.account.TrialPolicy;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberTaken;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import ai.talkturo.numbers.provisioning.port.ImportedNumber;
import ai.talkturo.numbers.provisioning.port.ImportedNumbers;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.PendingOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a purchase down, in one transaction: the plan and trial rules are checked with the account locked (so
 * two purchases of one account are decided one after the other), the number is stored as {@code purchasing}
 * (the database lets only one row hold a number) and its order is booked for the carrier. A number brought from
 * the customer's own carrier account is written down here too ({@link #bringIn}).
 */
@ApplicationScoped
public class OrderBook {

    @Inject
    Accounts accounts;
    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    PendingOrders orders;
    @Inject
    ImportedNumbers imported;
    @Inject
    NumberEvents events;
    @Inject
    Event<OrderOpened> opened;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.trial.duration")
    Duration trialDuration;
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after")
    Duration reconcileAfter;

    /**
     * The account's own holding of {@code number}, if it has one (being bought, active or suspended): a purchase
     * asked for again, such as a retry whose first answer was lost, is answered with the purchase that was made, not
     * refused as someone else's number nor made twice.
     */
    @Transactional
    public Optional<PhoneNumber> underWay(String accountId, E164Number number) {
        return phoneNumbers.holding(number).filter(holding -> holding.accountId().equals(accountId));
    }

    /**
     * The account's own holding of {@code number} ({@link #underWay}); if it has none, the plan and trial rules as
     * the account stands now ({@link #requireRoom}), in one transaction: asked before a purchase is refused for its
     * number.
     */
    @Transactional
    public Optional<PhoneNumber> underWayElseRequireRoom(String accountId, E164Number number) {
        Optional<PhoneNumber> asked = underWay(accountId, number);
        if (asked.isEmpty()) {
            requireRoom(accountId);
        }
        return asked;
    }

    /**
     * The plan and trial rules as the account stands now, so that a refusal says what the account may do whatever
     * number it picked. {@link #open} decides again, locked.
     */
    @Transactional
    public void requireRoom(String accountId) {
        Account account = accounts.byId(accountId).orElseThrow(() -> new NotFound("account", accountId));
        account.checkRoomForNumber(phoneNumbers.countCountingAgainstPlan(accountId));
    }

    @Transactional
    public PhoneNumber open(String accountId, NumberOffer offer, String provider, String assistantId, String addressId,
                            String complianceProfileId) {
        Account account = accounts.lockedById(accountId).orElseThrow(() -> new NotFound("account", accountId));
        Optional<PhoneNumber> holding = phoneNumbers.holding(offer.number());
        if (holding.isPresent() && holding.get().accountId().equals(accountId)) {
            return holding.get();
        }
        account.checkRoomForNumber(phoneNumbers.countCountingAgainstPlan(accountId));
        if (holding.isPresent()) {
            throw taken(offer);
        }
        Instant now = clock.instant();
        Instant trialExpiry = new TrialPolicy(trialDuration).expiryFor(account, now).orElse(null);
        PhoneNumber number = PhoneNumber.startPurchase(accountId, offer.number(), offer.type(), PriceList.priceOf(
                offer.number().supportedCountry(), offer.type()), offer.features(), provider, trialExpiry, clock);
        try {
            phoneNumbers.add(number);
        } catch (NumberTaken raced) {
            throw taken(offer);
        }
        orders.add(number.id(), assistantId, addressId, complianceProfileId, now.plus(reconcileAfter));
        events.publish(number);
        opened.fire(new OrderOpened(number.id(), addressId, complianceProfileId));
        return number;
    }

    /**
     * Before a number is brought in: no one holds it in Numbers, and the account's plan has room for it, in one
     * transaction. {@link #bringIn} decides again, locked.
     */
    @Transactional
    public void requireFreeAndRoom(String accountId, E164Number number) {
        if (phoneNumbers.holding(number).isPresent()) {
            throw heldAlready(number);
        }
        requireRoom(accountId);
    }

    /**
     * Writes down a number brought from the customer's carrier account, {@code active}, with what is kept of it:
     * decided, as a purchase is, with the account locked and the plan's room checked again.
     */
    @Transactional
    public PhoneNumber bringIn(String accountId, HeldNumber held, String provider, String carrierAccount,
                               String sealedCredentials, String kept) {
        Account account = accounts.lockedById(accountId).orElseThrow(() -> new NotFound("account", accountId));
        account.checkRoomForNumber(phoneNumbers.countCountingAgainstPlan(accountId));
        if (phoneNumbers.holding(held.number()).isPresent()) {
            throw heldAlready(held.number());
        }
        PhoneNumber number = PhoneNumber.bringIn(accountId, held.number(), held.type(), held.features(), provider,
                held.carrierReference(), clock);
        try {
            phoneNumbers.add(number);
        } catch (NumberTaken raced) {
            throw heldAlready(held.number());
        }
        imported.add(new ImportedNumber(number.id(), number.number().value(), accountId, provider, carrierAccount,
                sealedCredentials, kept), clock.instant());
        events.publish(number);
        return number;
    }

    private static NumberNotAvailable heldAlready(E164Number number) {
        return new NumberNotAvailable(number + " is in Numbers already; a number is brought in once");
    }

    private static NumberNotAvailable taken(NumberOffer offer) {
        return new NumberNotAvailable(offer.number() + " is being bought by someone else; search again");
    }
}
