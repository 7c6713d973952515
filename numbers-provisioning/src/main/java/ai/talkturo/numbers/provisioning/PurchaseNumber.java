package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.address.Addresses;
import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A customer buys a number. A number the account is buying already is that purchase again (a retry whose answer
 * was lost). Otherwise the plan's room is checked first, then the carrier's offer is read (outside any
 * transaction: nothing is held while a carrier answers), the address rule checked, then the purchase is written
 * down and answered as {@code purchasing}; the carrier order runs after the commit ({@link FulfilOrder}).
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
    OrderBook orderBook;

    public PhoneNumber purchase(String accountId, PurchaseRequest request) {
        Country country = request.number().supportedCountry();
        if (request.assistantId() != null) {
            assistants.inAccount(accountId, request.assistantId())
                    .orElseThrow(() -> new NotFound("assistant", request.assistantId()));
        }
        Address address = request.addressId() == null ? null : addresses.inAccount(accountId, request.addressId())
                .orElseThrow(() -> new NotFound("address", request.addressId()));
        Optional<PhoneNumber> asked = orderBook.underWayElseRequireRoom(accountId, request.number());
        if (asked.isPresent()) {
            return asked.get();
        }
        Carrier carrier = carriers.current();
        NumberOffer offer = carrier.offer(request.number())
                .orElseThrow(() -> new NumberNotAvailable(request.number() + " is not offered by " + carrier.name()
                        + " any more, or someone else holds it; search again"));
        requireAddress(offer, country, address);
        return orderBook.open(accountId, offer, carrier.name(), request.assistantId(), request.addressId());
    }

    private static void requireAddress(NumberOffer offer, Country country, Address address) {
        AddressRequirement requirement = offer.addressRequirement();
        if (address != null && address.meets(requirement, country, offer.locality())) {
            return;
        }
        switch (requirement) {
            case NONE -> {
            }
            case COUNTRY -> throw new AddressRequired(offer.number() + " needs an address in " + country.displayName()
                    + "; add one with POST /api/addresses and name it as addressId");
            case LOCALITY -> throw new AddressRequired(offer.number() + " needs an address in " + offer.locality() + ", "
                    + country.displayName() + "; add one with POST /api/addresses and name it as addressId");
        }
    }
}
