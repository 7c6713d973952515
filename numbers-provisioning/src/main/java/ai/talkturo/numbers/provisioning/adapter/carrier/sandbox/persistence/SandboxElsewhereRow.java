package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code sandbox_elsewhere_numbers}: a number of a customer's own sandbox account, and its voice URL there. */
@Entity
@Table(name = "sandbox_elsewhere_numbers")
class SandboxElsewhereRow {

    @Id
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "voice_url")
    private String voiceUrl;

    protected SandboxElsewhereRow() {
    }

    String phoneNumber() {
        return phoneNumber;
    }

    String voiceUrl() {
        return voiceUrl;
    }

    void pointAt(String url) {
        voiceUrl = url;
    }
}
