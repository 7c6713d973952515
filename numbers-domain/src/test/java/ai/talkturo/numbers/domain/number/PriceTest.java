package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void keepsTwoDecimals() {
        Price price = Price.of("1", "0.5");

        assertThat(price.monthly()).isEqualTo(new BigDecimal("1.00"));
        assertThat(price.setup()).isEqualTo(new BigDecimal("0.50"));
        assertThat(price.monthly().toPlainString()).isEqualTo("1.00");
    }

    @Test
    void roundsHalfUpToTheCent() {
        Price price = Price.of("1.005", "2.0049");

        assertThat(price.monthly()).isEqualTo(new BigDecimal("1.01"));
        assertThat(price.setup()).isEqualTo(new BigDecimal("2.00"));
    }

    @Test
    void equalsAPriceOfTheSameAmountsWrittenDifferently() {
        assertThat(Price.of("1", "1")).isEqualTo(new Price(new BigDecimal("1.000"), new BigDecimal("1.0")));
    }

    @Test
    void zeroCostsNothing() {
        assertThat(Price.ZERO.monthly()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Price.ZERO.setup()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Price.of("0", "0")).isEqualTo(Price.ZERO);
    }

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> Price.of("-0.01", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.of("1", "-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingAmount() {
        assertThatThrownBy(() -> new Price(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Price(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Price.of(null, "1")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesAnAmountThatIsNotANumber() {
        assertThatThrownBy(() -> Price.of("one", "1")).isInstanceOf(NumberFormatException.class);
    }
}
