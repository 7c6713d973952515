package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code accounts}. */
@Entity
@Table(name = "accounts")
public class AccountRow {

    @Id
    private String id;
    private String name;
    private String plan;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;
    @Version
    private long version;

    protected AccountRow() {
    }

    AccountRow(Account account) {
        this.id = account.id();
        this.createdAt = account.createdAt();
        copy(account);
    }

    final void copy(Account account) {
        this.name = account.name();
        this.plan = account.plan().apiName();
        this.updatedAt = account.updatedAt();
    }

    Account toAccount() {
        Plan known = Plan.fromApiName(plan).orElseThrow(() -> new IllegalStateException("unknown plan " + plan));
        return Account.restore(id, name, known, createdAt, updatedAt, version);
    }

    long version() {
        return version;
    }
}
