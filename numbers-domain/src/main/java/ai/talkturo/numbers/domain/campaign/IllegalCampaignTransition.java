package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses to pause or resume a campaign that has completed. */
public final class IllegalCampaignTransition extends DomainException {

    public IllegalCampaignTransition(String campaignId, CampaignStatus from, CampaignStatus to) {
        super("campaign " + campaignId + " is " + from.apiName() + " and cannot become " + to.apiName());
    }
}
