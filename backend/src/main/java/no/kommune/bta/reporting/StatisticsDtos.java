package no.kommune.bta.reporting;

import java.time.LocalDate;
import java.util.List;

/** What the statistics endpoint gives (R-STA-1). */
public final class StatisticsDtos {
    private StatisticsDtos() {
    }

    public record Count(String key, long count) {
    }

    public record Statistics(String facilityId, String facilityName, LocalDate from, LocalDate to, long residentsServed,
                             long moveIns, long moveOuts, List<Count> moveOutsByDestination, List<Count> moveOutsByReason,
                             long stillLiving, Long meanStayDays, Long medianStayDays, List<Count> stayBuckets,
                             Double permanentHousingShare, double occupancy, long occupiedUnitDays, long availableUnitDays,
                             Long medianWaitingDays, long waitingListAtEnd, List<Count> sanctionsByType, long exclusions,
                             long entriesWithoutConsent, long terminations, long arrearsAtEndOre, String summary) {

        Statistics withSummary(String text) {
            return new Statistics(facilityId, facilityName, from, to, residentsServed, moveIns, moveOuts,
                    moveOutsByDestination, moveOutsByReason, stillLiving, meanStayDays, medianStayDays, stayBuckets,
                    permanentHousingShare, occupancy, occupiedUnitDays, availableUnitDays, medianWaitingDays,
                    waitingListAtEnd, sanctionsByType, exclusions, entriesWithoutConsent, terminations, arrearsAtEndOre,
                    text);
        }
    }
}
