package ai.talkturo.numbers.web.cluster.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code instances}: written only by {@link JpaInstances}. */
@Entity
@Table(name = "instances")
public class InstanceRow {

    @Id
    private String name;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "seen_at")
    private LocalDateTime seenAt;

    protected InstanceRow() {
    }

    InstanceRow(String name, LocalDateTime startedAt, LocalDateTime seenAt) {
        this.name = name;
        this.startedAt = startedAt;
        this.seenAt = seenAt;
    }
}
