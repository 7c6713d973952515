package ai.talkturo.numbers.domain.account;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses a second number to a free account, which holds one trial number at a time. */
public final class TrialNumberInUse extends DomainException {

    public TrialNumberInUse() {
        super("the free plan holds one trial number at a time; release it or move to a paid plan");
    }
}
