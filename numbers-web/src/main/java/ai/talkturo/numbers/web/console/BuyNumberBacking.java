package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.compliance.ComplianceRequirements;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.AddressRequired;
import ai.talkturo.numbers.provisioning.Carriers;
import ai.talkturo.numbers.provisioning.ProfileBook;
import ai.talkturo.numbers.provisioning.PurchaseNumber;
import ai.talkturo.numbers.provisioning.PurchaseRequest;
import ai.talkturo.numbers.provisioning.RegisterAddress;
import ai.talkturo.numbers.provisioning.SearchNumbers;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.web.api.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The Buy Number dialog: choose a country and type, narrow by area code, city, state or toll-free prefix, see up to
 * 20 numbers with their prices and buy one. A number that needs an address is bought with one of the account's
 * addresses, which can be added right here; one sold only with a compliance profile is bought with one of the
 * account's approved profiles for its country and kind (or, at a carrier that sells before it verifies, one in
 * review), and the dialog says how to get one when there is none.
 */
@Named
@ViewScoped
public class BuyNumberBacking implements Serializable {

    private static final int RESULTS = 20;
    private static final String REFUSED = "notice error";
    private static final List<String> NORTH_AMERICAN_TOLL_FREE = List.of("800", "833", "844", "855", "866", "877", "888");

    @Inject
    SignedIn signedIn;
    @Inject
    SearchNumbers searchNumbers;
    @Inject
    PurchaseNumber purchaseNumber;
    @Inject
    RegisterAddress registerAddress;
    @Inject
    PhoneNumbersBacking phoneNumbers;
    @Inject
    ProfileBook profileBook;
    @Inject
    Carriers carriers;
    @Inject
    Clock clock;

    private String country = Country.US.code();
    private String type = NumberType.LOCAL.apiName();
    private String areaCode;
    private String locality;
    private String region;
    private String tollFreePrefix;
    private List<OfferView> offers = List.of();
    private boolean searched;
    private String assistantId;
    private List<AddressView> addresses;
    private String addressId;
    private List<ProfileView> profiles;
    private String complianceProfileId;
    private final NewAddress newAddress = new NewAddress();
    /** The number whose address step is open, right under its offer; null while none is. */
    private String addressFor;
    private String addressNews;
    /** How the news in the address step looks: a request, a success or a refusal. */
    private String addressNewsStyle;

    /** Opens the dialog afresh. */
    public void open() {
        offers = List.of();
        searched = false;
        closeAddressStep();
        Notices.run("numbersConsole.openDialog('buy-dialog')");
    }

    /** Another country or type: keep only the filters that still make sense. */
    public void kindChanged() {
        Country chosen = chosenCountry();
        if (!chosen.offers(chosenType())) {
            type = chosen.numberTypes().get(0).apiName();
        }
        tollFreePrefix = null;
        offers = List.of();
        searched = false;
        profiles = null;
        complianceProfileId = null;
        closeAddressStep();
    }

