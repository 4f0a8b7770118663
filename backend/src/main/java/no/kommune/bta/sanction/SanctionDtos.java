package no.kommune.bta.sanction;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.Party;
import no.kommune.bta.agreement.TerminationGround;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.common.Bounds;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.StaffName;

public final class SanctionDtos {
    private SanctionDtos() {
    }

    public record NewIncident(
            @NotBlank(message = "må fylles ut") String facilityId,
            @NotNull(message = "må fylles ut") Instant occurredAt,
            @NotEmpty(message = "velg minst én beboer") List<@NotNull(message = "må fylles ut") UUID> personIds,
            @NotEmpty(message = "velg minst én kategori") List<@NotBlank(message = "må fylles ut") String> categories,
            Boolean serious,
            List<@NotNull(message = "må fylles ut") @Min(value = 1, message = Bounds.RULE_NUMBER)
                    @Max(value = Bounds.MAX_RULE_NUMBER, message = Bounds.RULE_NUMBER) Integer> ruleNumbers,
            @NotBlank(message = "må fylles ut") @Size(max = 10000, message = "kan ha høyst 10000 tegn") String description,
            String policeReason) {
    }

    public record IncidentView(UUID id, String facilityId, Instant occurredAt, List<UUID> personIds,
                               List<IncidentCategory> categories, boolean serious, int rulesVersion,
                               List<Integer> ruleNumbers, String description, PoliceReason policeReason,
                               Instant createdAt, @StaffName String createdBy) {
    }

    public record Alternative(
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn") String place,
            @NotNull(message = "må fylles ut") LocalDate from,
            @NotNull(message = "må fylles ut") LocalDate to) {
    }

    public record NewSanction(
            @NotNull(message = "må fylles ut") UUID agreementId,
            @NotBlank(message = "må fylles ut") String type,
            @NotBlank(message = "må fylles ut") String ground,
            @NotEmpty(message = "vis til minst én hendelse") List<@NotNull(message = "må fylles ut") UUID> incidentIds,
            @Size(max = 10000, message = "kan ha høyst 10000 tegn") String writtenGrounds,
            @Size(max = 10000, message = "kan ha høyst 10000 tegn") String proportionality,
            LocalDate exclusionFrom,
            @Valid Alternative alternativeAccommodation,
            UUID advanceNoticeId,
            Boolean urgent) {
    }

    public record NotificationRequest(
            @NotNull(message = "må fylles ut") LocalDate notifiedOn,
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn") String how) {
    }

    public record AppealRequest(
            @NotNull(message = "må fylles ut") LocalDate appealedOn,
            String outcome,
            LocalDate outcomeOn) {
    }

    public record SanctionView(UUID id, UUID agreementId, String facilityId, UUID personId, AgreementKind kind,
                               SanctionType type, SanctionGround ground, SanctionStatus status, List<UUID> incidentIds,
                               String writtenGrounds, String proportionality, LocalDate exclusionFrom,
                               LocalDate exclusionTo, Alternative alternativeAccommodation, Instant proposedAt,
                               @StaffName String proposedBy, Instant approvedAt, @StaffName String approvedBy, LocalDate notifiedOn,
                               String notifiedHow, LocalDate appealDeadline, LocalDate appealedOn,
                               AppealOutcome appealOutcome, LocalDate appealOutcomeOn, Long arrearsOre,
                               List<String> arrearsMonths, UUID advanceNoticeId, Boolean urgent, Instant returnedAt,
                               @StaffName String returnedBy, String returnReason) {
        /** Whether the caller proposed it (four eyes: they may not approve it). */
        @JsonProperty("proposedByYou")
        public boolean proposedByYou() {
            return CurrentUser.callerIs(proposedBy);
        }
    }

