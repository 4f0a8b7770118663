package no.kommune.bta.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.kommune.bta.reporting.SmallCountSuppression.Reason;

/** What the statistics endpoint gives (R-STA-1), with the figures hidden for esikt and kontroll (R-STA-2). */
public final class StatisticsDtos {
    private StatisticsDtos() {
    }

    /** One row of a table; {@code count} is null when it is hidden (R-STA-2), and then listed in {@code suppressed}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Count(String key, Long count) {
        /** An exact count. */
        public Count(String key, long count) {
            this(key, Long.valueOf(count));
        }
    }

    /** A hidden figure: the field, for a row of a table its key, and why (R-STA-2). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suppressed(String field, String key, Reason reason) {
    }

    /**
     * Every figure is always present: null when it is hidden (then named in {@code suppressed}) or, for a mean, a median
     * or a share, when there is nothing to compute it from. {@code suppressionThreshold} is null when the figures are
     * exact (facility staff at their own facility).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Statistics(String facilityId, String facilityName, LocalDate from, LocalDate to, Long residentsServed,
                             Long moveIns, Long moveOuts, List<Count> moveOutsByDestination, List<Count> moveOutsByReason,
                             Long stillLiving, Long meanStayDays, Long medianStayDays, List<Count> stayBuckets,
                             Double permanentHousingShare, Double occupancy, Long occupiedUnitDays, long availableUnitDays,
                             Long medianWaitingDays, Long waitingListAtEnd, List<Count> sanctionsByType, Long exclusions,
                             Long entriesWithoutConsent, Long terminations, Long arrearsAtEndOre, String summary,
                             List<Suppressed> suppressed, Integer suppressionThreshold) {

        /** The exact figures, nothing hidden. */
        public Statistics(String facilityId, String facilityName, LocalDate from, LocalDate to, long residentsServed,
                          long moveIns, long moveOuts, List<Count> moveOutsByDestination, List<Count> moveOutsByReason,
                          long stillLiving, Long meanStayDays, Long medianStayDays, List<Count> stayBuckets,
                          Double permanentHousingShare, double occupancy, long occupiedUnitDays, long availableUnitDays,
                          Long medianWaitingDays, long waitingListAtEnd, List<Count> sanctionsByType, long exclusions,
                          long entriesWithoutConsent, long terminations, long arrearsAtEndOre, String summary) {
            this(facilityId, facilityName, from, to, Long.valueOf(residentsServed), Long.valueOf(moveIns),
                    Long.valueOf(moveOuts), moveOutsByDestination, moveOutsByReason, Long.valueOf(stillLiving),
                    meanStayDays, medianStayDays, stayBuckets, permanentHousingShare, Double.valueOf(occupancy),
                    Long.valueOf(occupiedUnitDays), availableUnitDays, medianWaitingDays, Long.valueOf(waitingListAtEnd),
                    sanctionsByType, Long.valueOf(exclusions), Long.valueOf(entriesWithoutConsent),
                    Long.valueOf(terminations), Long.valueOf(arrearsAtEndOre), summary, List.of(), null);
        }

        Statistics withSummary(String text) {
            return new Statistics(facilityId, facilityName, from, to, residentsServed, moveIns, moveOuts,
                    moveOutsByDestination, moveOutsByReason, stillLiving, meanStayDays, medianStayDays, stayBuckets,
                    permanentHousingShare, occupancy, occupiedUnitDays, availableUnitDays, medianWaitingDays,
                    waitingListAtEnd, sanctionsByType, exclusions, entriesWithoutConsent, terminations, arrearsAtEndOre,
                    text, suppressed, suppressionThreshold);
        }

        /** Whether the figure (for a row of a table: {@code field} and {@code key}) is hidden. */
        boolean hidden(String field, String key) {
            return suppressed.stream().anyMatch(s -> s.field().equals(field) && Objects.equals(s.key(), key));
        }
    }
}
