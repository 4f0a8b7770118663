package no.kommune.bta.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.facility.FacilityDtos.TargetGroup;
import no.kommune.bta.facility.UnitType;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.security.StaffName;

public final class IntakeDtos {
    private IntakeDtos() {
    }

    public record NewIntake(
            @NotNull(message = "må fylles ut") UUID personId,
            LocalDate receivedOn,
            @NotBlank(message = "må fylles ut") @Size(max = 10000, message = "kan ha høyst 10000 tegn") String assessment,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String assessmentSummary,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String needs,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String wishes,
            @Size(max = 10, message = "kan ha høyst 10 ønsker") List<@NotBlank(message = "må fylles ut") String> facilityWishes,
            Boolean hasRentalHousingDecision) {
    }

    /**
     * Issue 18: HVK's correction of an application not yet decided, as a whole object: the person's names and contact
     * details as registered, and what HVK entered on the application. A field left null is cleared. The identity
     * number is not part of it and cannot be corrected here.
     */
    public record IntakeCorrection(
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String givenName,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String familyName,
            @Size(max = 40, message = "kan ha høyst 40 tegn") String phone,
            @Email(message = "må være en gyldig e-postadresse") @Size(max = 200, message = "kan ha høyst 200 tegn") String email,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String address,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String navContact,
            @NotNull(message = "må fylles ut") LocalDate receivedOn,
            @NotBlank(message = "må fylles ut") @Size(max = 10000, message = "kan ha høyst 10000 tegn") String assessment,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String assessmentSummary,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String needs,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String wishes,
            @NotNull(message = "må fylles ut") @Size(max = 10, message = "kan ha høyst 10 ønsker") List<@NotBlank(message = "må fylles ut") String> facilityWishes,
            @NotNull(message = "må fylles ut") Boolean hasRentalHousingDecision) {
    }

    public record PriorityRequest(
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "må være 1, 2 eller 3") @Max(value = 3, message = "må være 1, 2 eller 3") Integer priority,
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    public record AllocationRequest(
            @NotNull(message = "må fylles ut") UUID unitId,
            @NotNull(message = "må fylles ut") LocalDate fromDate,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String coordinator,
            @Size(max = 2000, message = "kan ha høyst 2000 tegn") String overrideReason) {
    }

    public record InformedRequest(@NotNull(message = "må fylles ut") LocalDate informedOn) {
    }

    public record OrientationRequest(
            Instant scheduledAt,
            LocalDate heldOn,
            List<@NotBlank(message = "må fylles ut") String> participants,
            String applicantAnswer,
            @Size(max = 2000, message = "kan ha høyst 2000 tegn") String declineReason) {
    }

    public record ServiceDecisionRequest(
            @NotNull(message = "må fylles ut") LocalDate decisionDate,
            @NotBlank(message = "må fylles ut") @Size(max = 5000, message = "kan ha høyst 5000 tegn") String scope,
            List<@NotBlank(message = "må fylles ut") String> legalBasis,
            LocalDate reassessBy) {
    }

    public record ReasonRequest(
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    public record AllocationView(UUID id, UUID unitId, String unitLabel, String facilityId, String facilityName,
                                 LocalDate fromDate, String coordinator, String overrideReason, Instant createdAt,
                                 @StaffName String createdBy) {
    }

    public record OrientationView(Instant scheduledAt, LocalDate heldOn, List<OrientationParticipant> participants,
                                  ApplicantAnswer applicantAnswer, String declineReason) {
    }

    public record ServiceDecisionView(LocalDate decisionDate, String scope, List<LegalBasis> legalBasis,
                                      LocalDate reassessBy, Instant createdAt, @StaffName String createdBy) {
    }

    public record TimelineEntry(Instant at, IntakeEventType type, @StaffName String byUser, String byRole, String summary) {
    }

    public record IntakeSummary(UUID id, PersonSummary person, IntakeStatus status, LocalDate receivedOn, Integer priority,
                                List<String> facilityWishes, String allocatedFacilityId, String allocatedUnitLabel,
                                @StaffName String caseworker, boolean hasRentalHousingDecision) {
        /** The row as the allocation queue sees it (R-ACC-3): the person without number or birth date. */
        public IntakeSummary forQueue() {
            return new IntakeSummary(id, person.forQueue(), status, receivedOn, priority, facilityWishes, allocatedFacilityId,
                    allocatedUnitLabel, caseworker, hasRentalHousingDecision);
        }

        /** Who it waits for now; left out once closed. */
        @JsonProperty("waitingFor")
        public WaitingFor waitingFor() {
            return IntakeTransitions.waitingFor(status);
        }
    }

    public record IntakeView(UUID id, PersonSummary person, IntakeStatus status, LocalDate receivedOn, Instant createdAt,
                             @StaffName String caseworker, String assessment, String assessmentSummary, String needs, String wishes,
                             List<String> facilityWishes, boolean hasRentalHousingDecision, Integer priority,
                             String priorityReason, AllocationView allocation, LocalDate informedOn,
                             OrientationView orientation, ServiceDecisionView decision, String closedReason,
                             LocalDate movedInOn, UUID agreementId, List<TimelineEntry> timeline,
                             List<IntakeAction> nextActions) {
        /** Who it waits for now; left out once closed. */
        @JsonProperty("waitingFor")
        public WaitingFor waitingFor() {
            return IntakeTransitions.waitingFor(status);
        }
    }

    public record VacancyView(UUID unitId, String unitLabel, UnitType unitType, String facilityId, String facilityName,
                              AgreementKind agreementKind, TargetGroup targetGroup) {
    }
}
