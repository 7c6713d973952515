package ai.talkturo.numbers.domain.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What a number costs, in US dollars: every month, and once when it is bought. Amounts carry two decimals. */
public record Price(BigDecimal monthly, BigDecimal setup) {

    public static final Price ZERO = new Price(BigDecimal.ZERO, BigDecimal.ZERO);

    public Price {
        monthly = amount(monthly, "monthly");
        setup = amount(setup, "setup");
    }

    public static Price of(String monthly, String setup) {
        Objects.requireNonNull(monthly, "monthly price");
        Objects.requireNonNull(setup, "setup price");
        return new Price(new BigDecimal(monthly), new BigDecimal(setup));
    }

    private static BigDecimal amount(BigDecimal amount, String name) {
        Objects.requireNonNull(amount, name + " price");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("the " + name + " price cannot be negative: " + amount);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
