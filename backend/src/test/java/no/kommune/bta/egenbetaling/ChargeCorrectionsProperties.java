package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * R-PAY-1, R-PAY-7 and R-PAY-8 as properties over random histories: move-in, move-out, fee changes, charge runs
 * at random moments, payments early, late, partial and over, and payments that arrive twice. Each history is
 * played through {@link ChargeCorrections} the way production does (the run asks it for the month it runs, a
 * change of basis asks it for every month already charged: {@link MonthCorrections}), and compared with the
 * same history in another order.
 */
class ChargeCorrectionsProperties {

    static final YearMonth FIRST = YearMonth.of(2026, 1);
    static final int MONTHS = 6;

    sealed interface Event permits Run, MoveIn, MoveOut, FeeChange, Pay {
    }

    record Run(YearMonth month) implements Event {
    }

    record MoveIn(LocalDate on) implements Event {
    }

    record MoveOut(LocalDate on) implements Event {
    }

    record FeeChange(LocalDate from, long feeOre) implements Event {
    }

    /** A payment; {@code reference} repeats when the same payment arrives twice (stored once, R-PAY-3). */
    record Pay(long amountOre, int reference) implements Event {
    }

    /** One agreement's facts and its booked lines by month, played event by event. */
    static final class Account {
        LocalDate movedIn;
        LocalDate movedOut;
        final TreeMap<LocalDate, Long> fees = new TreeMap<>();
        final Map<YearMonth, List<ChargeCorrections.Line>> lines = new TreeMap<>();
        final TreeSet<YearMonth> runMonths = new TreeSet<>();
        final Map<Integer, Long> payments = new TreeMap<>();
        int linesWritten;

        Account(long agreedFeeOre) {
            fees.put(LocalDate.of(2025, 1, 1), agreedFeeOre);
        }

        void apply(Event e) {
            switch (e) {
                case Run r -> {
                    runMonths.add(r.month());
                    correct(r.month());
                }
                case MoveIn m -> {
                    if (movedIn == null) {
                        movedIn = m.on();
                        correctCharged();
                    }
                }
                case MoveOut m -> {
                    if (movedIn != null && movedOut == null && !m.on().isBefore(movedIn)) {
                        movedOut = m.on();
                        correctCharged();
                    }
                }
                case FeeChange f -> {
                    fees.put(f.from(), f.feeOre());
                    correctCharged();
                }
                case Pay p -> payments.putIfAbsent(p.reference(), p.amountOre());
            }
        }

        /** As {@link MonthCorrections}: every month a run has reached or with lines of its own. */
        void correctCharged() {
            TreeSet<YearMonth> months = new TreeSet<>(lines.keySet());
            months.addAll(runMonths);
            months.forEach(this::correct);
        }

        void correct(YearMonth month) {
            List<ChargeCorrections.Line> booked = lines.getOrDefault(month, List.of());
            var state = new ChargeCorrections.Booked(booked.stream().anyMatch(l -> l.kind() == ChargeCorrections.LineKind.CHARGE),
                    booked.stream().mapToLong(ChargeCorrections.Line::amountOre).sum());
            Optional<ChargeCorrections.Line> line = ChargeCorrections.line(month, movedIn, movedOut, fees, state, true);
            line.ifPresent(l -> {
                lines.computeIfAbsent(month, k -> new ArrayList<>()).add(l);
                linesWritten++;
            });
        }

        long monthTotal(YearMonth month) {
            return lines.getOrDefault(month, List.of()).stream().mapToLong(ChargeCorrections.Line::amountOre).sum();
        }

        long charged() {
            return lines.keySet().stream().mapToLong(this::monthTotal).sum();
        }

        long paid() {
            return payments.values().stream().mapToLong(Long::longValue).sum();
        }

        /** What R-PAY-1 says the months the account was charged for owe, from the final facts. */
        long owed(YearMonth month) {
            return movedIn == null ? 0
                    : ChargeCalculator.charge(month, movedIn, movedOut, fees).map(ChargeCalculator.Charge::amountOre).orElse(0L);
        }
    }

    static Account play(long agreedFee, List<Event> events) {
        Account a = new Account(agreedFee);
        events.forEach(a::apply);
        return a;
    }

