package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberOrigin;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A row of {@code phone_numbers}. {@code held_number} repeats the E.164 number while the row holds it
 * (purchasing, active, suspended) and is null otherwise; its unique index lets only one row hold a number.
 */
@Entity
@Table(name = "phone_numbers")
public class PhoneNumberRow {

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "held_number")
    private String heldNumber;
    @Column(name = "number_type")
    private String numberType;
    private String status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "assistant_id")
    private String assistantId;
    private boolean trial;
    @Column(name = "expires_at")
    @Convert(converter = InstantColumn.class)
    private Instant expiresAt;
    @Column(name = "monthly_price")
    private BigDecimal monthlyPrice;
    @Column(name = "setup_price")
    private BigDecimal setupPrice;
    private String features;
    private String provider;
    @Column(name = "carrier_reference")
    private String carrierReference;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "activated_at")
    @Convert(converter = InstantColumn.class)
    private Instant activatedAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;
    @Column(name = "inbound_rules")
    @Convert(converter = InboundRulesColumn.class)
    private InboundRules inboundRules;
    private String origin;
    @Version
    private long version;

    protected PhoneNumberRow() {
    }

    PhoneNumberRow(PhoneNumber number) {
        this.id = number.id();
        this.accountId = number.accountId();
        this.phoneNumber = number.number().value();
        this.numberType = number.numberType().apiName();
        this.createdAt = number.createdAt();
        this.origin = number.origin().apiName();
        copy(number);
    }

    final void copy(PhoneNumber number) {
        this.status = number.status().apiName();
        this.heldNumber = number.status().countsAgainstPlan() ? phoneNumber : null;
        this.statusReason = number.statusReason();
        this.assistantId = number.assistantId();
        this.trial = number.trial();
        this.expiresAt = number.expiresAt();
        this.monthlyPrice = number.price().monthly();
        this.setupPrice = number.price().setup();
        this.features = String.join(",", number.features());
        this.provider = number.provider();
        this.carrierReference = number.carrierReference();
        this.activatedAt = number.activatedAt();
        this.updatedAt = number.updatedAt();
        this.inboundRules = number.inboundRules();
    }

    PhoneNumber toPhoneNumber() {
        return PhoneNumber.restore(id, accountId, new E164Number(phoneNumber),
                NumberType.fromApiName(numberType).orElseThrow(() -> new IllegalStateException("unknown number type " + numberType)),
                NumberStatus.fromApiName(status).orElseThrow(() -> new IllegalStateException("unknown status " + status)),
                statusReason, assistantId, trial, expiresAt, new Price(monthlyPrice, setupPrice), featureList(),
                provider, carrierReference, createdAt, activatedAt, updatedAt,
                inboundRules == null ? InboundRules.NONE : inboundRules,
                NumberOrigin.fromApiName(origin).orElseThrow(() -> new IllegalStateException("unknown origin " + origin)),
                version);
    }

    private List<String> featureList() {
        return features == null || features.isEmpty() ? List.of() : Arrays.asList(features.split(","));
    }

    long version() {
        return version;
    }
}
