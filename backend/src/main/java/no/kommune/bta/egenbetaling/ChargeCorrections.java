package no.kommune.bta.egenbetaling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * R-PAY-7, pure: the line a month needs so that what is booked for it equals what R-PAY-1 says it owes
 * ({@link ChargeCalculator}). This class is the rule's only home: the monthly run and the corrections
 * after a move-in, move-out, fee change or void all ask it, and the jqwik properties test it.
 * <p>
 * A month without its charge gets its charge (kind CHARGE, the full pro-rata amount, once); a month
 * whose charge is issued gets a correction (kind CORRECTION) for the difference between what it owes
 * now and what its lines already book, positive when more is owed, negative (a credit) when less is.
 * Issued lines are never edited. So the month ends at the same amount whatever came first, the run or
 * the event, and asking again when nothing changed gives nothing.
 */
public final class ChargeCorrections {

    /** What a month has booked already: whether its CHARGE exists, and the sum of all its lines. */
    public record Booked(boolean charged, long sumOre) {
        public static final Booked NOTHING = new Booked(false, 0);
    }

    /** A line to write: a CHARGE or a CORRECTION, with the month's charged days after it. */
    public record Line(LineKind kind, long amountOre, int days) {
    }

    public enum LineKind {
        CHARGE, CORRECTION
    }

    private ChargeCorrections() {
    }

    /**
     * @param collects whether the agreement's unit collects egenbetaling for a month that has no charge yet
     *                 (a month already charged is always brought to its amount)
     */
    public static Optional<Line> line(YearMonth month, LocalDate from, LocalDate to, NavigableMap<LocalDate, Long> fees,
                                      Booked booked, boolean collects) {
        Optional<ChargeCalculator.Charge> owed = from == null ? Optional.empty() : ChargeCalculator.charge(month, from, to, fees);
        if (!booked.charged()) {
            if (!collects) return Optional.empty();
            return owed.map(c -> new Line(LineKind.CHARGE, c.amountOre(), c.days()));
        }
        long target = owed.map(ChargeCalculator.Charge::amountOre).orElse(0L);
        long difference = target - booked.sumOre();
        if (difference == 0) return Optional.empty();
        return Optional.of(new Line(LineKind.CORRECTION, difference, owed.map(ChargeCalculator.Charge::days).orElse(0)));
    }
}
