package no.kommune.bta.reporting;

import java.util.List;

/** Pure helpers for the statistics: mean, median and the length-of-stay buckets (R-STA-1). */
public final class StayStatistics {
    /** Upper bounds (inclusive) of the buckets ≤30, 31-60, 61-90, 91-180, 181-365, 366-730, >730 days. */
    static final int[] BOUNDS = {30, 60, 90, 180, 365, 730};
    public static final List<String> LABELS = List.of("0-30", "31-60", "61-90", "91-180", "181-365", "366-730", "731-");
    /** Shares (permanent housing, occupancy) are given with three decimals. */
    static final double SHARE_PRECISION = 1000.0;

    private StayStatistics() {
    }

    public static long[] buckets(List<Long> days) {
        long[] out = new long[BOUNDS.length + 1];
        for (long d : days) {
            int i = 0;
            while (i < BOUNDS.length && d > BOUNDS[i]) i++;
            out[i]++;
        }
        return out;
    }

    /** The median of whole days; for an even count the mean of the two middle values, rounded half up. */
    public static Long median(List<Long> values) {
        if (values.isEmpty()) return null;
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        if (n % 2 == 1) return s.get(n / 2);
        return Math.round((s.get(n / 2 - 1) + s.get(n / 2)) / 2.0);
    }

    /** part / whole rounded to three decimals; whole must not be 0. */
    public static double share(long part, long whole) {
        return Math.round(SHARE_PRECISION * part / whole) / SHARE_PRECISION;
    }

    public static Long mean(List<Long> values) {
        if (values.isEmpty()) return null;
        return Math.round(values.stream().mapToLong(Long::longValue).average().orElse(0));
    }
}
