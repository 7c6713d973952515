package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A number the carrier offers, as a row of the Buy Number dialog. */
public final class OfferView implements Serializable {

    private final String number;
    private final String display;
    private final String place;
    private final String monthlyPrice;
    private final String setupPrice;
    private final List<String> features;
    private final AddressRequirement addressRequirement;
    private final String addressNeeded;

    OfferView(NumberOffer offer, Country country) {
        this.number = offer.number().value();
        this.display = Display.phone(offer.number());
        this.place = Stream.of(offer.locality(), offer.region(), country.code())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        this.monthlyPrice = Display.money(offer.price().monthly());
        this.setupPrice = Display.money(offer.price().setup());
        this.features = offer.features();
        this.addressRequirement = offer.addressRequirement();
        this.addressNeeded = switch (offer.addressRequirement()) {
            case NONE -> "";
            case COUNTRY -> "Needs an address in " + country.displayName();
            case LOCALITY -> "Needs an address in " + (offer.locality() == null ? country.displayName() : offer.locality());
        };
    }

    public String getNumber() {
        return number;
    }

    public String getDisplay() {
        return display;
    }

    public String getPlace() {
        return place;
    }

    public String getMonthlyPrice() {
        return monthlyPrice;
    }

    public String getSetupPrice() {
        return setupPrice;
    }

    public List<String> getFeatures() {
        return features;
    }

    public boolean isNeedsAddress() {
        return addressRequirement != AddressRequirement.NONE;
    }

    public String getAddressNeeded() {
        return addressNeeded;
    }
}
