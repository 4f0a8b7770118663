package no.kommune.bta.egenbetaling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.common.jobs.JobState;
import no.kommune.bta.security.StaffName;

/** What the clerk's desk (okonomi) reads: accounts found, bank imports, and the NAV deduction list (R-PAY-2). */
public final class ClerkDtos {
    private ClerkDtos() {
    }

    /**
     * One agreement's account as the search finds it. {@code balanceOre} is what is charged minus what is paid
     * (negative: credit), {@code overdueOre} what of it has fallen due and is unpaid.
     */
    public record Account(UUID agreementId, UUID personId, String personName, String facilityId, String facilityName,
                          String unitLabel, AgreementStatus status, PaymentMethod paymentMethod, long balanceOre,
                          long overdueOre, Instant standingOrderLetterSentAt) {
    }

    /** A bank file import in the history, without its unmatched payments (read those at the import). */
    public record ImportSummary(UUID id, String filename, JobState state, int total, int done, int matched, int unmatched,
                                int duplicates, long amountOre, Instant createdAt, @StaffName String createdBy, Instant finishedAt,
                                String error) {
    }

    /** One resident on the month's list for NAV: deduct this amount from the resident's benefits under this KID. */
    public record NavDeduction(UUID agreementId, UUID personId, String personName, LocalDate birthDate, String facilityId,
                               String unitLabel, String period, long amountOre, String kid, LocalDate dueDate,
                               LocalDate deductionAgreementSignedOn) {
    }
}
