package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a compliance profile for one country, number type and kind of end user must hold: an address (in the
 * number's locality where the regulator says so), the documents, and for a business its registration number.
 * Numbers of the United States and Canada need no profile; every other number Numbers sells does.
 */
public record ComplianceRequirements(AddressRequirement address, Set<DocumentType> documents,
                                     boolean registrationNumber) {

    public ComplianceRequirements {
        Objects.requireNonNull(address, "address");
        documents = documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
    }

    /** What a profile for these numbers must hold; empty when they are sold without one. */
    public static Optional<ComplianceRequirements> of(Country country, NumberType type, EndUserType endUser) {
        Objects.requireNonNull(endUser, "endUser");
        AddressRequirement address = country.addressRequirement(type);
        Set<DocumentType> identity = EnumSet.of(endUser == EndUserType.BUSINESS ? DocumentType.BUSINESS_REGISTRATION
                : DocumentType.GOVERNMENT_ID);
        boolean business = endUser == EndUserType.BUSINESS;
        return switch (country) {
            case US, CA -> Optional.empty();
            case DE -> Optional.of(new ComplianceRequirements(atLeastCountry(address),
                    with(identity, DocumentType.PROOF_OF_ADDRESS), business));
            case AT -> Optional.of(new ComplianceRequirements(atLeastCountry(address),
                    type == NumberType.LOCAL ? with(identity, DocumentType.PROOF_OF_ADDRESS) : identity, business));
            case CH, AE -> Optional.of(new ComplianceRequirements(atLeastCountry(address), identity, business));
        };
    }

    /** Whether numbers of this country and type are sold only with an approved profile, whoever holds them. */
    public static boolean profileRequired(Country country, NumberType type) {
        return Arrays.stream(EndUserType.values()).anyMatch(endUser -> of(country, type, endUser).isPresent());
    }

    /** What is still missing from a profile with these contents, in words a person can act on; empty when nothing. */
    public List<String> missingFrom(EndUserType endUserType, EndUser endUser, String addressId,
                                    Set<DocumentType> given) {
        List<String> missing = new ArrayList<>();
        if (addressId == null) {
            missing.add(address == AddressRequirement.LOCALITY
                    ? "an address in the locality of the numbers, registered with POST /api/addresses"
                    : "an address in the country, registered with POST /api/addresses");
        }
        if (registrationNumber && endUserType == EndUserType.BUSINESS
                && (endUser == null || endUser.registrationNumber() == null)) {
            missing.add("the business's registration number (endUser.registrationNumber)");
        }
        for (DocumentType document : DocumentType.values()) {
            if (documents.contains(document) && !given.contains(document)) {
                missing.add(document.description() + " (document type " + document.apiName() + ")");
            }
        }
        return List.copyOf(missing);
    }

    private static AddressRequirement atLeastCountry(AddressRequirement address) {
        return address == AddressRequirement.NONE ? AddressRequirement.COUNTRY : address;
    }

    private static Set<DocumentType> with(Set<DocumentType> documents, DocumentType another) {
        Set<DocumentType> all = EnumSet.copyOf(documents);
        all.add(another);
        return all;
    }
}
