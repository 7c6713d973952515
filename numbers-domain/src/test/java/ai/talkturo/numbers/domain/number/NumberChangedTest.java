package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NumberChangedTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    void carriesTheStateOfTheNumberBeforeAndAfter() {
        NumberChanged event = new NumberChanged("pn_1", "acc_1", "+14155552671", Change.ASSIGNED,
                NumberStatus.ACTIVE, NumberStatus.ACTIVE, "as_1", "as_2", NOW, 2L);

        assertThat(event.previousAssistantId()).isEqualTo("as_1");
        assertThat(event.assistantId()).isEqualTo("as_2");
        assertThat(event.status()).isEqualTo(NumberStatus.ACTIVE);
    }

    @Test
    void allowsNoPreviousStatusForANewNumber() {
        NumberChanged event = new NumberChanged("pn_1", "acc_1", "+14155552671", Change.PURCHASE_STARTED,
                null, NumberStatus.PURCHASING, null, null, NOW, 1L);

        assertThat(event.previousStatus()).isNull();
    }

    @Test
    void refusesAnEventWithoutNumberChangeStatusOrTime() {
        assertThatThrownBy(() -> new NumberChanged(null, "acc_1", "+14155552671", Change.ACTIVATED,
                NumberStatus.PURCHASING, NumberStatus.ACTIVE, null, null, NOW, 2L)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NumberChanged("pn_1", "acc_1", "+14155552671", null,
                NumberStatus.PURCHASING, NumberStatus.ACTIVE, null, null, NOW, 2L)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NumberChanged("pn_1", "acc_1", "+14155552671", Change.ACTIVATED,
                NumberStatus.PURCHASING, null, null, null, NOW, 2L)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NumberChanged("pn_1", "acc_1", "+14155552671", Change.ACTIVATED,
                NumberStatus.PURCHASING, NumberStatus.ACTIVE, null, null, null, 2L)).isInstanceOf(NullPointerException.class);
    }
}