    @Provide
    Arbitrary<List<Event>> histories() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, MONTHS * 31 - 1)
                .map(d -> FIRST.atDay(1).plusDays(d));
        Arbitrary<Event> run = Arbitraries.integers().between(0, MONTHS - 1).map(m -> new Run(FIRST.plusMonths(m)));
        Arbitrary<Event> in = day.map(MoveIn::new);
        Arbitrary<Event> out = day.map(MoveOut::new);
        Arbitrary<Event> fee = Combinators.combine(day, Arbitraries.longs().between(0, 2_000_000)).as(FeeChange::new);
        Arbitrary<Event> pay = Combinators.combine(Arbitraries.longs().between(1, 1_500_000), Arbitraries.integers().between(1, 8))
                .as(Pay::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, run), net.jqwik.api.Tuple.of(2, in), net.jqwik.api.Tuple.of(1, out),
                        net.jqwik.api.Tuple.of(2, fee), net.jqwik.api.Tuple.of(3, pay))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 1000)
    void R_PAY_7_every_charged_month_ends_at_its_pro_rata_amount_and_the_balance_is_owed_minus_paid(
            @ForAll("histories") List<Event> events, @ForAll("fees") long agreedFee) {
        Account a = play(agreedFee, events);
        long owed = 0;
        for (YearMonth month : a.lines.keySet()) {
            assertEquals(a.owed(month), a.monthTotal(month), month + " after " + events);
            owed += a.owed(month);
        }
        // every month a run reached is charged what it owes
        for (YearMonth month : a.runMonths) assertEquals(a.owed(month), a.monthTotal(month), month + " after " + events);
        // one CHARGE per month, never more; corrections are separate lines
        for (var l : a.lines.values()) {
            assertEquals(1, l.stream().filter(x -> x.kind() == ChargeCorrections.LineKind.CHARGE).count(), events.toString());
            assertTrue(l.stream().noneMatch(x -> x.kind() == ChargeCorrections.LineKind.CORRECTION && x.amountOre() == 0));
        }
        assertEquals(owed - a.paid(), a.charged() - a.paid());
    }

    @Property(tries = 1000)
    void R_PAY_7_a_months_charge_never_depends_on_when_the_run_came(@ForAll("histories") List<Event> events,
                                                                   @ForAll("fees") long agreedFee, @ForAll long seed) {
        Account asItCame = play(agreedFee, events);
        // the same history with the runs moved to random other moments
        List<Event> others = new ArrayList<>(events.stream().filter(e -> !(e instanceof Run)).toList());
        Random random = new Random(seed);
        for (Event e : events) {
            if (e instanceof Run) others.add(random.nextInt(others.size() + 1), e);
        }
        Account reordered = play(agreedFee, others);
        // and with every run after everything else
        List<Event> runsLast = new ArrayList<>(events.stream().filter(e -> !(e instanceof Run)).toList());
        events.stream().filter(e -> e instanceof Run).forEach(runsLast::add);
        Account runLast = play(agreedFee, runsLast);
        for (YearMonth month : asItCame.runMonths) {
            assertEquals(runLast.monthTotal(month), asItCame.monthTotal(month), month + " " + events);
            assertEquals(runLast.monthTotal(month), reordered.monthTotal(month), month + " " + others);
        }
        assertEquals(runLast.charged() - runLast.paid(), asItCame.charged() - asItCame.paid());
    }

    @Property(tries = 1000)
    void R_PAY_7_a_run_twice_and_a_correction_twice_change_nothing(@ForAll("histories") List<Event> events,
                                                                  @ForAll("fees") long agreedFee) {
        Account a = play(agreedFee, events);
        int written = a.linesWritten;
        List<YearMonth> months = new ArrayList<>(a.runMonths);
        Collections.shuffle(months, new Random(events.size()));
        months.forEach(m -> a.apply(new Run(m)));
        a.correctCharged();
        assertEquals(written, a.linesWritten, "nothing new after " + events);
    }

    @Provide
    Arbitrary<Long> fees() {
        return Arbitraries.longs().between(0, 2_000_000);
    }
}
