package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaimOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryPhoneNumbers phoneNumbers = new InMemoryPhoneNumbers();
    private final InMemoryPendingOrders orders = new InMemoryPendingOrders();
    private final ClaimOrder claims = new ClaimOrder();
    private PhoneNumber number;

    @BeforeEach
    void wire() {
        claims.orders = orders;
        claims.phoneNumbers = phoneNumbers;
        claims.clock = clock;
        claims.reconcileAfter = Duration.ofMinutes(2);
        number = PhoneNumber.startPurchase("acc_1", E164Number.of("+14155550101"), NumberType.LOCAL,
                Price.of("1.15", "0.00"), List.of("voice"), OfferingCarrier.NAME, null, clock);
        phoneNumbers.add(number);
        orders.add(number.id(), "as_1", "ad_1", NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void anOrderJustOpenedIsClaimedAndMarkedPlacedOnceWithTheAddressItNames() {
        var toPlace = claims.opened(new OrderOpened(number.id(), "ad_1"));

        assertThat(toPlace).get().satisfies(claimed -> {
            assertThat(claimed.number()).isEqualTo(number);
            assertThat(claimed.addressId()).isEqualTo("ad_1");
        });
        InMemoryPendingOrders.Row row = orders.rows.get(number.id());
        assertThat(row.placedAt).isEqualTo(NOW);
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.claimedUntil).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(claims.opened(new OrderOpened(number.id(), "ad_1"))).as("a second worker").isEmpty();
        assertThat(row.attempts).isEqualTo(1);
    }

    @Test
    void anOrderPlacedBeforeIsLeftToReconciliation() {
        orders.placed(number.id(), NOW.minus(Duration.ofMinutes(5)));

        assertThat(claims.opened(new OrderOpened(number.id(), "ad_1"))).isEmpty();
        assertThat(orders.rows.get(number.id()).claimedUntil).as("not claimed either").isNull();
    }

    @Test
    void anOrderWhoseNumberIsNoLongerBeingBoughtIsSettledAndNothingIsPlaced() {
        number.fail("the carrier refused", clock);

        assertThat(claims.opened(new OrderOpened(number.id(), "ad_1"))).isEmpty();
        assertThat(orders.unsettled(number.id())).isEmpty();
    }

    @Test
    void anOrderReconciliationClaimedIsMarkedPlacedAgainWithItsStoredAddress() {
        orders.placed(number.id(), NOW.minus(Duration.ofMinutes(5)));
        orders.claim(number.id(), NOW, NOW.plus(Duration.ofMinutes(2)));

        var toPlace = claims.claimed(number.id());

        assertThat(toPlace).get().extracting(ClaimOrder.ToPlace::addressId).isEqualTo("ad_1");
        assertThat(orders.rows.get(number.id()).attempts).isEqualTo(2);
        assertThat(orders.rows.get(number.id()).placedAt).isEqualTo(NOW);
    }
}
