package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A row of {@code compliance_profiles}. */
@Entity
@Table(name = "compliance_profiles")
public class ComplianceProfileRow {

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "country_code")
    private String countryCode;
    @Column(name = "number_type")
    private String numberType;
    @Column(name = "end_user_type")
    private String endUserType;
    @Column(name = "end_user_name")
    private String endUserName;
    @Column(name = "end_user_email")
    private String endUserEmail;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "address_id")
    private String addressId;
    private String status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "valid_until")
    @Convert(converter = InstantColumn.class)
    private Instant validUntil;
    private String provider;
    @Column(name = "carrier_reference")
    private String carrierReference;
    @Column(name = "carrier_address_reference")
    private String carrierAddressReference;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "submitted_at")
    @Convert(converter = InstantColumn.class)
    private Instant submittedAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;
    private long version;

    protected ComplianceProfileRow() {
    }

    ComplianceProfileRow(ComplianceProfile profile) {
        id = profile.id();
        accountId = profile.accountId();
        countryCode = profile.country().name();
        numberType = profile.numberType().apiName();
        endUserType = profile.endUserType().apiName();
        createdAt = profile.createdAt();
        version = profile.version();
        copy(profile);
    }

    /** Takes the profile's changeable state, and moves the version on. */
    void copy(ComplianceProfile profile) {
        endUserName = profile.endUser().name();
        endUserEmail = profile.endUser().email();
        registrationNumber = profile.endUser().registrationNumber();
        addressId = profile.addressId();
        status = profile.status().apiName();
        statusReason = profile.statusReason();
        validUntil = profile.validUntil();
        provider = profile.provider();
        carrierReference = profile.carrier().profile();
        carrierAddressReference = profile.carrier().address();
        submittedAt = profile.submittedAt();
        updatedAt = profile.updatedAt();
        version = profile.version() + 1;
    }

    ComplianceProfile toProfile(List<ProfileDocument> documents) {
        return ComplianceProfile.restore(id, accountId, Country.valueOf(countryCode),
                NumberType.fromApiName(numberType).orElseThrow(), EndUserType.fromApiName(endUserType).orElseThrow(),
                new EndUser(endUserName, endUserEmail, registrationNumber), addressId, documents,
                ComplianceStatus.fromApiName(status).orElseThrow(), statusReason, validUntil, provider,
                new CarrierReferences(carrierReference, carrierAddressReference), createdAt, submittedAt, updatedAt,
                version);
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }
}
