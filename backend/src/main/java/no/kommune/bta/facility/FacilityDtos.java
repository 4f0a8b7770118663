package no.kommune.bta.facility;

import jakarta.validation.Valid;
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
import no.kommune.bta.person.Sex;
import no.kommune.bta.security.StaffName;

/** What the facility API takes and gives; entities never leave the service. */
public final class FacilityDtos {
    private FacilityDtos() {
    }

    public record TargetGroup(List<Sex> sexes, Integer minAge, Integer maxAge, String description) {
    }

    public record UnitCounts(int total, int vacant, int allocated, int occupied) {
    }

    public record FacilitySummary(String id, String name, AgreementKind agreementKind, String address, String operator,
                                  TargetGroup targetGroup, UnitCounts unitCounts, boolean collectsEgenbetaling) {
        /** The same facility with its units per status. */
        public FacilitySummary withUnitCounts(UnitCounts counts) {
            return new FacilitySummary(id, name, agreementKind, address, operator, targetGroup, counts, collectsEgenbetaling);
        }
    }

    public record FacilityView(String id, String name, AgreementKind agreementKind, String address, String operator,
                               String description, TargetGroup targetGroup, UnitCounts unitCounts,
                               SubstancePolicy substancePolicy, String substancePolicyNote, long monthlyFeeOre,
                               boolean collectsEgenbetaling, List<String> feeIncludes, int noticeDays, Integer exclusionDays,
                               Integer maxContinuousStayDays, List<String> entryGrounds, int currentRulesVersion) {
    }

    /** R-PAY-8: whether the unit collects egenbetaling at the facility. */
    public record EgenbetalingSetting(@NotNull(message = "må fylles ut") Boolean collectsEgenbetaling) {
    }

    public record UnitView(UUID id, String label, UnitType type, Integer floor, UnitStatus status) {
    }

    public record Rule(@NotNull(message = "må fylles ut") @Min(value = 1, message = "må være 1 eller større")
                       @Max(value = Bounds.MAX_RULE_NUMBER, message = Bounds.RULE_NUMBER) Integer number,
                       @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String text) {
    }

    public record HouseRulesVersionView(int version, LocalDate validFrom, Instant createdAt, @StaffName String createdBy,
                                        String changeNote, boolean current, List<Rule> houseRules,
                                        List<Rule> hmsRules) {
    }

    public record HouseRulesHistory(String facilityId, int currentVersion, List<HouseRulesVersionView> versions) {
    }

    public record NewHouseRulesVersion(
            @NotNull(message = "må fylles ut") @Min(value = 1, message = Bounds.VERSION)
            @Max(value = Bounds.MAX_VERSION, message = Bounds.VERSION) Integer basedOnVersion,
            @NotNull(message = "må fylles ut") LocalDate validFrom,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String changeNote,
            @NotNull(message = "må fylles ut") @Size(min = 1, max = 100, message = "må ha mellom 1 og 100 regler")
            List<@Valid @NotNull(message = "må fylles ut") Rule> houseRules,
            @NotNull(message = "må fylles ut") @Size(min = 1, max = 100, message = "må ha mellom 1 og 100 regler")
            List<@Valid @NotNull(message = "må fylles ut") Rule> hmsRules) {
    }
}
