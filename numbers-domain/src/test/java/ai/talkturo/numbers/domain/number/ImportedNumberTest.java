package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.MutableClock;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportedNumberTest {

    private static final E164Number NEW_YORK = E164Number.of("+16465550101");

    private final MutableClock clock = MutableClock.at("2026-12-03T09:00:00Z");
    private final Instant start = clock.instant();

    @Test
    void aNumberBroughtInIsActiveAtOnceAndNeverATrial() {
        PhoneNumber number = bringIn();

        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(number.origin()).isEqualTo(NumberOrigin.IMPORTED);
        assertThat(number.imported()).isTrue();
        assertThat(number.trial()).isFalse();
        assertThat(number.expiresAt()).isNull();
        assertThat(number.isTrialExpired(start.plusSeconds(365L * 86_400))).isFalse();
        assertThat(number.price()).isEqualTo(Price.ZERO);
        assertThat(number.carrierReference()).isEqualTo("PN0123");
        assertThat(number.activatedAt()).isEqualTo(start);
        assertThat(number.pullEvents()).containsExactly(new NumberChanged(number.id(), "acc_1", "+16465550101",
                Change.IMPORTED, null, NumberStatus.ACTIVE, null, null, start, 1L));
    }

    @Test
    void aBoughtNumberIsPurchased() {
        PhoneNumber number = PhoneNumber.startPurchase("acc_1", NEW_YORK, NumberType.LOCAL, Price.ZERO,
                List.of("voice"), "sandbox", null, clock);

        assertThat(number.origin()).isEqualTo(NumberOrigin.PURCHASED);
        assertThat(number.imported()).isFalse();
    }

    @Test
    void aNumberBroughtInIsAssignedAndReleasedLikeABoughtOne() {
        PhoneNumber number = bringIn();
        number.assignTo(Assistant.create("acc_1", "Reception", null, null, null, clock), clock);

        number.release(clock);

        assertThat(number.status()).isEqualTo(NumberStatus.RELEASED);
        assertThat(number.assistantId()).isNull();
        assertThat(number.origin()).isEqualTo(NumberOrigin.IMPORTED);
    }

    @Test
    void needsTheCarriersIdOfTheNumber() {
        assertThatThrownBy(() -> PhoneNumber.bringIn("acc_1", NEW_YORK, NumberType.LOCAL, List.of("voice"), "twilio",
                " ", clock)).isInstanceOf(InvalidValue.class).hasMessageContaining("carrierReference");
    }

    @Test
    void refusesATypeTheCountryDoesNotHave() {
        assertThatThrownBy(() -> PhoneNumber.bringIn("acc_1", E164Number.of("+14155552671"), NumberType.NATIONAL,
                List.of("voice"), "twilio", "PN0123", clock)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void originsHaveTheirApiNames() {
        assertThat(NumberOrigin.fromApiName("imported")).contains(NumberOrigin.IMPORTED);
        assertThat(NumberOrigin.fromApiName("purchased")).contains(NumberOrigin.PURCHASED);
        assertThat(NumberOrigin.fromApiName("bought")).isEmpty();
    }

    private PhoneNumber bringIn() {
        return PhoneNumber.bringIn("acc_1", NEW_YORK, NumberType.LOCAL, List.of("voice", "sms"), "twilio", "PN0123",
                clock);
    }
}
