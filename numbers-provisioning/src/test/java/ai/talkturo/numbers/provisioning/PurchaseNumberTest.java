package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.account.PlanLimitReached;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseNumberTest {

    private static final E164Number FIRST = E164Number.of("+14155550101");
    private static final E164Number SECOND = E164Number.of("+14155550102");
    private static final E164Number NEEDS_ADDRESS = E164Number.of("+14155550103");

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryPhoneNumbers phoneNumbers = new InMemoryPhoneNumbers();
    private final InMemoryPendingOrders orders = new InMemoryPendingOrders();
    private final RecordedEvents<NumberChanged> changes = new RecordedEvents<>();
    private final RecordedEvents<OrderOpened> opened = new RecordedEvents<>();
    private final OfferingCarrier carrier = new OfferingCarrier();
    private final PurchaseNumber purchases = new PurchaseNumber();

    @BeforeEach
    void wire() {
        OrderBook orderBook = new OrderBook();
        orderBook.accounts = accounts;
        orderBook.phoneNumbers = phoneNumbers;
        orderBook.orders = orders;
        orderBook.events = new NumberEvents();
        orderBook.events.changes = changes;
        orderBook.opened = opened;
        orderBook.clock = clock;
        orderBook.trialDuration = Duration.ofDays(5);
        orderBook.reconcileAfter = Duration.ofMinutes(2);
        purchases.orderBook = orderBook;
        purchases.carriers = Carriers.buyingFrom(carrier);
        for (E164Number number : List.of(FIRST, SECOND)) {
            carrier.offer(offer(number, AddressRequirement.NONE));
        }
        carrier.offer(offer(NEEDS_ADDRESS, AddressRequirement.COUNTRY));
    }

    private static NumberOffer offer(E164Number number, AddressRequirement requirement) {
        return new NumberOffer(number, NumberType.LOCAL, "San Francisco", "CA", Price.of("1.15", "0.00"),
                List.of("voice"), requirement);
    }

    private Account account(Plan plan) {
        Account account = Account.open("Ada's agents", plan, clock);
        accounts.add(account);
        return account;
    }

    private PhoneNumber buy(Account account, E164Number number) {
        return purchases.purchase(account.id(), new PurchaseRequest(number, null, null));
    }

    @Test
    void anOfferedNumberIsWrittenDownAsPurchasingWithItsOrderAndAskedOfTheCarrierOnce() {
        Account account = account(Plan.STARTER);

        PhoneNumber bought = buy(account, FIRST);

        assertThat(bought.status()).isEqualTo(NumberStatus.PURCHASING);
        assertThat(bought.provider()).isEqualTo(OfferingCarrier.NAME);
        assertThat(phoneNumbers.holding(FIRST)).contains(bought);
        assertThat(orders.unsettled(bought.id())).isPresent();
        assertThat(opened.fired).containsExactly(new OrderOpened(bought.id(), null));
        assertThat(changes.fired).extracting(NumberChanged::change).containsExactly(NumberChanged.Change.PURCHASE_STARTED);
        assertThat(carrier.offersAsked).isEqualTo(1);
        assertThat(accounts.locks).as("decided with the account locked").isEqualTo(1);
    }

    @Test
    void aPurchaseAskedForAgainIsAnsweredWithTheOneMadeBeforeAndNothingIsBookedTwice() {
        Account account = account(Plan.STARTER);
        PhoneNumber first = buy(account, FIRST);

        assertThat(buy(account, FIRST)).as("while the carrier still offers it").isEqualTo(first);
        carrier.order(new NumberOrder(first.id(), FIRST, NumberType.LOCAL, null));
        assertThat(buy(account, FIRST)).as("once the carrier sold it").isEqualTo(first);

        assertThat(orders.rows).hasSize(1);
        assertThat(opened.fired).hasSize(1);
    }

    @Test
    void aFullPlanIsTheRefusalWhetherOrNotTheNumberIsOfferedOrNeedsAnAddress() {
        Account account = account(Plan.FREE);
        buy(account, FIRST);

        assertThatThrownBy(() -> buy(account, SECOND)).isInstanceOf(TrialNumberInUse.class);
        assertThatThrownBy(() -> buy(account, E164Number.of("+14155550199"))).as("not offered")
                .isInstanceOf(TrialNumberInUse.class);
        assertThatThrownBy(() -> buy(account, NEEDS_ADDRESS)).as("needs an address")
                .isInstanceOf(TrialNumberInUse.class);
        assertThat(phoneNumbers.ofAccount(account.id())).hasSize(1);
    }

    @Test
    void aNumberNotOfferedOrNeedingAnAddressIsRefusedForThatWhenThePlanHasRoom() {
        Account account = account(Plan.STARTER);

        assertThatThrownBy(() -> buy(account, E164Number.of("+14155550199"))).isInstanceOf(NumberNotAvailable.class)
                .hasMessageContaining("is not offered by offering");
        assertThatThrownBy(() -> buy(account, NEEDS_ADDRESS)).isInstanceOf(AddressRequired.class)
                .hasMessageContaining("needs an address in");
        assertThat(phoneNumbers.ofAccount(account.id())).isEmpty();
        assertThat(orders.rows).isEmpty();
    }

    @Test
    void aNumberAnotherAccountIsBuyingIsRefusedAndTheirPurchaseStands() {
        Account first = account(Plan.STARTER);
        Account second = account(Plan.STARTER);
        PhoneNumber theirs = buy(first, FIRST);

        assertThatThrownBy(() -> buy(second, FIRST)).isInstanceOf(NumberNotAvailable.class)
                .hasMessageContaining("being bought by someone else");
        assertThat(phoneNumbers.holding(FIRST)).contains(theirs);
    }

    @Test
    void aPaidPlanBuysUpToItsLimit() {
        Account account = account(Plan.STARTER);
        for (int n = 0; n < 5; n++) {
            E164Number number = E164Number.of("+1415555020" + n);
            carrier.offer(offer(number, AddressRequirement.NONE));
            buy(account, number);
        }
        carrier.offer(offer(E164Number.of("+14155550299"), AddressRequirement.NONE));

        assertThatThrownBy(() -> buy(account, E164Number.of("+14155550299"))).isInstanceOf(PlanLimitReached.class);
    }
}
