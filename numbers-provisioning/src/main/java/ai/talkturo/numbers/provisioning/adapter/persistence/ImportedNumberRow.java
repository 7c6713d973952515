package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.provisioning.port.ImportedNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code imported_numbers}. */
@Entity
@Table(name = "imported_numbers")
public class ImportedNumberRow {

    @Id
    @Column(name = "phone_number_id")
    private String phoneNumberId;
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "account_id")
    private String accountId;
    private String provider;
    @Column(name = "carrier_account")
    private String carrierAccount;
    @Column(name = "sealed_credentials")
    private String sealedCredentials;
    @Column(name = "kept_settings")
    private String keptSettings;
    @Column(name = "imported_at")
    @Convert(converter = InstantColumn.class)
    private Instant importedAt;
    @Column(name = "given_back_at")
    @Convert(converter = InstantColumn.class)
    private Instant givenBackAt;

    protected ImportedNumberRow() {
    }

    ImportedNumberRow(ImportedNumber number, Instant at) {
        this.phoneNumberId = number.phoneNumberId();
        this.phoneNumber = number.phoneNumber();
        this.accountId = number.accountId();
        this.provider = number.provider();
        this.carrierAccount = number.carrierAccount();
        this.sealedCredentials = number.sealedCredentials();
        this.keptSettings = number.kept();
        this.importedAt = at;
    }

    ImportedNumber toImportedNumber() {
        return new ImportedNumber(phoneNumberId, phoneNumber, accountId, provider, carrierAccount, sealedCredentials, keptSettings);
    }

    void givenBack(Instant at) {
        givenBackAt = at;
    }
}
