package no.kommune.bta.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.agreement.AgreementDtos.GroupMember;

/** What the follow-up endpoints (R-FOL-1) take; they answer with the agreement's view. */
public final class FollowUpDtos {
    private FollowUpDtos() {
    }

    public record PrimaryContactRequest(
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String name) {
    }

    public record FollowUpRequest(
            @NotBlank(message = "må fylles ut") String individualPlan,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String cooperationGoals,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String cooperationNeeds,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String cooperationStaffProvide) {
    }

    public record ResponsibilityGroupRequest(
            @NotNull(message = "må fylles ut") @Size(max = 30, message = "kan ha høyst 30 medlemmer")
            List<@Valid @NotNull(message = "må fylles ut") GroupMember> members) {
    }

    public record MeetingRequest(
            @NotBlank(message = "må fylles ut") String kind,
            @NotNull(message = "må fylles ut") LocalDate heldOn,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String note) {
    }
}
