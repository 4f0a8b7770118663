package no.kommune.bta.sanction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.facility.AgreementKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A measure on the ladder and, for individual decisions, its approval, notice and appeal (R-SAN-1 …
 * R-SAN-7). The aggregate root of the sanction feature: written through {@link SanctionRepository},
 * read as views through {@link SanctionQueries}. {@code proposed_at} is the database's.
 */
@Entity
@Table(name = "sanction")
public class Sanction {
    @Id
    public UUID id;
    public UUID agreementId;
    public String facilityId;
    public UUID personId;
    @Enumerated(EnumType.STRING)
    public AgreementKind kind;
    @Enumerated(EnumType.STRING)
    public SanctionType type;
    @Enumerated(EnumType.STRING)
    public SanctionGround ground;
    public String writtenGrounds;
    public String proportionality;
    public LocalDate exclusionFrom;
    public LocalDate exclusionTo;
    public String alternativePlace;
    public LocalDate alternativeFrom;
    public LocalDate alternativeTo;
    public String proposedBy;
    public Instant approvedAt;
    public String approvedBy;
    public LocalDate notifiedOn;
    public String notifiedHow;
    public LocalDate appealDeadline;
    public LocalDate appealedOn;
    @Enumerated(EnumType.STRING)
    public AppealOutcome appealOutcome;
    public LocalDate appealOutcomeOn;
    /** R-SAN-5: for non-payment, the overdue arrears in the ledger on the day of the proposal, and the months they cover. */
    public Long arrearsOre;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public LocalDate[] arrearsMonths;
    /** R-SAN-11: the forhåndsvarsel the decision cites; none for warnings and urgent exclusions. */
    public UUID advanceNoticeId;
    /** R-SAN-11: an exclusion for violence or threats proposed without waiting for a forhåndsvarsel (fvl § 16 third paragraph a). */
    public boolean urgent;
    @ElementCollection
    @CollectionTable(name = "sanction_incident", joinColumns = @JoinColumn(name = "sanction_id"))
    @Column(name = "incident_id")
    public Set<UUID> incidentIds = new LinkedHashSet<>();

    /** R-SAN-7: a second fagleder approves the decision. */
    public Instant returnedAt;
    public String returnedBy;
    public String returnReason;

    /** Not approved: sent back to the proposer with the reason; the proposal is closed. */
    public void sendBack(String by, Instant at, String reason) {
        returnedBy = by;
        returnedAt = at;
        returnReason = reason;
    }

    public void approve(String by, Instant at) {
        approvedBy = by;
        approvedAt = at;
    }

    /** The resident is told; an individual decision's appeal period runs from this day. */
    public void notified(LocalDate on, String how) {
        notifiedOn = on;
        notifiedHow = how;
        appealDeadline = SanctionPolicy.appealDeadline(type, on);
    }

    public void appealed(LocalDate on, AppealOutcome outcome, LocalDate outcomeOn) {
        appealedOn = on;
        appealOutcome = outcome;
        appealOutcomeOn = outcomeOn;
    }
}
