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
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "facility_id")
    public String facilityId;
    @Column(name = "person_id")
    public UUID personId;
    @Enumerated(EnumType.STRING)
    public AgreementKind kind;
    @Enumerated(EnumType.STRING)
    public SanctionType type;
    @Enumerated(EnumType.STRING)
    public SanctionGround ground;
    @Column(name = "written_grounds")
    public String writtenGrounds;
    public String proportionality;
    @Column(name = "exclusion_from")
    public LocalDate exclusionFrom;
    @Column(name = "exclusion_to")
    public LocalDate exclusionTo;
    @Column(name = "alternative_place")
    public String alternativePlace;
    @Column(name = "alternative_from")
    public LocalDate alternativeFrom;
    @Column(name = "alternative_to")
    public LocalDate alternativeTo;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "notified_on")
    public LocalDate notifiedOn;
    @Column(name = "notified_how")
    public String notifiedHow;
    @Column(name = "appeal_deadline")
    public LocalDate appealDeadline;
    @Column(name = "appealed_on")
    public LocalDate appealedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    public AppealOutcome appealOutcome;
    @Column(name = "appeal_outcome_on")
    public LocalDate appealOutcomeOn;
    @ElementCollection
    @CollectionTable(name = "sanction_incident", joinColumns = @JoinColumn(name = "sanction_id"))
    @Column(name = "incident_id")
    public Set<UUID> incidentIds = new LinkedHashSet<>();

    /** R-SAN-7: a second fagleder approves the decision. */
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
