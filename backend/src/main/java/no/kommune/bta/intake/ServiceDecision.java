package no.kommune.bta.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Vedtak om praktisk bistand (R-INT-4); lasts until reassessed. */
@Entity
@Table(name = "service_decision")
public class ServiceDecision {
    @Id
    public UUID id;
    public UUID intakeId;
    public LocalDate decisionDate;
    public String scope;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public LegalBasis[] legalBasis;
    public LocalDate reassessBy;
    public Instant createdAt;
    public String createdBy;
    /** R-AGR-9: the decision was made for a place whose agreement was voided; it stays on record, no longer in force. */
    public Instant setAsideAt;
    public String setAsideReason;
}
