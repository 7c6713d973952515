package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.address.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code addresses}. */
@Entity
@Table(name = "addresses")
public class AddressRow {

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "customer_name")
    private String customerName;
    private String street;
    private String city;
    @Column(name = "postal_code")
    private String postalCode;
    private String region;
    @Column(name = "country_code")
    private String countryCode;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;

    protected AddressRow() {
    }

    AddressRow(Address address) {
        id = address.id();
        accountId = address.accountId();
        customerName = address.customerName();
        street = address.street();
        city = address.city();
        postalCode = address.postalCode();
        region = address.region();
        countryCode = address.countryCode();
        createdAt = address.createdAt();
    }

    Address toAddress() {
        return new Address(id, accountId, customerName, street, city, postalCode, region, countryCode, createdAt);
    }
}
