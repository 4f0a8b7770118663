package no.kommune.bta.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Bounds;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.security.StaffName;

public final class AgreementDtos {
    private AgreementDtos() {
    }

    /**
     * The highest monthly fee, in øre (100 000 kr a month): the contract's {@code maximum} and a CHECK on every fee
     * column, so that no month's charge can overflow (R-PAY-1).
     */
    public static final long MAX_MONTHLY_FEE_ORE = 10_000_000L;
    static final String FEE_TOO_HIGH = "kan være høyst 10000000 øre (100 000 kr) i måneden";

    public record NewAgreement(
            @NotNull(message = "må fylles ut") UUID intakeId,
            @NotNull(message = "må fylles ut") LocalDate startDate,
            LocalDate endDate,
            @Min(value = 0, message = "kan ikke være negativ") @Max(value = MAX_MONTHLY_FEE_ORE, message = FEE_TOO_HIGH)
            Long monthlyFeeOre) {
    }

    public record SignatureRequest(
            @NotBlank(message = "må fylles ut") String party,
            @NotNull(message = "må fylles ut") LocalDate signedOn) {
    }

    public record EvaluationRequest(
            @NotNull(message = "må fylles ut") LocalDate heldOn,
            @NotBlank(message = "må fylles ut") @Size(max = 5000, message = "kan ha høyst 5000 tegn") String summary) {
    }

    public record RenewalRequest(@NotNull(message = "må fylles ut") LocalDate toDate) {
    }

    public record FeeChangeRequest(
            @NotNull(message = "må fylles ut") @Min(value = 0, message = "kan ikke være negativ")
            @Max(value = MAX_MONTHLY_FEE_ORE, message = FEE_TOO_HIGH) Long monthlyFeeOre,
            @NotNull(message = "må fylles ut") LocalDate notifiedOn,
            @NotNull(message = "må fylles ut") LocalDate effectiveFrom) {
    }

    public record NoticeRequest(
            @NotBlank(message = "må fylles ut") String givenBy,
            @NotNull(message = "må fylles ut") LocalDate givenOn,
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    /** R-AGR-9: why the agreement is voided before move-in, and what becomes of the application. */
    public record VoidRequest(
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason,
            @NotBlank(message = "må fylles ut") String applicationTo) {
    }

    /** The move-in day, and optionally how the resident will pay egenbetaling (R-PAY-2). */
    public record MoveInRequest(@NotNull(message = "må fylles ut") LocalDate movedInOn, String paymentMethod,
                                LocalDate deductionAgreementSignedOn) {
    }

    public record MoveOutRequest(
            @NotNull(message = "må fylles ut") LocalDate movedOutOn,
            @NotBlank(message = "må fylles ut") String destination,
            @NotBlank(message = "må fylles ut") String terminationGround) {
    }

    public record DepositRequest(
            @NotNull(message = "må fylles ut") @Min(value = 0, message = "kan ikke være negativ")
            @Max(value = Bounds.MAX_AMOUNT_ORE, message = Bounds.AMOUNT_TOO_HIGH) Long amountOre,
            LocalDate paidOn,
            LocalDate returnedOn,
            @Min(value = 0, message = "kan ikke være negativ") @Max(value = Bounds.MAX_AMOUNT_ORE, message = Bounds.AMOUNT_TOO_HIGH)
            Long withheldOre,
            @Size(max = 2000, message = "kan ha høyst 2000 tegn") String withheldReason,
            LocalDate insuranceInformedOn) {
    }

    public record GroupMember(
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String name,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String represents) {
    }

    public record Meeting(String kind, LocalDate heldOn, String note, @StaffName String createdBy) {
    }

    public record Period(int seq, LocalDate fromDate, LocalDate toDate) {
    }

    public record Evaluation(LocalDate heldOn, String summary, @StaffName String createdBy) {
    }

    public record Fee(LocalDate effectiveFrom, long monthlyFeeOre, LocalDate notifiedOn) {
    }

    public record Signatures(LocalDate residentSignedOn, @StaffName String residentSignatureRecordedBy,
                             LocalDate municipalitySignedOn, @StaffName String municipalitySignedBy) {
    }

    public record FollowUp(String primaryContact, @StaffName String primaryContactAppointedBy, String individualPlan,
                           String cooperationGoals, String cooperationNeeds, String cooperationStaffProvide,
                           List<GroupMember> responsibilityGroup, List<Meeting> meetings) {
    }

    public record Deposit(Long amountOre, LocalDate paidOn, LocalDate returnedOn, Long withheldOre,
                          String withheldReason, LocalDate insuranceInformedOn) {
    }

    public record Notice(Party givenBy, LocalDate givenOn, String reason, LocalDate effectiveOn, UUID decisionId) {
    }

    public record MoveOut(LocalDate movedOutOn, Destination destination, TerminationGround terminationGround) {
    }

    public record TimelineEntry(Instant at, String type, @StaffName String byUser, String summary) {
    }

    public record AgreementSummary(UUID id, AgreementKind kind, AgreementStatus status, PersonSummary person,
                                   String facilityId, String unitLabel, LocalDate startDate, LocalDate endDate,
                                   LocalDate movedInOn, LocalDate endedOn, LocalDate accessUntil,
                                   List<AgreementFlag> flags) {
    }

    /** For hvk and integrasjon: the status only, no personal data beyond ids. */
    public record AgreementStatusView(UUID id, AgreementKind kind, AgreementStatus status, String facilityId, UUID unitId,
                                      UUID personId, LocalDate startDate, LocalDate endDate, LocalDate movedInOn,
                                      LocalDate endedOn) {
    }

    public record AgreementView(UUID id, AgreementKind kind, AgreementStatus status, PersonSummary person, String facilityId,
                                String facilityName, UUID unitId, String unitLabel, UUID intakeId,
                                UUID predecessorId, LocalDate startDate, LocalDate endDate, long monthlyFeeOre,
                                List<String> feeIncludes, int noticeDays, Integer rulesVersion,
                                Signatures signatures, List<Period> periods, List<Evaluation> evaluations,
                                List<Fee> fees, FollowUp followUp, Deposit deposit, LocalDate movedInOn,
                                Notice notice, MoveOut moveOut, LocalDate endedOn, EndReason endReason,
                                Integer continuousStayDays, List<AgreementFlag> flags, List<String> warnings,
                                List<String> moveInMissing, List<TimelineEntry> timeline, String voidReason,
                                List<ReferralDtos.ReferralView> referrals) {
    }
}
