package no.kommune.bta.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.security.StaffName;

/** The referral case at the API edge (R-SAN-6). */
public final class ReferralDtos {
    private ReferralDtos() {
    }

    /** The owner's answer to a referral. */
    public record ReferralResponseRequest(
            @NotBlank(message = "må fylles ut") String response,
            @NotNull(message = "må fylles ut") LocalDate respondedOn,
            LocalDate effectiveOn,
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String outcome) {
    }

    /** A referral as the agreement and the control report show it. */
    public record ReferralView(UUID id, UUID agreementId, String facilityId, UUID personId, UUID sanctionId,
                               ReferralStatus status, LocalDate referredOn, @StaffName String referredBy, LocalDate respondedOn,
                               LocalDate effectiveOn, String outcome, @StaffName String responseRecordedBy) {
    }
}
