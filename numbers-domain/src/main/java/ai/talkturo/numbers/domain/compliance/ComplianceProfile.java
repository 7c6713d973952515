package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One account's proof of who and where it is, for the numbers of one country and type held by one kind of end user;
 * reused for every number it covers. The customer fills it in while it is a {@code draft} (or {@code rejected}),
 * submits it when nothing is missing, and the carrier's review approves or rejects it; an approved profile can
 * expire. Only an approved profile that has not expired buys the numbers it covers.
 */
public final class ComplianceProfile {

    /** Documents one profile may hold. */
    public static final int MOST_DOCUMENTS = 10;

    private final String id;
    private final String accountId;
    private final Country country;
    private final NumberType numberType;
    private final EndUserType endUserType;
    private final ComplianceRequirements requirements;
    private EndUser endUser;
    private String addressId;
    private final List<ProfileDocument> documents;
    private ComplianceStatus status;
    private String statusReason;
    private Instant validUntil;
    private final String provider;
    private String carrierReference;
    private String carrierAddressReference;
    private final Instant createdAt;
    private Instant submittedAt;
    private Instant updatedAt;
    private final long version;

    private ComplianceProfile(String id, String accountId, Country country, NumberType numberType,
                              EndUserType endUserType, EndUser endUser, String addressId, List<ProfileDocument> documents,
                              ComplianceStatus status, String statusReason, Instant validUntil, String provider,
                              CarrierReferences carrier, Instant createdAt, Instant submittedAt, Instant updatedAt,
                              long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.country = Objects.requireNonNull(country, "country");
        this.numberType = Objects.requireNonNull(numberType, "numberType");
        this.endUserType = Objects.requireNonNull(endUserType, "endUserType");
        this.requirements = ComplianceRequirements.of(country, numberType, endUserType).orElseThrow(() ->
                new InvalidValue(country.displayName() + " sells " + numberType.apiName() + " numbers without a "
                        + "compliance profile"));
        this.endUser = Objects.requireNonNull(endUser, "endUser");
        this.addressId = addressId;
        this.documents = new ArrayList<>(documents);
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.validUntil = validUntil;
        this.provider = Objects.requireNonNull(provider, "provider");
        this.carrierReference = carrier.profile();
        this.carrierAddressReference = carrier.address();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.submittedAt = submittedAt;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * A new draft for numbers of {@code country} and {@code numberType}, reviewed by {@code provider}.
     *
     * @throws InvalidValue when the country does not sell that type, or sells it without a profile
     */
    public static ComplianceProfile draft(String accountId, Country country, NumberType numberType,
                                          EndUserType endUserType, EndUser endUser, String addressId, String provider,
                                          Clock clock) {
        if (!country.offers(numberType)) {
            throw new InvalidValue(country.displayName() + " has no " + numberType.apiName() + " numbers");
        }
        Instant now = clock.instant();
        return new ComplianceProfile(Identifiers.next("cp", clock), accountId, country, numberType, endUserType,
                endUser, addressId, List.of(), ComplianceStatus.DRAFT, null, null, provider, CarrierReferences.NONE, now, null,
                now, 0);
    }

    /** A profile as it was stored. */
    public static ComplianceProfile restore(String id, String accountId, Country country, NumberType numberType,
                                            EndUserType endUserType, EndUser endUser, String addressId,
                                            List<ProfileDocument> documents, ComplianceStatus status,
                                            String statusReason, Instant validUntil, String provider,
                                            CarrierReferences carrier, Instant createdAt, Instant submittedAt,
                                            Instant updatedAt, long version) {
        return new ComplianceProfile(id, accountId, country, numberType, endUserType, endUser, addressId, documents,
                status, statusReason, validUntil, provider, carrier, createdAt, submittedAt, updatedAt, version);
    }

    /** Changes who the numbers are for and where: only a draft or a rejected profile. */
    public void change(EndUser newEndUser, String newAddressId, Clock clock) {
        requireChangeable("be changed");
        endUser = Objects.requireNonNull(newEndUser, "endUser");
        addressId = newAddressId;
        updatedAt = clock.instant();
    }

    /** Keeps a document with the profile: only a draft or a rejected one, at most {@value #MOST_DOCUMENTS}. */
    public ProfileDocument addDocument(DocumentType type, String fileName, long sizeBytes, Clock clock) {
        requireChangeable("take documents");
        if (documents.size() >= MOST_DOCUMENTS) {
            throw new InvalidValue("a compliance profile holds at most " + MOST_DOCUMENTS + " documents");
        }
        ProfileDocument document = new ProfileDocument(Identifiers.next("doc", clock), type, fileName, sizeBytes,
                clock.instant());
        documents.add(document);
        updatedAt = document.addedAt();
        return document;
    }

    /**
     * Hands the profile to the carrier for review.
     *
     * @throws ProfileIncomplete when something is still missing
     */
    public void submit(Clock clock) {
        requireChangeable("be submitted");
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new ProfileIncomplete(id, missing);
        }
        status = ComplianceStatus.IN_REVIEW;
        statusReason = null;
        submittedAt = clock.instant();
        updatedAt = submittedAt;
    }

    /**
     * The carrier took the submitted profile for review under these ids of its own (a Twilio bundle and address, a
     * Telnyx requirement group); they name it in every order it covers.
     */
    public void handedToCarrier(CarrierReferences carrier) {
        if (status != ComplianceStatus.IN_REVIEW) {
            throw new IllegalProfileTransition(id, status, "be handed to the carrier");
        }
        carrierReference = carrier.profile();
        carrierAddressReference = carrier.address();
    }

