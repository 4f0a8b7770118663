package no.kommune.bta.agreement;

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
import no.kommune.bta.facility.AgreementKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bo- og tjenesteavtale (BTA) or tenancy (LEASE). Its status is derived in one place, the view agreement_state
 * (read through {@link AgreementQueries}); what needs attention is {@link AgreementFlags}. */
@Entity
@Table(name = "agreement")
public class Agreement {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public AgreementKind kind;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "facility_id")
    public String facilityId;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "intake_id")
    public UUID intakeId;
    @Column(name = "predecessor_id")
    public UUID predecessorId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "monthly_fee_ore")
    public long monthlyFeeOre;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fee_includes")
    public String[] feeIncludes;
    @Column(name = "notice_days")
    public int noticeDays;
    @Column(name = "rules_version_id")
    public UUID rulesVersionId;
    @Column(name = "resident_signed_on")
    public LocalDate residentSignedOn;
    @Column(name = "resident_signature_by")
    public String residentSignatureBy;
    @Column(name = "municipality_signed_on")
    public LocalDate municipalitySignedOn;
    @Column(name = "municipality_signed_by")
    public String municipalitySignedBy;
    @Column(name = "primary_contact")
    public String primaryContact;
    @Column(name = "primary_contact_appointed_by")
    public String primaryContactAppointedBy;
    @Column(name = "primary_contact_appointed_at")
    public Instant primaryContactAppointedAt;
    @Column(name = "individual_plan")
    public String individualPlan;
    @Column(name = "cooperation_goals")
    public String cooperationGoals;
    @Column(name = "cooperation_needs")
    public String cooperationNeeds;
    @Column(name = "cooperation_staff_provide")
    public String cooperationStaffProvide;
    @Column(name = "deposit_ore")
    public Long depositOre;
    @Column(name = "deposit_paid_on")
    public LocalDate depositPaidOn;
    @Column(name = "deposit_returned_on")
    public LocalDate depositReturnedOn;
    @Column(name = "deposit_withheld_ore")
    public Long depositWithheldOre;
    @Column(name = "deposit_withheld_reason")
    public String depositWithheldReason;
    @Column(name = "insurance_informed_on")
    public LocalDate insuranceInformedOn;
    @Column(name = "moved_in_on")
    public LocalDate movedInOn;
    @Column(name = "occupancy_id")
    public UUID occupancyId;
    @Column(name = "notice_given_on")
    public LocalDate noticeGivenOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_by")
    public Party noticeBy;
    @Column(name = "notice_reason")
    public String noticeReason;
    @Column(name = "notice_effective_on")
    public LocalDate noticeEffectiveOn;
    @Column(name = "moved_out_on")
    public LocalDate movedOutOn;
    @Enumerated(EnumType.STRING)
    public Destination destination;
    @Enumerated(EnumType.STRING)
    @Column(name = "termination_ground")
    public TerminationGround terminationGround;
    @Column(name = "ended_on")
    public LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;

    public boolean signedByBoth() {
        return residentSignedOn != null && municipalitySignedOn != null;
    }
}
