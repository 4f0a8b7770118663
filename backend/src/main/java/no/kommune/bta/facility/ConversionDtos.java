package no.kommune.bta.facility;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.facility.FacilityDtos.Rule;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.StaffName;

/** What the conversion API (R-FAC-3) takes and gives. */
public final class ConversionDtos {
    private ConversionDtos() {
    }

    /**
     * A proposed conversion: the new kind, the day it takes effect, why, and the house rules and HMS rules the
     * facility takes on with it (reviewed here: a tenancy keeps no BTA-only restriction); whether the unit collects
     * egenbetaling afterwards, when not the new kind's default (R-PAY-8).
     */
    public record NewConversion(
            @NotBlank(message = "må fylles ut") String toKind,
            @NotNull(message = "må fylles ut") LocalDate effectiveOn,
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String rulesChangeNote,
            @NotNull(message = "må fylles ut") @Size(min = 1, max = 100, message = "må ha mellom 1 og 100 regler")
            List<@Valid @NotNull(message = "må fylles ut") Rule> houseRules,
            @NotNull(message = "må fylles ut") @Size(min = 1, max = 100, message = "må ha mellom 1 og 100 regler")
            List<@Valid @NotNull(message = "må fylles ut") Rule> hmsRules,
            Boolean collectsEgenbetaling) {
    }

    public record Withdrawal(
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    /**
     * A conversion as the API shows it. {@code rulesVersion}, {@code endedAgreements} and {@code successorDrafts}
     * are filled in once it is done.
     */
    public record ConversionView(UUID id, String facilityId, AgreementKind fromKind, AgreementKind toKind,
                                 LocalDate effectiveOn, String reason, ConversionStatus status, @StaffName String proposedBy,
                                 Instant proposedAt, @StaffName String approvedBy, Instant approvedAt, @StaffName String withdrawnBy,
                                 Instant withdrawnAt, String withdrawalReason, @StaffName String doneBy, Instant doneAt,
                                 String rulesChangeNote, List<Rule> houseRules, List<Rule> hmsRules, Integer rulesVersion,
                                 List<UUID> endedAgreements, List<UUID> successorDrafts, boolean collectsEgenbetaling) {
        /** Whether the caller proposed it (four eyes: they may not approve it). */
        @JsonProperty("proposedByYou")
        public boolean proposedByYou() {
            return CurrentUser.callerIs(proposedBy);
        }
    }
}
