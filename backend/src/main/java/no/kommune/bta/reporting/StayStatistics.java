package no.kommune.bta.reporting;

import java.util.ArrayList;
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

    /** {@link #mean(List)} of {@code count} values that add up to {@code sum}. */
    public static Long mean(long sum, long count) {
        return count == 0 ? null : Math.round((double) sum / count);
    }

    /**
     * {@link #median(List)} from PostgreSQL's {@code percentile_cont(0.5)} of the same values (null when there are
     * none): for an odd count the middle value, for an even count the mean of the two middle values, exactly as a
     * double, so rounding it half up gives the same whole day.
     */
    public static Long median(Double percentileCont) {
        return percentileCont == null ? null : Math.round(percentileCont);
    }

    /**
     * {@link #buckets(List)} in SQL: for each bucket, in order, {@code count(*) FILTER (…) AS <prefix><i>} over the
     * whole days in {@code column}.
     */
    public static String bucketCounts(String column, String prefix) {
        List<String> counts = new ArrayList<>();
        for (int i = 0; i <= BOUNDS.length; i++) {
            List<String> range = new ArrayList<>();
            if (i > 0) range.add(column + " > " + BOUNDS[i - 1]);
            if (i < BOUNDS.length) range.add(column + " <= " + BOUNDS[i]);
            counts.add("count(*) FILTER (WHERE " + String.join(" AND ", range) + ") AS " + prefix + i);
        }
        return String.join(", ", counts);
    }
}
