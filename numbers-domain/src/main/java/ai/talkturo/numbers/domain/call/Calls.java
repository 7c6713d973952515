package ai.talkturo.numbers.domain.call;

import java.util.List;
import java.util.Optional;

/** The outbound calls the product keeps, of every account. */
public interface Calls {

    void add(Call call);

    Optional<Call> byId(String id);

    /** The call with this id if it belongs to this account; empty otherwise, so ids of other accounts cannot be probed. */
    Optional<Call> inAccount(String accountId, String id);

    /** The calls placed for a campaign's contacts, the oldest first. */
    List<Call> ofCampaign(String campaignId);

    /**
     * The call with this id, held for the caller until its transaction ends, so that two reports about one call are
     * applied one after the other.
     */
    Optional<Call> forUpdate(String id);

    /** The call the carrier {@code provider} knows as {@code carrierCallId}, held like {@link #forUpdate(String)}. */
    Optional<Call> forUpdateByCarrierCallId(String provider, String carrierCallId);

    void update(Call call);
}