    /** The carrier approved it, valid until {@code until} (null: with no end). A profile not in review stays. */
    public boolean approve(Instant until, Instant at) {
        if (status != ComplianceStatus.IN_REVIEW) {
            return false;
        }
        status = ComplianceStatus.APPROVED;
        statusReason = null;
        validUntil = until;
        updatedAt = at;
        return true;
    }

    /** The carrier rejected it for {@code reason}, in its words; the customer corrects it and submits it again. */
    public boolean reject(String reason, Instant at) {
        if (status != ComplianceStatus.IN_REVIEW) {
            return false;
        }
        status = ComplianceStatus.REJECTED;
        statusReason = reason == null || reason.isBlank() ? "The carrier rejected the profile without a reason." : reason;
        updatedAt = at;
        return true;
    }

    /** An approved profile whose validity ended at {@code now} expires; answers whether it did. */
    public boolean expireIfDue(Instant now) {
        if (status != ComplianceStatus.APPROVED || validUntil == null || now.isBefore(validUntil)) {
            return false;
        }
        status = ComplianceStatus.EXPIRED;
        statusReason = "The carrier's approval ended; submit the profile's documents again.";
        updatedAt = now;
        return true;
    }

    /** Whether it buys numbers of this country and type at {@code now}: approved, not expired, covering them. */
    public boolean covers(Country numberCountry, NumberType type, Instant now) {
        return status == ComplianceStatus.APPROVED && country == numberCountry && numberType == type
                && (validUntil == null || now.isBefore(validUntil));
    }

    /**
     * Whether it buys numbers of this country and type at {@code now}: when it {@link #covers} them, or, at a carrier
     * that sells before it verifies ({@code reviewMayFollow}), while it is in review for them.
     */
    public boolean buys(Country numberCountry, NumberType type, Instant now, boolean reviewMayFollow) {
        return covers(numberCountry, type, now) || reviewMayFollow && status == ComplianceStatus.IN_REVIEW
                && country == numberCountry && numberType == type;
    }

    /** What the carrier still needs before the profile can be submitted, in words a person can act on. */
    public List<String> missing() {
        Set<DocumentType> given = documents.stream().map(ProfileDocument::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
        return requirements.missingFrom(endUserType, endUser, addressId, given);
    }

    /**
     * Refuses to buy a number of {@code numberCountry} and {@code type} unless {@code profile} is one of
     * {@code accountId}'s that covers it now; numbers sold without a profile are always let through.
     *
     * @throws RegulatoryDocumentsRequired with what to do
     */
    public static void requireFor(String accountId, Country numberCountry, NumberType type,
                                  Optional<ComplianceProfile> profile, Instant now) {
        requireFor(accountId, numberCountry, type, profile, now, false);
    }

    /**
     * As {@link #requireFor(String, Country, NumberType, Optional, Instant)}, for a carrier that may sell before it
     * verifies ({@code reviewMayFollow}): there a profile still in review buys the number too, which then waits for
     * the review's outcome.
     */
    public static void requireFor(String accountId, Country numberCountry, NumberType type,
                                  Optional<ComplianceProfile> profile, Instant now, boolean reviewMayFollow) {
        if (!ComplianceRequirements.profileRequired(numberCountry, type)) {
            return;
        }
        String numbers = numberCountry.displayName() + " " + type.apiName() + " numbers";
        if (profile.isEmpty() || !profile.get().accountId().equals(accountId)) {
            throw new RegulatoryDocumentsRequired(numbers + " are sold with an approved compliance profile; name one "
                    + "as complianceProfileId", List.of("an approved compliance profile for " + numbers
                    + " (POST /api/compliance-profiles, add its documents, submit it)"));
        }
        ComplianceProfile given = profile.get();
        if (given.country != numberCountry || given.numberType != type) {
            throw new RegulatoryDocumentsRequired("compliance profile " + given.id + " covers "
                    + given.country.displayName() + " " + given.numberType.apiName() + " numbers, not " + numbers,
                    List.of("an approved compliance profile for " + numbers));
        }
        if (!given.buys(numberCountry, type, now, reviewMayFollow)) {
            List<String> missing = new ArrayList<>(given.missing());
            missing.add(0, "the profile's approval: it is " + given.status.apiName());
            throw new RegulatoryDocumentsRequired("compliance profile " + given.id + " is " + given.status.apiName()
                    + "; only an approved one buys numbers", missing);
        }
    }

    private void requireChangeable(String change) {
        if (!status.changeable()) {
            throw new IllegalProfileTransition(id, status, change);
        }
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public Country country() {
        return country;
    }

    public NumberType numberType() {
        return numberType;
    }

    public EndUserType endUserType() {
        return endUserType;
    }

    public ComplianceRequirements requirements() {
        return requirements;
    }

    public EndUser endUser() {
        return endUser;
    }

    public String addressId() {
        return addressId;
    }

    public List<ProfileDocument> documents() {
        return List.copyOf(documents);
    }

    public ComplianceStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String provider() {
        return provider;
    }

    /** The carrier's ids of the profile, once it was handed to the carrier. */
    public CarrierReferences carrier() {
        return new CarrierReferences(carrierReference, carrierAddressReference);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
