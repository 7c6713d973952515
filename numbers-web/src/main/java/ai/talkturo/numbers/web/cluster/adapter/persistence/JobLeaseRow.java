package ai.talkturo.numbers.web.cluster.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code job_leases}; written only by the conditional updates of {@link JpaJobLeases}, or locked. */
@Entity
@Table(name = "job_leases")
public class JobLeaseRow {

    @Id
    private String job;
    @Column(name = "held_by")
    private String heldBy;
    @Column(name = "held_until")
    private LocalDateTime heldUntil;

    protected JobLeaseRow() {
    }
}
