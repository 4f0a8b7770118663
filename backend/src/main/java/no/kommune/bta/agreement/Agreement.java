package no.kommune.bta.agreement;

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
    public UUID personId;
    public String facilityId;
    public UUID unitId;
    public UUID intakeId;
    public UUID predecessorId;
    public LocalDate startDate;
    public LocalDate endDate;
    public long monthlyFeeOre;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] feeIncludes;
    public int noticeDays;
    public UUID rulesVersionId;
    public LocalDate residentSignedOn;
    public String residentSignatureBy;
    public LocalDate municipalitySignedOn;
    public String municipalitySignedBy;
    public String primaryContact;
    public String primaryContactAppointedBy;
    public Instant primaryContactAppointedAt;
    public String individualPlan;
    public String cooperationGoals;
    public String cooperationNeeds;
    public String cooperationStaffProvide;
    public Long depositOre;
    public LocalDate depositPaidOn;
    public LocalDate depositReturnedOn;
    public Long depositWithheldOre;
    public String depositWithheldReason;
    public LocalDate insuranceInformedOn;
    public LocalDate movedInOn;
    public UUID occupancyId;
    public LocalDate noticeGivenOn;
    @Enumerated(EnumType.STRING)
    public Party noticeBy;
    public String noticeReason;
    public LocalDate noticeEffectiveOn;
    /** R-SAN-12: the termination decision behind the notice, and the ground it gives a move-out. */
    public UUID noticeDecisionId;
    @Enumerated(EnumType.STRING)
    public TerminationGround noticeGround;
    public LocalDate movedOutOn;
    @Enumerated(EnumType.STRING)
    public Destination destination;
    @Enumerated(EnumType.STRING)
    public TerminationGround terminationGround;
    public LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    public EndReason endReason;
    /** R-AGR-9: why the agreement was voided before move-in (only with end reason VOIDED). */
    public String voidReason;
    public Instant createdAt;
    public String createdBy;
    @Version
    public long version;

    public boolean signedByBoth() {
        return residentSignedOn != null && municipalitySignedOn != null;
    }
}
