package no.kommune.bta.egenbetaling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Bounds;
import no.kommune.bta.common.jobs.JobState;
import no.kommune.bta.security.StaffName;

public final class EgenbetalingDtos {
    private EgenbetalingDtos() {
    }

    public record ChargeRunRequest(@NotNull(message = "må fylles ut")
                                   @Pattern(regexp = "\\d{4}-\\d{2}", message = "må være ÅÅÅÅ-MM") String period) {
    }

    public record ChargeRunView(UUID id, String period, JobState state, int total, int done, int created, int corrected, int skipped,
                                Instant startedAt, Instant finishedAt, @StaffName String startedBy, String error) {
    }

    /** The largest single payment, in øre (1 000 000 kr); the contract's {@code maximum} and a CHECK on payment. */
    public static final long MAX_PAYMENT_ORE = 100_000_000L;

    public record NewPayment(
            @NotBlank(message = "må fylles ut") @Size(max = 25, message = "kan ha høyst 25 sifre") String kid,
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "må være større enn 0")
            @Max(value = MAX_PAYMENT_ORE, message = "kan være høyst 100000000 øre (1 000 000 kr)") Long amountOre,
            @NotNull(message = "må fylles ut") LocalDate paidOn,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
            @Pattern(regexp = "^(?!\\s*" + OcrFile.REFERENCE_PREFIX + ").*", flags = Pattern.Flag.DOTALL,
                    message = EgenbetalingTexts.BANK_REFERENCE_RESERVED)
            String sourceReference) {
    }

    public record PaymentView(UUID id, PaymentChannel channel, String sourceReference, String kid, UUID agreementId,
                              long amountOre, LocalDate paidOn, boolean matched, List<Allocation> allocations,
                              Instant registeredAt, @StaffName String registeredBy) {
    }

    public record Allocation(UUID chargeId, String period, long amountOre) {
    }

    public record MatchRequest(@NotNull(message = "må fylles ut") UUID agreementId) {
    }

    /**
     * A bank import's report. {@code rejected} counts the payment lines refused on their own (an amount outside the
     * bounds), and {@code rejections} says which and why.
     */
    public record ImportView(UUID id, String filename, JobState state, int total, int done, int matched, int unmatched,
                             int duplicates, int rejected, long amountOre, Instant createdAt, @StaffName String createdBy,
                             Instant finishedAt, String error, List<PaymentView> unmatchedPayments, List<String> rejections) {
    }

    public record PaymentSetupRequest(
            @NotBlank(message = "må fylles ut") String method,
            LocalDate deductionAgreementSignedOn) {
    }

    public record PaymentSetup(PaymentMethod method, LocalDate deductionAgreementSignedOn) {
    }

    public record LedgerLine(LocalDate date, LedgerLineType type, String text, long debitOre, long creditOre, long balanceOre,
                             String kid) {
    }

    public record RepaymentPlanRequest(
            @NotNull(message = "må fylles ut") LocalDate startDate,
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "må være større enn 0")
            @Max(value = Bounds.MAX_AMOUNT_ORE, message = Bounds.AMOUNT_TOO_HIGH) Long instalmentOre,
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "minst 1") @Max(value = 120, message = "høyst 120") Integer instalments) {
    }

    public record RepaymentPlan(UUID id, long debtOre, LocalDate startDate, long instalmentOre, int instalments,
                                RepaymentPlanState state, long paidTowardsOre, long expectedByTodayOre, Instant createdAt,
                                @StaffName String createdBy) {
    }

    public record HousingBenefitRequest(
            @NotBlank(message = "må fylles ut") String status,
            @NotNull(message = "må fylles ut") LocalDate appliedOn,
            @Min(value = 0, message = "kan ikke være negativ") @Max(value = Bounds.MAX_AMOUNT_ORE, message = Bounds.AMOUNT_TOO_HIGH)
            Long amountOre,
            LocalDate fromDate,
            LocalDate toDate) {
    }

    public record HousingBenefit(UUID id, HousingBenefitStatus status, LocalDate appliedOn, Long amountOre, LocalDate fromDate,
                                 LocalDate toDate) {
    }

    /**
     * {@code lines} is one page of the ledger's lines counted from the newest (page 0: the latest {@code size}), in
     * date order within the page, each with the running balance over the whole ledger; {@code totalLines} counts them all.
     * {@code kid} is the latest charge's, whichever page it is on: the one a payment to the agreement carries.
     */
    public record Ledger(UUID agreementId, String personName, long balanceOre, long overdueOre, long creditOre, long creditOwedToResidentOre,
                         PaymentSetup paymentSetup, String kid, List<LedgerLine> lines, int page, int size, int totalLines,
                         List<RepaymentPlan> repaymentPlans,
                         List<HousingBenefit> housingBenefit, Deposit deposit, boolean flagged) {
    }

    public record ArrearsRow(UUID agreementId, String facilityId, UUID personId, String personName, String unitLabel,
                             long days0to30Ore, long days31to60Ore, long days61to90Ore, long over90Ore, long totalOre,
                             boolean flagged, boolean hasRepaymentPlan) {
    }

    /** One page of the agreements in arrears; the sums by age are over every agreement listed, not only the page. */
    public record Arrears(List<ArrearsRow> items, int page, int size, long totalItems, long days0to30Ore, long days31to60Ore,
                          long days61to90Ore, long over90Ore, long totalOre, long thresholdOre) {
    }

    /** One record of the accounts export (R-PAY-6). */
    public record ExportRow(ExportRecord record, LocalDate date, String bookedPeriod, UUID agreementId, String facilityId, String kid,
                            long amountOre, String reference, String art, String ansvar, String funksjon) {
    }

    /** A closing of the accounts through a month (R-PAY-6). */
    public record ClosedPeriod(String closedThrough, Instant closedAt, @StaffName String closedBy) {
    }

    public record ClosedPeriods(String closedThrough, String firstOpenMonth, List<ClosedPeriod> closings) {
    }

    public record ClosePeriodRequest(
            @NotNull(message = "må fylles ut") @Pattern(regexp = "\\d{4}-\\d{2}", message = "må være ÅÅÅÅ-MM") String closedThrough) {
    }

    /** The accounting dimensions of a facility's lines; {@code isDefault} when the facility has none of its own. */
    public record FacilityDimensions(String facilityId, String facilityName, String art, String ansvar, String funksjon,
                                     boolean isDefault) {
    }

    public record DimensionsRequest(
            @NotBlank(message = "må fylles ut") @Pattern(regexp = "[0-9A-Za-z]{1,12}", message = "1–12 bokstaver eller sifre") String art,
            @NotBlank(message = "må fylles ut") @Pattern(regexp = "[0-9A-Za-z]{1,12}", message = "1–12 bokstaver eller sifre") String ansvar,
            @NotBlank(message = "må fylles ut") @Pattern(regexp = "[0-9A-Za-z]{1,12}", message = "1–12 bokstaver eller sifre") String funksjon) {
    }

    /** A credit paid back to the resident (R-PAY-8). */
    public record RefundRequest(
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "må være større enn 0")
            @Max(value = 100_000_000, message = "kan være høyst 100000000 øre") Long amountOre,
            @NotNull(message = "må fylles ut") LocalDate refundedOn,
            @Size(max = 200, message = "høyst 200 tegn") String reference) {
    }

    /** The deposit as the agreement records it (R-AGR-6), shown on the ledger for its settlement at move-out. */
    public record Deposit(long amountOre, LocalDate paidOn, LocalDate returnedOn, Long withheldOre, String withheldReason) {
    }
}
