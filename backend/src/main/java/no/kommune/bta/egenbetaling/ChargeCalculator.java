package no.kommune.bta.egenbetaling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * R-PAY-1 and R-AGR-3, pure: what an agreement owes for one month. This class is the rule's only home:
 * the monthly charge run ({@link ChargeRunService}) computes every charge with it, and the jqwik
 * properties and unit tests test this same code.
 * <p>
 * Rule: every day the agreement runs in the month costs the fee in force that day divided by the
 * number of days in the month; the month's charge is that sum rounded half up to whole øre, once.
 * A full month at one fee is therefore exactly the fee, and a month split at any day into two charges
 * sums to the fee within one øre. A fee change applies from its effective date, never before.
 * <p>
 * Decision (issue 11): production computes charges here rather than in SQL. The run stays set-based:
 * per batch of agreements it reads the agreements' days and fees in one query, computes the charges
 * here (microseconds each) and writes them in one {@code INSERT … SELECT FROM unnest(…)}; the database
 * still gives each charge its KID and keeps one charge per agreement and month. So the rule is written
 * once, in the code the properties check, the later corrections of a charged month (R-PAY-7) can use
 * the same code for one agreement, and the run costs about what the SQL-only run did
 * (ChargeRunBenchmark, 50 000 agreements).
 */
public final class ChargeCalculator {

    public record Charge(int days, long amountOre) {
    }

    private ChargeCalculator() {
    }

    /**
     * @param from first day the agreement is charged (inclusive)
     * @param to   last day the agreement is charged (inclusive), or null while it runs on
     * @param fees fee in øre by effective date; the entry at or before a day is in force that day
     */
    public static Optional<Charge> charge(YearMonth month, LocalDate from, LocalDate to, NavigableMap<LocalDate, Long> fees) {
        LocalDate first = max(month.atDay(1), from);
        LocalDate last = to == null ? month.atEndOfMonth() : min(month.atEndOfMonth(), to);
        if (last.isBefore(first)) return Optional.empty();
        long sum = 0;
        int days = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Map.Entry<LocalDate, Long> fee = fees.floorEntry(d);
            if (fee == null) continue; // no fee in force yet: nothing owed that day
            sum += fee.getValue();
            days++;
        }
        if (days == 0) return Optional.empty();
        long amount = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(month.lengthOfMonth()), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Optional.of(new Charge(days, amount));
    }

    /** The day a month's charge falls due: {@code dueDay}, or the month's last day in a shorter month. */
    public static LocalDate dueDate(YearMonth month, int dueDay) {
        return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