    public void search() {
        searched = true;
        offers = List.of();
        closeAddressStep();
        try {
            Country chosen = chosenCountry();
            NumberType kind = chosenType();
            String prefix = kind == NumberType.TOLL_FREE ? Display.blankAsNull(tollFreePrefix) : Display.blankAsNull(areaCode);
            if (prefix != null && !prefix.matches("\\d{1,6}")) {
                Notices.refused("An area code or prefix is 1 to 6 digits, such as 415.");
                return;
            }
            boolean geographic = kind == NumberType.LOCAL;
            NumberSearch search = new NumberSearch(chosen, kind, prefix, geographic ? Display.blankAsNull(locality) : null,
                    geographic ? Display.blankAsNull(region) : null, null, RESULTS);
            offers = searchNumbers.search(search).offers().stream().map(offer -> new OfferView(offer, chosen)).toList();
            if (offers.isEmpty()) {
                Notices.refused("No numbers match. Try another area code or city, or leave them empty.");
            }
            if (isAddressNeeded()) {
                newAddress.countryCode = chosen.code();
            }
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
    }

    public void buy(OfferView offer) {
        String profileId = isProfileNeeded() ? Display.blankAsNull(complianceProfileId) : null;
        if (isProfileNeeded() && profileId == null) {
            openAddressStep(offer, profileAdvice(), "address-request");
            return;
        }
        if (offer.isNeedsAddress() && profileId == null && Display.blankAsNull(addressId) == null) {
            openAddressStep(offer, offer.getAddressNeeded() + ". Choose one of your addresses or add one here, then "
                    + "press Buy again.", "address-request");
            return;
        }
        try {
            // with a profile and no address chosen, the profile's own address is the number's
            String address = offer.isNeedsAddress() ? Display.blankAsNull(addressId) : null;
            purchaseNumber.purchase(signedIn.accountId(), new PurchaseRequest(E164Number.of(offer.getNumber()),
                    Display.blankAsNull(assistantId), address, profileId));
        } catch (AddressRequired required) {
            openAddressStep(offer, offer.getAddressNeeded() + ", and the chosen address is not there. Choose or add one "
                    + "in the right place, then press Buy again.", REFUSED);
            return;
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            return;
        }
        Notices.done("Buying " + offer.getDisplay() + ". It turns active in a moment.");
        offers = List.of();
        searched = false;
        closeAddressStep();
        phoneNumbers.refresh();
        Notices.alsoRender("numbers:notices");
        Notices.run("numbersConsole.closeDialog('buy-dialog')");
    }

    public void addAddress() {
        try {
            Address address = registerAddress.register(signedIn.accountId(), newAddress.customerName, newAddress.street,
                    newAddress.city, newAddress.postalCode, Display.blankAsNull(newAddress.region), newAddress.countryCode);
            addresses = null;
            addressId = address.id();
            newAddress.clear();
            tellAtTheOffer("Address added and chosen. Press Buy to buy the number with it.", "notice info");
        } catch (RuntimeException refused) {
            tellAtTheOffer(Refusals.explain(refused), REFUSED);
        }
    }

    /** Whether the chosen country and kind of number are sold only with a compliance profile. */
    public boolean isProfileNeeded() {
        return ComplianceRequirements.profileRequired(chosenCountry(), chosenType());
    }

    /** The account's profiles that buy the chosen kind of number now. */
    public List<ProfileView> getProfiles() {
        if (profiles == null) {
            boolean reviewMayFollow = carriers.current().sellsBeforeReview();
            Instant now = clock.instant();
            profiles = profileBook.ofAccount(signedIn.accountId()).stream()
                    .filter(profile -> profile.buys(chosenCountry(), chosenType(), now, reviewMayFollow))
                    .map(ProfileView::new).toList();
            if (complianceProfileId == null && !profiles.isEmpty()) {
                complianceProfileId = profiles.get(0).getId();
            }
        }
        return profiles;
    }

    /** What to do to buy the chosen kind of number without a profile that buys it. */
    public String getProfileAdvice() {
        return profileAdvice();
    }

    private String profileAdvice() {
        return chosenCountry().displayName() + " " + Display.typeName(chosenType()).toLowerCase(java.util.Locale.ROOT)
                + " numbers are sold only with an approved compliance profile. Start one on the Compliance page, "
                + "upload its documents and submit it; once the carrier approves it, it appears here.";
    }

    /** Opens the address step under the offer being bought, and brings it into view where the person is. */
    private void openAddressStep(OfferView offer, String news, String style) {
        addressFor = offer.getNumber();
        tellAtTheOffer(news, style);
    }

    private void tellAtTheOffer(String news, String style) {
        addressNews = news;
        addressNewsStyle = style;
        if (addressFor == null) {
            if (REFUSED.equals(style)) {
                Notices.refused(news);
            } else {
                Notices.done(news);
            }
            return;
        }
        Notices.run("numbersConsole.reveal('[data-address-step]')");
    }

    private void closeAddressStep() {
        addressFor = null;
        addressNews = null;
        addressNewsStyle = null;
    }

    private Country chosenCountry() {
        return Country.fromCode(country);
    }

    private NumberType chosenType() {
        return NumberType.fromApiName(type).orElse(NumberType.LOCAL);
    }

    public List<Country> getCountries() {
        return Arrays.asList(Country.values());
    }

    /** The types the chosen country offers, as {@code value → label}. */
    public List<String> getTypes() {
        return chosenCountry().numberTypes().stream().map(NumberType::apiName).toList();
    }

    public String typeName(String apiName) {
        return NumberType.fromApiName(apiName).map(Display::typeName).orElse(apiName);
    }

    public boolean isLocal() {
        return chosenType() == NumberType.LOCAL;
    }

    public boolean isTollFree() {
        return chosenType() == NumberType.TOLL_FREE;
    }

    public List<String> getTollFreePrefixes() {
        Country chosen = chosenCountry();
        return chosen == Country.US || chosen == Country.CA ? NORTH_AMERICAN_TOLL_FREE : List.of("800");
    }

    public boolean isAddressNeeded() {
        return offers.stream().anyMatch(OfferView::isNeedsAddress);
    }

    public List<AddressView> getAddresses() {
        if (addresses == null) {
            addresses = registerAddress.ofAccount(signedIn.accountId()).stream().map(AddressView::new).toList();
        }
        return addresses;
    }

    /** Whether the address step is open under this offer. */
    public boolean addressStepAt(OfferView offer) {
        return offer.getNumber().equals(addressFor);
    }

    public String getAddressNews() {
        return addressNews;
    }

    public String getAddressNewsStyle() {
        return addressNewsStyle;
    }

    public List<OfferView> getOffers() {
        return offers;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTollFreePrefix() {
        return tollFreePrefix;
    }

    public void setTollFreePrefix(String tollFreePrefix) {
        this.tollFreePrefix = tollFreePrefix;
    }

    public String getAssistantId() {
        return assistantId;
    }

    public void setAssistantId(String assistantId) {
        this.assistantId = assistantId;
    }

    public String getComplianceProfileId() {
        return complianceProfileId;
    }

    public void setComplianceProfileId(String complianceProfileId) {
        this.complianceProfileId = complianceProfileId;
    }

    public String getAddressId() {
        return addressId;
    }

    public void setAddressId(String addressId) {
        this.addressId = addressId;
    }

    public NewAddress getNewAddress() {
        return newAddress;
    }

    /** The fields of an address being added in the dialog. */
    public static final class NewAddress implements Serializable {

        private String customerName;
        private String street;
        private String city;
        private String postalCode;
        private String region;
        private String countryCode;

        void clear() {
            customerName = null;
            street = null;
            city = null;
            postalCode = null;
            region = null;
        }

        public String getCustomerName() {
            return customerName;
        }

        public void setCustomerName(String customerName) {
            this.customerName = customerName;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getCountryCode() {
            return countryCode;
        }

        public void setCountryCode(String countryCode) {
            this.countryCode = countryCode;
        }
    }
}
