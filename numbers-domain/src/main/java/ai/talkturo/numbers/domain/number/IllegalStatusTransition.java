package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses a move between two statuses that the lifecycle of a number does not allow. */
public final class IllegalStatusTransition extends DomainException {

    private final NumberStatus from;
    private final NumberStatus to;

    public IllegalStatusTransition(NumberStatus from, NumberStatus to) {
        super(withArticle(from.apiName()) + " number cannot become " + to.apiName());
        this.from = from;
        this.to = to;
    }

    public NumberStatus from() {
        return from;
    }

    public NumberStatus to() {
        return to;
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
