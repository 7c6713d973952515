package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.ProfileBook;
import ai.talkturo.numbers.provisioning.RegisterAddress;
import ai.talkturo.numbers.provisioning.SubmitProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The Compliance page: the account's compliance profiles with where each stands and what it still needs; a new
 * profile for a country and number type; documents uploaded from the person's computer (a plain form post, no
 * framing); and handing a complete profile to the carrier. While a profile is in review the page asks again.
 */
@Named
@ViewScoped
public class ComplianceBacking implements Serializable {

    @Inject
    SignedIn signedIn;
    @Inject
    ProfileBook book;
    @Inject
    SubmitProfile submitProfile;
    @Inject
    RegisterAddress registerAddress;

    private List<ProfileView> profiles;
    private List<AddressView> addresses;
    private String country = Country.DE.code();
    private String type = NumberType.LOCAL.apiName();
    private String endUserType = EndUserType.BUSINESS.apiName();
    private String name;
    private String email;
    private String registrationNumber;
    private String addressId;
    private String documentType = DocumentType.BUSINESS_REGISTRATION.apiName();
    private transient Part file;
    private final BuyNumberBacking.NewAddress newAddress = new BuyNumberBacking.NewAddress();

    public List<ProfileView> getProfiles() {
        if (profiles == null) {
            profiles = book.ofAccount(signedIn.accountId()).stream().map(ProfileView::new).toList();
        }
        return profiles;
    }

    public boolean isAnyInReview() {
        return getProfiles().stream().anyMatch(ProfileView::isInReview);
    }

    public void refresh() {
        profiles = null;
    }

    public void create() {
        try {
            book.open(signedIn.accountId(), Country.fromCode(country), NumberType.fromApiName(type).orElseThrow(),
                    EndUserType.fromApiName(endUserType).orElseThrow(),
                    new EndUser(name, email, Display.blankAsNull(registrationNumber)), Display.blankAsNull(addressId));
            name = null;
            email = null;
            registrationNumber = null;
            refresh();
            Notices.done("Profile started. Upload its documents, then submit it for review.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
    }

    /** Registers an address for the profile being started, and chooses it. */
    public void addAddress() {
        try {
            addressId = registerAddress.register(signedIn.accountId(), newAddress.getCustomerName(),
                    newAddress.getStreet(), newAddress.getCity(), newAddress.getPostalCode(),
                    Display.blankAsNull(newAddress.getRegion()), country).id();
            addresses = null;
            newAddress.clear();
            Notices.done("Address added and chosen for the new profile.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
    }

    /** Keeps the chosen file as a document of the profile. */
    public void upload(String profileId) {
        if (file == null || file.getSize() == 0) {
            Notices.refused("Choose a PDF, PNG or JPEG file to upload.");
            return;
        }
        if (file.getSize() > ProfileDocument.LARGEST) {
            Notices.refused("A document may be at most 10 MB. Upload a smaller scan.");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            book.addDocument(signedIn.accountId(), profileId, DocumentType.fromApiName(documentType).orElseThrow(),
                    file.getSubmittedFileName(), content.readAllBytes());
            refresh();
            Notices.done(ProfileView.kindName(documentType) + " uploaded.");
        } catch (IOException unreadable) {
            Notices.refused("The file could not be read. Please try again.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        } finally {
            file = null;
        }
    }

    public void submit(String profileId) {
        try {
            submitProfile.submit(signedIn.accountId(), profileId);
            refresh();
            Notices.done("Submitted for review. This page shows the outcome as soon as the carrier decides.");
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
    }

    public List<Country> getCountries() {
        return Arrays.stream(Country.values()).filter(each -> each != Country.US && each != Country.CA).toList();
    }

    public List<String> getTypes() {
        return Country.fromCode(country).numberTypes().stream().map(NumberType::apiName).toList();
    }

    public String typeName(String apiName) {
        return NumberType.fromApiName(apiName).map(Display::typeName).orElse(apiName);
    }

    public void countryChanged() {
        if (!getTypes().contains(type)) {
            type = getTypes().get(0);
        }
    }

    public List<AddressView> getAddresses() {
        if (addresses == null) {
            addresses = registerAddress.ofAccount(signedIn.accountId()).stream().map(AddressView::new).toList();
        }
        return addresses;
    }

    public List<String> getDocumentTypes() {
        return Arrays.stream(DocumentType.values()).map(DocumentType::apiName).toList();
    }

    public String documentTypeName(String apiName) {
        return ProfileView.kindName(apiName);
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

    public String getEndUserType() {
        return endUserType;
    }

    public void setEndUserType(String endUserType) {
        this.endUserType = endUserType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getAddressId() {
        return addressId;
    }

    public void setAddressId(String addressId) {
        this.addressId = addressId;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public BuyNumberBacking.NewAddress getNewAddress() {
        return newAddress;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
