package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.MutableClock;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.assistant.AssistantInAnotherAccount;
import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumberAssignmentTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");
    private final Instant start = clock.instant();
    private final Assistant reception = assistant("as_reception", "acc_1");
    private final Assistant sales = assistant("as_sales", "acc_1");

    @Test
    void assignsAnActiveNumberToAnAssistantOfItsAccount() {
        PhoneNumber number = numberIn(NumberStatus.ACTIVE, null);
        clock.advance(Duration.ofMinutes(1));

        number.assignTo(reception, clock);

        assertThat(number.assistantId()).isEqualTo("as_reception");
        assertThat(number.updatedAt()).isEqualTo(clock.instant());
        assertThat(number.pullEvents()).containsExactly(new NumberChanged("pn_1", "acc_1", "+4930123456",
                Change.ASSIGNED, NumberStatus.ACTIVE, NumberStatus.ACTIVE, null, "as_reception", clock.instant(), number.version() + 1));
    }

    @Test
    void movesANumberFromOneAssistantToAnotherInOneStep() {
        PhoneNumber number = numberIn(NumberStatus.ACTIVE, "as_reception");

        number.assignTo(sales, clock);

        assertThat(number.assistantId()).isEqualTo("as_sales");
        assertThat(number.pullEvents()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(Change.ASSIGNED);
            assertThat(event.previousAssistantId()).isEqualTo("as_reception");
            assertThat(event.assistantId()).isEqualTo("as_sales");
        });
    }

    @Test
    void changesNothingWhenAssignedToTheAssistantItAlreadyHas() {
        PhoneNumber number = numberIn(NumberStatus.ACTIVE, "as_reception");
        clock.advance(Duration.ofMinutes(1));

        number.assignTo(reception, clock);

        assertThat(number.assistantId()).isEqualTo("as_reception");
        assertThat(number.updatedAt()).isEqualTo(start);
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void refusesToAssignANumberThatIsNotActive() {
        for (NumberStatus status : List.of(NumberStatus.PURCHASING, NumberStatus.SUSPENDED, NumberStatus.ERROR,
                NumberStatus.RELEASED)) {
            PhoneNumber number = numberIn(status, null);

            assertThatThrownBy(() -> number.assignTo(reception, clock))
                    .as(status.apiName())
                    .isInstanceOf(NumberNotActive.class)
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("+4930123456")
                    .hasMessageContaining(status.apiName());
            assertThat(number.assistantId()).isNull();
            assertThat(number.pullEvents()).isEmpty();
        }
    }

    @Test
    void refusesToMoveASuspendedNumberToAnotherAssistant() {
        PhoneNumber number = numberIn(NumberStatus.SUSPENDED, "as_reception");

        assertThatThrownBy(() -> number.assignTo(sales, clock))
                .isInstanceOf(NumberNotActive.class)
                .satisfies(e -> {
                    NumberNotActive refused = (NumberNotActive) e;
                    assertThat(refused.phoneNumberId()).isEqualTo("pn_1");
                    assertThat(refused.phoneNumber()).isEqualTo(E164Number.of("+4930123456"));
                    assertThat(refused.status()).isEqualTo(NumberStatus.SUSPENDED);
                });
        assertThat(number.assistantId()).isEqualTo("as_reception");
    }

    @Test
    void refusesAnAssistantOfAnotherAccount() {
        PhoneNumber number = numberIn(NumberStatus.ACTIVE, "as_reception");
        Assistant stranger = assistant("as_stranger", "acc_2");

        assertThatThrownBy(() -> number.assignTo(stranger, clock))
                .isInstanceOf(AssistantInAnotherAccount.class)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    AssistantInAnotherAccount refused = (AssistantInAnotherAccount) e;
                    assertThat(refused.assistantId()).isEqualTo("as_stranger");
                    assertThat(refused.accountId()).isEqualTo("acc_1");
                });
        assertThat(number.assistantId()).isEqualTo("as_reception");
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void unassignsANumberFromItsAssistant() {
        PhoneNumber number = numberIn(NumberStatus.ACTIVE, "as_reception");

        number.unassign(clock);

        assertThat(number.assistantId()).isNull();
        assertThat(number.pullEvents()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(Change.UNASSIGNED);
            assertThat(event.previousAssistantId()).isEqualTo("as_reception");
            assertThat(event.assistantId()).isNull();
        });
    }

    @Test
    void unassignsASuspendedNumberSoItsAssistantCanBeDeleted() {
        PhoneNumber number = numberIn(NumberStatus.SUSPENDED, "as_reception");

        number.unassign(clock);

        assertThat(number.assistantId()).isNull();
        assertThat(number.status()).isEqualTo(NumberStatus.SUSPENDED);
    }

    @Test
    void changesNothingWhenUnassigningANumberWithoutAssistant() {
        PhoneNumber number = numberIn(NumberStatus.ACTIVE, null);
        clock.advance(Duration.ofMinutes(1));

        number.unassign(clock);

        assertThat(number.updatedAt()).isEqualTo(start);
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void losesItsAssistantWhenReleased() {
        PhoneNumber number = numberIn(NumberStatus.ACTIVE, "as_reception");

        number.release(clock);

        assertThat(number.assistantId()).isNull();
    }

    private PhoneNumber numberIn(NumberStatus status, String assistantId) {
        String reason = status == NumberStatus.ERROR || status == NumberStatus.SUSPENDED ? "a reason" : null;
        return PhoneNumber.restore("pn_1", "acc_1", E164Number.of("+4930123456"), NumberType.LOCAL, status, reason,
                assistantId, false, null, Price.of("1", "1"), List.of("voice"), "sandbox", "PN1", start, start, start,
                1);
    }

    private Assistant assistant(String id, String accountId) {
        return Assistant.restore(id, accountId, "Reception", "Hello!", null, null, start, start, 0);
    }
}
