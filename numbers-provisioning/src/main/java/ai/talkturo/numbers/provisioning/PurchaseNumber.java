package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.address.Addresses;
import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceProfiles;
import ai.talkturo.numbers.domain.compliance.ComplianceRequirements;
import ai.talkturo.numbers.domain.compliance.RegulatoryDocumentsRequired;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A customer buys a number. A number the account is buying already is that purchase again (a retry whose answer
 * was lost). The carrier's offer is read first (outside any transaction: nothing is held while a carrier answers),
 * then the purchase is decided and written down with the account locked ({@link OrderBook#open}) and answered as
 * {@code purchasing}; the carrier order runs after the commit ({@link FulfilOrder}). When the number is not offered
 * or its address rule or compliance rule is not met, the account's own holding of it and the plan's room are asked
 * before that is said, so that a refusal says what the account may do whatever number it picked. A regulated number
 * needs an approved compliance profile of the account, reviewed by the carrier it is bought from (or one still in
 * review where the carrier sells first and verifies after); the profile's address is used when no other is named.
 */
@ApplicationScoped
public class PurchaseNumber {

    @Inject
    Carriers carriers;
    @Inject
    Assistants assistants;
    @Inject
    Addresses addresses;
    @Inject
    ComplianceProfiles profiles;
    @Inject
    OrderBook orderBook;
    @Inject
    Clock clock;

    public PhoneNumber purchase(String accountId, PurchaseRequest request) {
        Country country = request.number().supportedCountry();
        if (request.assistantId() != null) {
            assistants.inAccount(accountId, request.assistantId())
                    .orElseThrow(() -> new NotFound("assistant", request.assistantId()));
        }
        ComplianceProfile profile = request.complianceProfileId() == null ? null
                : profiles.inAccount(accountId, request.complianceProfileId())
                        .orElseThrow(() -> new NotFound("compliance profile", request.complianceProfileId()));
        String addressId = request.addressId() != null || profile == null ? request.addressId() : profile.addressId();
        Address address = addressId == null ? null : addresses.inAccount(accountId, addressId)
                .orElseThrow(() -> new NotFound("address", addressId));
        Carrier carrier = carriers.current();
        Optional<NumberOffer> offer = carrier.offer(request.number());
        Optional<RuntimeException> refusal = offer.isEmpty()
                ? Optional.of(new NumberNotAvailable(request.number() + " is not offered by " + carrier.name()
                        + " any more, or someone else holds it; search again"))
                : addressRefusal(offer.get(), country, address)
                        .or(() -> regulated(offer.get()) ? complianceRefusal(accountId, offer.get(), profile, carrier)
                                : Optional.empty());
        if (refusal.isPresent()) {
            return orderBook.underWayElseRequireRoom(accountId, request.number()).orElseThrow(refusal::get);
        }
        // a profile named for a number sold without one is not passed on: the carrier would be told of a bundle for
        // another kind of number
        String coveredBy = regulated(offer.get()) ? request.complianceProfileId() : null;
        return orderBook.open(accountId, offer.get(), carrier.name(), request.assistantId(), addressId, coveredBy);
    }

    private Optional<RuntimeException> complianceRefusal(String accountId, NumberOffer offer,
                                                         ComplianceProfile profile, Carrier carrier) {
        if (profile != null && !profile.provider().equals(carrier.name())) {
            return Optional.of(new RegulatoryDocumentsRequired("compliance profile " + profile.id() + " was reviewed by "
                    + profile.provider() + "; numbers are bought from " + carrier.name() + " now",
                    List.of("a compliance profile reviewed by " + carrier.name())));
        }
        try {
            ComplianceProfile.requireFor(accountId, offer.number().supportedCountry(), offer.type(),
                    Optional.ofNullable(profile), clock.instant(), carrier.sellsBeforeReview());
            return Optional.empty();
        } catch (RegulatoryDocumentsRequired refused) {
            return Optional.of(refused);
        }
    }

    /** Whether the number is sold only with a compliance profile. */
    private static boolean regulated(NumberOffer offer) {
        return ComplianceRequirements.profileRequired(offer.number().supportedCountry(), offer.type());
    }

    private static Optional<RuntimeException> addressRefusal(NumberOffer offer, Country country, Address address) {
        AddressRequirement requirement = offer.addressRequirement();
        if (address != null && address.meets(requirement, country, offer.locality())) {
            return Optional.empty();
        }
        return switch (requirement) {
            case NONE -> Optional.empty();
            case COUNTRY -> Optional.of(new AddressRequired(offer.number() + " needs an address in "
                    + country.displayName() + "; add one with POST /api/addresses and name it as addressId"));
            case LOCALITY -> Optional.of(new AddressRequired(offer.number() + " needs an address in " + offer.locality()
                    + ", " + country.displayName() + "; add one with POST /api/addresses and name it as addressId"));
        };
    }
}
