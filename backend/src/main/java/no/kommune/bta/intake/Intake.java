package no.kommune.bta.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An application for a place (R-INT-1). Its status is derived from the recorded steps and kept by the database (V29, view intake_state). */
@Entity
@Table(name = "intake")
public class Intake {
    @Id
    public UUID id;
    public UUID personId;
    public LocalDate receivedOn;
    public Instant createdAt;
    public String createdBy;
    public String caseworker;
    /** The caseworker's token subject: HVK's access to the application and its person is keyed on it (R-ACC-3). */
    public String caseworkerSubject;
    public String assessment;
    /** The part of the assessment ESIKT reads to prioritise (R-ACC-3); the full text stays with HVK and the facility. */
    public String assessmentSummary;
    public String needs;
    public String wishes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] facilityWishes;
    public boolean hasRentalHousingDecision;
    public Integer priority;
    public String priorityReason;
    public Instant prioritisedAt;
    public String prioritisedBy;
    public LocalDate informedOn;
    public String informedBy;
    public Instant orientationScheduledAt;
    public LocalDate orientationHeldOn;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public OrientationParticipant[] orientationParticipants;
    @Enumerated(EnumType.STRING)
    public ApplicantAnswer applicantAnswer;
    public String declineReason;
    public Instant withdrawnAt;
    public String withdrawalReason;
    public Instant rejectedAt;
    public String rejectionReason;
    public LocalDate movedInOn;
    @Version
    public long version;
}
