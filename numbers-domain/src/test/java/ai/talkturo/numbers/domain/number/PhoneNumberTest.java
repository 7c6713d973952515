package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.MutableClock;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    private static final E164Number SAN_FRANCISCO = E164Number.of("+14155552671");

    private final MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");
    private final Instant start = clock.instant();

    @Test
    void startsAPurchaseAsAPurchasingNumber() {
        PhoneNumber number = PhoneNumber.startPurchase("acc_1", SAN_FRANCISCO, NumberType.LOCAL,
                Price.of("1.00", "1.00"), List.of("voice", "sms"), "sandbox", null, clock);

        assertThat(number.id()).matches("pn_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(number.accountId()).isEqualTo("acc_1");
        assertThat(number.number()).isEqualTo(SAN_FRANCISCO);
        assertThat(number.numberType()).isEqualTo(NumberType.LOCAL);
        assertThat(number.status()).isEqualTo(NumberStatus.PURCHASING);
        assertThat(number.statusReason()).isNull();
        assertThat(number.assistantId()).isNull();
        assertThat(number.trial()).isFalse();
        assertThat(number.expiresAt()).isNull();
        assertThat(number.price()).isEqualTo(Price.of("1", "1"));
        assertThat(number.features()).containsExactly("voice", "sms");
        assertThat(number.provider()).isEqualTo("sandbox");
        assertThat(number.carrierReference()).isNull();
        assertThat(number.createdAt()).isEqualTo(start);
        assertThat(number.activatedAt()).isNull();
        assertThat(number.updatedAt()).isEqualTo(start);
        assertThat(number.version()).isZero();
    }

    @Test
    void recordsThatThePurchaseStarted() {
        PhoneNumber number = newPurchase();

        assertThat(number.pullEvents()).containsExactly(new NumberChanged(number.id(), "acc_1", "+14155552671",
                Change.PURCHASE_STARTED, null, NumberStatus.PURCHASING, null, null, start, 1L));
    }

    @Test
    void startsATrialPurchaseWhenGivenAnExpiry() {
        Instant expiry = start.plus(Duration.ofDays(5));

        PhoneNumber number = PhoneNumber.startPurchase("acc_1", SAN_FRANCISCO, NumberType.LOCAL, Price.ZERO,
                List.of("voice"), "sandbox", expiry, clock);

        assertThat(number.trial()).isTrue();
        assertThat(number.expiresAt()).isEqualTo(expiry);
    }

    @Test
    void keepsItsOwnCopyOfTheFeatures() {
        List<String> features = new ArrayList<>(List.of("voice"));
        PhoneNumber number = PhoneNumber.startPurchase("acc_1", SAN_FRANCISCO, NumberType.LOCAL, Price.ZERO,
                features, "sandbox", null, clock);

        features.add("sms");

        assertThat(number.features()).containsExactly("voice");
        assertThatThrownBy(() -> number.features().add("fax")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesToBuyANumberOfAnUnsupportedCountry() {
        E164Number london = E164Number.of("+442071838750");

        assertThatThrownBy(() -> PhoneNumber.startPurchase("acc_1", london, NumberType.LOCAL, Price.ZERO,
                List.of(), "sandbox", null, clock)).isInstanceOf(CountryNotSupported.class);
    }

    @Test
    void refusesToBuyATypeTheCountryDoesNotOffer() {
        E164Number uaeTollFree = E164Number.of("+971800123456");

        assertThatThrownBy(() -> PhoneNumber.startPurchase("acc_1", uaeTollFree, NumberType.TOLL_FREE, Price.ZERO,
                List.of(), "sandbox", null, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPurchaseWithoutAccountOrProvider() {
        assertThatThrownBy(() -> PhoneNumber.startPurchase(" ", SAN_FRANCISCO, NumberType.LOCAL, Price.ZERO,
                List.of(), "sandbox", null, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.startPurchase("acc_1", SAN_FRANCISCO, NumberType.LOCAL, Price.ZERO,
                List.of(), null, null, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void becomesActiveWhenTheCarrierDeliversIt() {
        PhoneNumber number = purchasing();
        clock.advance(Duration.ofSeconds(2));

        number.activate("PN123", clock);

        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(number.carrierReference()).isEqualTo("PN123");
        assertThat(number.activatedAt()).isEqualTo(clock.instant());
        assertThat(number.updatedAt()).isEqualTo(clock.instant());
        assertThat(number.createdAt()).isEqualTo(start);
        assertThat(number.pullEvents()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(Change.ACTIVATED);
            assertThat(event.previousStatus()).isEqualTo(NumberStatus.PURCHASING);
            assertThat(event.status()).isEqualTo(NumberStatus.ACTIVE);
            assertThat(event.occurredAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void keepsTheKnownCarrierReferenceWhenActivatedWithoutOne() {
        PhoneNumber number = restored(NumberStatus.PURCHASING, null, "PN-ORDER");

        number.activate(null, clock);

        assertThat(number.carrierReference()).isEqualTo("PN-ORDER");
    }

    @Test
    void goesToErrorWithAReasonWhenTheCarrierCannotDeliverIt() {
        PhoneNumber number = purchasing();

        number.fail("The carrier no longer offers this number; pick another.", clock);

        assertThat(number.status()).isEqualTo(NumberStatus.ERROR);
        assertThat(number.statusReason()).isEqualTo("The carrier no longer offers this number; pick another.");
        assertThat(number.pullEvents()).extracting(NumberChanged::change).containsExactly(Change.FAILED);
    }

    @Test
    void refusesToFailWithoutAReason() {
        PhoneNumber number = purchasing();

        assertThatThrownBy(() -> number.fail(" ", clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> number.fail(null, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThat(number.status()).isEqualTo(NumberStatus.PURCHASING);
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void suspendsAnActiveNumberWithAReasonAndKeepsItsAssistant() {
        PhoneNumber number = restored(NumberStatus.ACTIVE, "as_1", null);

        number.suspend("Unpaid invoice", clock);

        assertThat(number.status()).isEqualTo(NumberStatus.SUSPENDED);
        assertThat(number.statusReason()).isEqualTo("Unpaid invoice");
        assertThat(number.assistantId()).isEqualTo("as_1");
        assertThat(number.pullEvents()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(Change.SUSPENDED);
            assertThat(event.previousAssistantId()).isEqualTo("as_1");
            assertThat(event.assistantId()).isEqualTo("as_1");
        });
    }

    @Test
    void refusesToSuspendWithoutAReason() {
        PhoneNumber number = restored(NumberStatus.ACTIVE, null, null);

        assertThatThrownBy(() -> number.suspend("", clock)).isInstanceOf(IllegalArgumentException.class);
        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
    }

    @Test
    void resumesASuspendedNumberAndForgetsTheReason() {
        PhoneNumber number = restored(NumberStatus.ACTIVE, "as_1", null);
        number.suspend("Unpaid invoice", clock);

        number.resume(clock);

        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(number.statusReason()).isNull();
        assertThat(number.assistantId()).isEqualTo("as_1");
        assertThat(number.pullEvents()).extracting(NumberChanged::change)
                .containsExactly(Change.SUSPENDED, Change.RESUMED);
    }

    @Test
    void releasesAnActiveSuspendedOrFailedNumberAndTakesItFromItsAssistant() {
        for (NumberStatus status : List.of(NumberStatus.ACTIVE, NumberStatus.SUSPENDED, NumberStatus.ERROR)) {
            PhoneNumber number = restored(status, "as_1", "PN123");

            number.release(clock);

            assertThat(number.status()).isEqualTo(NumberStatus.RELEASED);
            assertThat(number.assistantId()).isNull();
            assertThat(number.statusReason()).isNull();
            assertThat(number.pullEvents()).singleElement().satisfies(event -> {
                assertThat(event.change()).isEqualTo(Change.RELEASED);
                assertThat(event.previousStatus()).isEqualTo(status);
                assertThat(event.previousAssistantId()).isEqualTo("as_1");
                assertThat(event.assistantId()).isNull();
            });
        }
    }

    @Test
    void refusesEveryMoveTheLifecycleDoesNotAllowAndChangesNothing() {
        record Move(String name, NumberStatus target, Consumer<PhoneNumber> action) {
        }
        List<Move> moves = List.of(
                new Move("activate", NumberStatus.ACTIVE, n -> n.activate("PN9", clock)),
                new Move("fail", NumberStatus.ERROR, n -> n.fail("no", clock)),
                new Move("suspend", NumberStatus.SUSPENDED, n -> n.suspend("why", clock)),
                new Move("resume", NumberStatus.ACTIVE, n -> n.resume(clock)),
                new Move("release", NumberStatus.RELEASED, n -> n.release(clock)));
        List<NumberStatus> fromWhereAllowed = List.of(NumberStatus.PURCHASING, NumberStatus.PURCHASING,
                NumberStatus.ACTIVE, NumberStatus.SUSPENDED, NumberStatus.RELEASED);

        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            for (NumberStatus status : NumberStatus.values()) {
                boolean allowed = move.name().equals("release")
                        ? status.canMoveTo(NumberStatus.RELEASED)
                        : status == fromWhereAllowed.get(i);
                if (allowed) {
                    continue;
                }
                PhoneNumber number = restored(status, null, "PN1");
                clock.advance(Duration.ofMinutes(1));

                assertThatThrownBy(() -> move.action().accept(number))
                        .as("%s from %s", move.name(), status)
                        .isInstanceOf(IllegalStatusTransition.class)
                        .satisfies(e -> {
                            assertThat(((IllegalStatusTransition) e).from()).isEqualTo(status);
                            assertThat(((IllegalStatusTransition) e).to()).isEqualTo(move.target());
                        });
                assertThat(number.status()).isEqualTo(status);
                assertThat(number.carrierReference()).isEqualTo("PN1");
                assertThat(number.updatedAt()).isEqualTo(start);
                assertThat(number.pullEvents()).isEmpty();
            }
        }
    }

    @Test
    void refusesToActivateASuspendedNumberOrToResumeOneStillBeingBought() {
        PhoneNumber suspended = restored(NumberStatus.SUSPENDED, null, null);
        PhoneNumber purchasing = purchasing();

        assertThatThrownBy(() -> suspended.activate("PN1", clock)).isInstanceOf(IllegalStatusTransition.class);
        assertThatThrownBy(() -> purchasing.resume(clock)).isInstanceOf(IllegalStatusTransition.class);
        assertThat(suspended.status()).isEqualTo(NumberStatus.SUSPENDED);
        assertThat(purchasing.status()).isEqualTo(NumberStatus.PURCHASING);
    }

    @Test
    void refusesToResumeANumberThatIsNotSuspended() {
        PhoneNumber number = restored(NumberStatus.ACTIVE, null, null);

        assertThatThrownBy(() -> number.resume(clock))
                .isInstanceOf(IllegalStatusTransition.class)
                .hasMessage("an active number cannot become active");
    }

    @Test
    void nothingComesBackFromReleased() {
        PhoneNumber number = restored(NumberStatus.RELEASED, null, null);

        assertThatThrownBy(() -> number.activate("PN1", clock)).isInstanceOf(IllegalStatusTransition.class);
        assertThatThrownBy(() -> number.resume(clock)).isInstanceOf(IllegalStatusTransition.class);
        assertThatThrownBy(() -> number.release(clock))
                .isInstanceOf(IllegalStatusTransition.class)
                .hasMessage("a released number cannot become released");
    }

    @Test
    void restoresAStoredNumberAsItWasWithoutRecordingAnEvent() {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        Instant activated = Instant.parse("2026-01-01T00:00:02Z");
        Instant updated = Instant.parse("2026-02-01T00:00:00Z");
        Instant expires = Instant.parse("2026-01-06T00:00:00Z");

        PhoneNumber number = PhoneNumber.restore("pn_1", "acc_1", SAN_FRANCISCO, NumberType.LOCAL,
                NumberStatus.SUSPENDED, "Unpaid invoice", "as_1", true, expires, Price.of("1", "2"),
                List.of("voice"), "twilio", "PN123", created, activated, updated, 7);

        assertThat(number.id()).isEqualTo("pn_1");
        assertThat(number.status()).isEqualTo(NumberStatus.SUSPENDED);
        assertThat(number.statusReason()).isEqualTo("Unpaid invoice");
        assertThat(number.assistantId()).isEqualTo("as_1");
        assertThat(number.trial()).isTrue();
        assertThat(number.expiresAt()).isEqualTo(expires);
        assertThat(number.price()).isEqualTo(Price.of("1", "2"));
        assertThat(number.provider()).isEqualTo("twilio");
        assertThat(number.carrierReference()).isEqualTo("PN123");
        assertThat(number.createdAt()).isEqualTo(created);
        assertThat(number.activatedAt()).isEqualTo(activated);
        assertThat(number.updatedAt()).isEqualTo(updated);
        assertThat(number.version()).isEqualTo(7);
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void handsOutEachEventOnceInTheOrderTheyHappened() {
        PhoneNumber number = newPurchase();
        number.activate("PN1", clock);
        number.assignTo(Assistant.restore("as_1", "acc_1", "Reception", null, null, null, start, start, 0), clock);
        number.release(clock);

        assertThat(number.pullEvents()).extracting(NumberChanged::change)
                .containsExactly(Change.PURCHASE_STARTED, Change.ACTIVATED, Change.ASSIGNED, Change.RELEASED);
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void isTheSameNumberAsAnotherWithTheSameId() {
        PhoneNumber number = restored(NumberStatus.ACTIVE, null, null);
        PhoneNumber sameLater = restored(NumberStatus.RELEASED, null, null);

        assertThat(number).isEqualTo(sameLater).hasSameHashCodeAs(sameLater);
        assertThat(number).isNotEqualTo(purchasing());
    }

    private PhoneNumber purchasing() {
        PhoneNumber number = newPurchase();
        number.pullEvents();
        return number;
    }

    private PhoneNumber newPurchase() {
        return PhoneNumber.startPurchase("acc_1", SAN_FRANCISCO, NumberType.LOCAL, Price.of("1.00", "1.00"),
                List.of("voice", "sms"), "sandbox", null, clock);
    }

    private PhoneNumber restored(NumberStatus status, String assistantId, String carrierReference) {
        String reason = status == NumberStatus.ERROR || status == NumberStatus.SUSPENDED ? "a reason" : null;
        Instant activatedAt = status == NumberStatus.PURCHASING || status == NumberStatus.ERROR ? null : start;
        return PhoneNumber.restore("pn_1", "acc_1", SAN_FRANCISCO, NumberType.LOCAL, status, reason, assistantId,
                false, null, Price.ZERO, List.of("voice"), "sandbox", carrierReference, start, activatedAt, start, 3);
    }
}
