package no.kommune.bta.intake;

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
    public UUID intakeId;
    public UUID unitId;
    public UUID reservationId;
    public LocalDate fromDate;
    public String coordinator;
    public String overrideReason;
    public Instant createdAt;
    public String createdBy;
    public Instant releasedAt;
    public String releaseReason;
}
