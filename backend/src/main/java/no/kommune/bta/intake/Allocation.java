package no.kommune.bta.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** ESIKT's allocation of a unit to an application (R-INT-2); the unit reservation holds the unit. */
@Entity
@Table(name = "allocation")
public class Allocation {
    @Id
    public UUID id;
    @Column(name = "intake_id")
    public UUID intakeId;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "reservation_id")
    public UUID reservationId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    public String coordinator;
    @Column(name = "override_reason")
    public String overrideReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "released_at")
    public Instant releasedAt;
    @Column(name = "release_reason")
    public String releaseReason;
}
