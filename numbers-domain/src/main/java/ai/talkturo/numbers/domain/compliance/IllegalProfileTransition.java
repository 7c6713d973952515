package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses a change a profile in its status cannot take, such as changing one that is in review. */
public final class IllegalProfileTransition extends DomainException {

    public IllegalProfileTransition(String profileId, ComplianceStatus from, String change) {
        super("compliance profile " + profileId + " is " + from.apiName() + ", so it cannot " + change);
    }
}
