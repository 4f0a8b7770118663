package no.kommune.bta.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StayStatisticsTests {

    @Test
    void R_STA_1_buckets_put_each_bound_in_the_lower_bucket() {
        assertArrayEquals(new long[] {2, 1, 1, 1, 1, 1, 1},
                StayStatistics.buckets(List.of(1L, 30L, 31L, 90L, 91L, 365L, 730L, 731L)));
    }

    @Test
    void R_STA_1_median_and_mean() {
        assertEquals(3L, StayStatistics.median(List.of(5L, 1L, 3L)));
        assertEquals(3L, StayStatistics.median(List.of(1L, 2L, 4L, 9L))); // (2 + 4) / 2
        assertEquals(4L, StayStatistics.median(List.of(1L, 2L, 5L, 9L))); // 3.5 rounds half up
        assertEquals(4L, StayStatistics.mean(List.of(1L, 2L, 5L, 9L)));  // 4.25
        assertNull(StayStatistics.median(List.of()));
    }

    @Test
    void R_STA_1_shares_have_three_decimals() {
        assertEquals(0.667, StayStatistics.share(2, 3));
        assertEquals(1.0, StayStatistics.share(5, 5));
        assertEquals(0.001, StayStatistics.share(1, 999));
    }
}