    /** Sending a proposed decision back instead of approving it: why (required), for the proposer. */
    public record SanctionReturn(
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    public record NewEntry(
            @NotNull(message = "må fylles ut") UUID unitId,
            @NotBlank(message = "må fylles ut") String ground,
            @NotNull(message = "må fylles ut") Instant enteredAt,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String present,
            @Size(max = 5000, message = "kan ha høyst 5000 tegn") String found) {
    }

    public record EntryView(UUID id, String facilityId, UUID unitId, String unitLabel, EntryGround ground,
                            Instant enteredAt, @StaffName String staff, String present, String found) {
    }

    public record NewVisitorBan(
            @NotBlank(message = "må fylles ut") String facilityId,
            @NotBlank(message = "må fylles ut") String issuedBy,
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn") String visitor,
            @NotNull(message = "må fylles ut") LocalDate fromDate,
            LocalDate toDate,
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    /**
     * A visitor ban; {@code active} while it is in force today or later (not lifted, not ended), and once lifted, when,
     * by whom and why (its {@code toDate} is then the day it was lifted).
     */
    public record VisitorBanView(UUID id, String facilityId, IssuedBy issuedBy, String visitor, LocalDate fromDate,
                                 LocalDate toDate, String reason, @StaffName String createdBy, Boolean active, Instant liftedAt,
                                 @StaffName String liftedBy, String liftReason) {
        public VisitorBanView(UUID id, String facilityId, IssuedBy issuedBy, String visitor, LocalDate fromDate,
                              LocalDate toDate, String reason, String createdBy) {
            this(id, facilityId, issuedBy, visitor, fromDate, toDate, reason, createdBy, null, null, null, null);
        }
    }

    /** Lifting a ban: why (required). The ban ends today (Europe/Oslo). */
    public record VisitorBanLifting(
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    public record LadderStep(SanctionType type, int given, List<SanctionGround> grounds) {
    }

    public record SanctionHistory(UUID agreementId, AgreementKind kind, List<LadderStep> ladder,
                                  List<SanctionView> sanctions) {
    }

    public record Count(String key, long count) {
    }

    public record ControlFlag(ControlFlagKind flag, String detail, UUID personId) {
    }

    /** The control report: the same for everyone who may read it, so no decision in it says {@code proposedByYou}. */
    public record ControlReport(String facilityId, LocalDate from, LocalDate to, List<Count> sanctionsByType,
                                @JsonIgnoreProperties("proposedByYou") List<SanctionView> exclusions,
                                @JsonIgnoreProperties("proposedByYou") List<SanctionView> terminations,
                                List<AgreementTermination> agreementTerminations,
                                @JsonIgnoreProperties("proposedByYou") List<SanctionView> appeals, List<Count> entriesByGround, List<EntryView> entries,
                                List<VisitorBanView> visitorBans, long policeContacts, List<ControlFlag> flags,
                                List<ReferralView> referrals) {
    }

    /** The decision behind a termination (R-SAN-7): the approved sanction, when and by whom, and any appeal. */
    public record TerminationDecision(UUID sanctionId, SanctionType type, SanctionGround ground, Instant approvedAt,
                                      @StaffName String approvedBy, LocalDate notifiedOn, AppealOutcome appealOutcome) {
    }

    /**
     * A termination that happened on an agreement in the period (R-SAN-10, R-SAN-12): the municipality's notice, or a
     * move-out for breaches or arrears; {@code decision} is the decision behind it, null when there is none.
     */
    public record AgreementTermination(UUID agreementId, String facilityId, UUID personId, AgreementKind kind,
                                       Party noticeBy, LocalDate noticeGivenOn, LocalDate noticeEffectiveOn,
                                       LocalDate movedOutOn, TerminationGround terminationGround,
                                       TerminationDecision decision) {
    }

    // ---------------------------------------------------------------- due process (R-SAN-11)

    public record NewAdvanceNotice(
            @NotBlank(message = "må fylles ut") String type,
            @NotEmpty(message = "vis til minst én hendelse") @Size(max = 50, message = "kan vise til høyst 50 hendelser")
            List<@NotNull(message = "må fylles ut") UUID> incidentIds,
            @NotBlank(message = "må fylles ut") @Size(max = 10000, message = "kan ha høyst 10000 tegn") String description,
            @NotNull(message = "må fylles ut") LocalDate sentOn,
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn") String deliveredHow,
            @NotNull(message = "må fylles ut") LocalDate statementDeadline) {
    }

    /** Either the statement ({@code receivedOn} and {@code text}) or {@code noneReceived}. */
    public record StatementRequest(
            LocalDate receivedOn,
            @Size(max = 10000, message = "kan ha høyst 10000 tegn") String text,
            Boolean noneReceived) {
    }

    /** The resident's statement; {@code noneReceived} is true when none came by the deadline (else left out). */
    public record Statement(LocalDate receivedOn, String text, Boolean noneReceived, Instant recordedAt, @StaffName String recordedBy) {
    }

    public record AdvanceNoticeView(UUID id, UUID agreementId, String facilityId, UUID personId, SanctionType type,
                                    AdvanceNoticeStatus status, List<UUID> incidentIds, String description, LocalDate sentOn,
                                    String deliveredHow, LocalDate statementDeadline, Statement statement,
                                    List<UUID> sanctionIds, Instant createdAt, @StaffName String createdBy) {
    }
}
