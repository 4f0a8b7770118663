package no.kommune.bta.intake;

import jakarta.persistence.Column;
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

/** An application for a place (R-INT-1). Its status is derived from the recorded steps (view intake_state). */
@Entity
@Table(name = "intake")
public class Intake {
    @Id
    public UUID id;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    public String caseworker;
    public String assessment;
    public String needs;
    public String wishes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "facility_wishes")
    public String[] facilityWishes;
    @Column(name = "has_rental_housing_decision")
    public boolean hasRentalHousingDecision;
    public Integer priority;
    @Column(name = "priority_reason")
    public String priorityReason;
    @Column(name = "prioritised_at")
    public Instant prioritisedAt;
    @Column(name = "prioritised_by")
    public String prioritisedBy;
    @Column(name = "informed_on")
    public LocalDate informedOn;
    @Column(name = "informed_by")
    public String informedBy;
    @Column(name = "orientation_scheduled_at")
    public Instant orientationScheduledAt;
    @Column(name = "orientation_held_on")
    public LocalDate orientationHeldOn;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "orientation_participants")
    public OrientationParticipant[] orientationParticipants;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_answer")
    public ApplicantAnswer applicantAnswer;
    @Column(name = "decline_reason")
    public String declineReason;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Column(name = "rejected_at")
    public Instant rejectedAt;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "moved_in_on")
    public LocalDate movedInOn;
    @Version
    public long version;
}
