package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import no.kommune.bta.reporting.StatisticsQueries;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The kept sums of each agreement's ledger (V43 agreement_ledger) and the arrears read from them
 * ({@link StatisticsQueries#OPEN_AT_FROM_SUMS} for the whole municipality's statistics, {@link
 * StatisticsQueries#OPEN_AT_OF_AGREEMENT} agreement by agreement for a few facilities'): the sums follow every
 * write, and the arrears on any day equal the one balance definition, charge_open_at, worked out month by month. Both
 * are checked over the whole test database (every ledger write the tests before made counts), which holds at least
 * three ledgers of this class's own: runs for four months, payments early, late, partial and beyond what was due, a
 * move-out that corrects two charged months, a refund of the credit left, and a last month charged and not paid.
 */
@QuarkusTest
class LedgerSumsTests {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static String first;
    private static String second;

    /**
     * The three ledgers, made once per test run in units of their own at Osloveien 155, in the next months: the
     * service's clock is moved to each day as it comes (and put back), so every line is booked on its own day.
     */
    static synchronized void ledgers() throws InterruptedException {
        if (first != null) return;
        for (int i = 1; i <= 3; i++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("ledger-sums-" + i).getBytes()), LedgerCorrectionsTests.FAC, "Saldotest " + i);
        }
        try {
            on(JAN.plusDays(9));
            String a = LedgerCorrectionsTests.resident("Saldotest 1", JAN.plusDays(9));
            on(JAN.plusDays(10));
            EgenbetalingFlowTests.run(month(0));
            on(JAN.plusDays(11));
            pay(EgenbetalingFlowTests.kid(a, month(0)), 100_000, JAN.plusDays(11)); // before it was due
            on(JAN.plusMonths(1));
            String b = LedgerCorrectionsTests.resident("Saldotest 2", JAN.plusMonths(1));
            EgenbetalingFlowTests.run(month(1));
            on(JAN.plusMonths(1).plusDays(24));
            pay(EgenbetalingFlowTests.kid(a, month(1)), 300_000, JAN.plusMonths(1).plusDays(24)); // late, and part of it
            on(JAN.plusMonths(2).plusDays(1));
            EgenbetalingFlowTests.run(month(2));
            on(JAN.plusMonths(2).plusDays(4));
            pay(EgenbetalingFlowTests.kid(b, month(1)), 4 * LedgerCorrectionsTests.fee(b), JAN.plusMonths(2).plusDays(4)); // beyond all 3 months
            on(JAN.plusMonths(2).plusDays(14));
            LedgerCorrectionsTests.moveOut(a, JAN.plusMonths(2).plusDays(14)); // the third month corrected to half
            on(JAN.plusMonths(3));
            // a third moves in and owes its first month: its ledger ends with a charge not yet due on the day before
            LedgerCorrectionsTests.resident("Saldotest 3", JAN.plusMonths(3));
            EgenbetalingFlowTests.run(month(3));
            on(JAN.plusMonths(3).plusDays(1));
            long owed = balance(a);
            pay(EgenbetalingFlowTests.kid(a, month(2)), owed + 10_000, JAN.plusMonths(3).plusDays(1)); // settled, 100 kr over
            on(JAN.plusMonths(3).plusDays(9));
            Api.as("okonomi1").body(Map.of("amountOre", 10_000, "refundedOn", JAN.plusMonths(3).plusDays(9).toString(),
                            "reference", "Tilbakebetalt")).post("/api/agreements/" + a + "/refunds").then().statusCode(201)
                    .body("balanceOre", equalTo(0));
            first = a;
            second = b;
        } finally {
            TestClock.reset();
        }
    }

    /** The first day of the month after next, where the ledgers start. */
    static final LocalDate JAN = LocalDate.now(OSLO).withDayOfMonth(1).plusMonths(2);

    static String month(int after) {
        return YearMonth.from(JAN.plusMonths(after)).toString();
    }

    /** Moves the service's clock to noon on the day (Oslo). */
    static void on(LocalDate day) {
        TestClock.reset();
        long hours = java.time.Duration.between(java.time.ZonedDateTime.now(OSLO), day.atTime(12, 0).atZone(OSLO)).toHours();
        TestClock.advanceHours((int) hours);
    }

    static void pay(String kid, long amount, LocalDate paidOn) {
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kid", kid, "amountOre", amount, "paidOn", paidOn.toString(), "sourceReference", "sums-" + UUID.randomUUID()))
                .post("/api/egenbetaling/payments").then().statusCode(201);
    }

    static long balance(String agreement) {
        return ((Number) Db.query("SELECT balance_ore FROM agreement_balance WHERE agreement_id = ?::uuid", UUID.fromString(agreement))
                .get(0).get("balance_ore")).longValue();
    }

    /** Each agreement's lines summed afresh, beside the kept sums; the rows where they differ. */
    static List<Map<String, Object>> sumsThatDiffer() {
        return Db.query("""
                WITH lines AS (
                    SELECT x.agreement_id, sum(x.charged) AS charged, sum(x.paid) AS paid, sum(x.refunded) AS refunded
                    FROM (SELECT agreement_id, amount_ore AS charged, 0 AS paid, 0 AS refunded FROM charge
                          UNION ALL SELECT agreement_id, 0, amount_ore, 0 FROM payment WHERE agreement_id IS NOT NULL
                          UNION ALL SELECT agreement_id, 0, 0, amount_ore FROM credit_refund) x
                    GROUP BY x.agreement_id)
                SELECT coalesce(s.agreement_id, l.agreement_id) AS agreement_id, s.charged, s.paid, s.refunded,
                       l.charged_ore, l.paid_ore, l.refunded_ore
                FROM lines s FULL JOIN agreement_ledger l ON l.agreement_id = s.agreement_id
                WHERE coalesce(s.charged, 0) <> coalesce(l.charged_ore, 0) OR coalesce(s.paid, 0) <> coalesce(l.paid_ore, 0)
                   OR coalesce(s.refunded, 0) <> coalesce(l.refunded_ore, 0)""");
    }

    /**
     * Lines that count from a day after their ledger's latest line day (V58), which must be an upper bound of them
     * all: the arrears agreement by agreement look for later lines only in ledgers that reach past the day.
     */
    static List<Map<String, Object>> linesBeyondTheirLatestDay() {
        return Db.query("SELECT x.source, x.agreement_id, x.day, l.latest_line_on FROM (" + LINE_DAYS + """
                ) x LEFT JOIN agreement_ledger l ON l.agreement_id = x.agreement_id
                WHERE l.latest_line_on IS NULL OR x.day > l.latest_line_on""");
    }

    /** Every ledger line with the day it counts from (V58: a charge from the later of its booking and due date). */
    static final String LINE_DAYS = """
            SELECT 'charge' AS source, agreement_id, greatest(booked_on, due_date) AS day FROM charge
            UNION ALL SELECT 'payment', agreement_id, paid_on FROM payment WHERE agreement_id IS NOT NULL
            UNION ALL SELECT 'credit_refund', agreement_id, refunded_on FROM credit_refund""";

    /** Puts an agreement's latest line day back after a test raised it (it stays an upper bound either way). */
    static void putBack(UUID agreement, LocalDate latestLineOn) {
        Db.update("UPDATE agreement_ledger SET latest_line_on = ?::date WHERE agreement_id = ?::uuid", latestLineOn, agreement);
    }

    static LocalDate latestLineOn(UUID agreement) {
        return ((Date) Db.query("SELECT latest_line_on FROM agreement_ledger WHERE agreement_id = ?::uuid", agreement)
                .get(0).get("latest_line_on")).toLocalDate();
    }

    static long paid(UUID agreement) {
        var rows = Db.query("SELECT paid_ore FROM agreement_ledger WHERE agreement_id = ?::uuid", agreement);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("paid_ore")).longValue();
    }

    @Test
    void R_PAY_8_the_kept_sums_equal_every_agreements_lines() throws InterruptedException {
        ledgers();
        assertEquals(List.of(), sumsThatDiffer());
        assertEquals(List.of(), linesBeyondTheirLatestDay());
        assertEquals(0L, balance(first), "settled and refunded");
        assertTrue(balance(second) < 0, "the second has credit: " + balance(second));
        assertTrue(((Number) Db.query("SELECT count(*) AS n FROM agreement_ledger").get(0).get("n")).longValue() > 0,
                "the test database has ledgers");
    }

    @Test
    void R_PAY_8_a_payment_registered_placed_moved_and_removed_moves_the_sums_with_it() throws InterruptedException {
        ledgers();
        UUID a = UUID.fromString(first), b = UUID.fromString(second);
        long paidA = paid(a), paidB = paid(b);
        LocalDate latestB = latestLineOn(b), later = latestB.plusDays(400);
        UUID payment = UUID.randomUUID();
        Db.update("""
                INSERT INTO payment (id, channel, source_reference, kid, agreement_id, amount_ore, paid_on, registered_by)
                VALUES (?::uuid, 'MANUAL', ?, NULL, NULL, 12345, CURRENT_DATE, 'test')""", payment, "SUMS-" + payment);
        try {
            assertEquals(paidA, paid(a), "unplaced: on no agreement");
            Db.update("UPDATE payment SET agreement_id = ?::uuid WHERE id = ?::uuid", a, payment);
            assertEquals(paidA + 12_345, paid(a), "placed on a");
            Db.update("UPDATE payment SET agreement_id = ?::uuid, paid_on = ?::date WHERE id = ?::uuid", b, later, payment);
            assertEquals(paidA, paid(a), "moved away from a");
            assertEquals(paidB + 12_345, paid(b), "moved to b");
            assertEquals(later, latestLineOn(b), "b's latest line day follows the payment moved to it");
        } finally {
            Db.update("DELETE FROM payment WHERE id = ?::uuid", payment);
            putBack(b, latestB); // so that the other tests see b's own lines' latest day
        }
        assertEquals(paidB, paid(b), "removed");
        assertEquals(List.of(), sumsThatDiffer());
    }

    static String version(UUID agreement) {
        return (String) Db.query("SELECT xmin::text AS v FROM agreement_ledger WHERE agreement_id = ?::uuid", agreement)
                .get(0).get("v");
    }

    @Test
    void R_PAY_8_a_charge_or_refund_moved_to_a_later_day_raises_its_ledgers_latest_day_and_a_change_of_nothing_writes_nothing()
            throws InterruptedException {
        ledgers();
        UUID a = UUID.fromString(first), b = UUID.fromString(second);
        LocalDate latestA = latestLineOn(a), latestB = latestLineOn(b);
        var charge = Db.query("SELECT id, due_date FROM charge WHERE agreement_id = ?::uuid ORDER BY due_date LIMIT 1", b).get(0);
        var refund = Db.query("SELECT id, refunded_on FROM credit_refund WHERE agreement_id = ?::uuid LIMIT 1", a).get(0);
        try {
            // the amounts stay: the statement moves nothing but a day, and the day must still reach the ledger
            Db.update("UPDATE charge SET due_date = ?::date WHERE id = ?::uuid", latestB.plusDays(300), charge.get("id"));
            assertEquals(latestB.plusDays(300), latestLineOn(b), "a charge falling due later");
            Db.update("UPDATE credit_refund SET refunded_on = ?::date WHERE id = ?::uuid", latestA.plusDays(200), refund.get("id"));
            assertEquals(latestA.plusDays(200), latestLineOn(a), "a refund paid out later");
            // retention blanks a refund's reference: neither amount nor day moves, so the sums get no new version
            String before = version(a);
            Db.update("UPDATE credit_refund SET reference = reference WHERE agreement_id = ?::uuid", a);
            assertEquals(before, version(a), "no new version of the sums for a change of nothing");
        } finally {
            Db.update("UPDATE charge SET due_date = ? WHERE id = ?::uuid", charge.get("due_date"), charge.get("id"));
            Db.update("UPDATE credit_refund SET refunded_on = ? WHERE id = ?::uuid", refund.get("refunded_on"), refund.get("id"));
            putBack(a, latestA);
            putBack(b, latestB);
        }
        assertEquals(List.of(), sumsThatDiffer());
        assertEquals(List.of(), linesBeyondTheirLatestDay());
    }

    @Test
    void R_PAY_8_the_sums_worked_out_afresh_equal_the_kept_ones_with_each_ledgers_latest_line_day() throws InterruptedException {
        ledgers();
        assertEquals(List.of(), sumsThatDiffer(), "kept");
        Db.query("SELECT agreement_ledger_rebuild()::text AS done");
        assertEquals(List.of(), sumsThatDiffer(), "worked out afresh");
        // afresh, the latest day is no upper bound but the very day of each ledger's latest line
        assertEquals(List.of(), Db.query("SELECT x.agreement_id, max(x.day) AS latest, l.latest_line_on FROM (" + LINE_DAYS + """
                ) x FULL JOIN agreement_ledger l ON l.agreement_id = x.agreement_id
                GROUP BY x.agreement_id, l.agreement_id, l.latest_line_on
                HAVING max(x.day) IS DISTINCT FROM l.latest_line_on"""));
    }

    /** Each agreement's open amount due by the day, from the kept sums and from charge_open_at; zeros left out. */
    static Map<UUID, Long> openAt(String sql, int dayParameters, LocalDate day) {
        Object[] days = new Object[dayParameters];
        java.util.Arrays.fill(days, Date.valueOf(day));
        Map<UUID, Long> out = new HashMap<>();
        for (var r : Db.query(sql, days)) {
            long open = ((Number) r.get("open_ore")).longValue();
            if (open != 0) out.put((UUID) r.get("agreement_id"), open);
        }
        return out;
    }

    @Test
    void R_PAY_4_arrears_on_any_day_from_the_kept_sums_equal_the_ledger_worked_out_month_by_month() throws InterruptedException {
        ledgers();
        String fromSums = StatisticsQueries.OPEN_AT_FROM_SUMS.replace(":to", "CAST(? AS date)");
        int parameters = fromSums.split("\\?", -1).length - 1;
        String ofEach = ("SELECT x.agreement_id, x.open_ore FROM agreement a CROSS JOIN LATERAL ("
                + StatisticsQueries.OPEN_AT_OF_AGREEMENT + ") x").replace(":to", "CAST(? AS date)");
        int ofEachParameters = ofEach.split("\\?", -1).length - 1;
        String definition = """
                SELECT o.agreement_id, sum(o.open_ore) AS open_ore FROM charge_open_at(CAST(? AS date)) o
                WHERE o.due_date <= CAST(? AS date) GROUP BY o.agreement_id""";
        // every month's end and due day the test ledgers reach, and today
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.now(OSLO));
        for (var r : Db.query("SELECT DISTINCT period FROM charge")) {
            YearMonth month = YearMonth.from(((Date) r.get("period")).toLocalDate());
            days.add(month.atEndOfMonth());
            days.add(month.atDay(19));
            days.add(month.atDay(20));
        }
        // and every day a line was written or fell due, and the day before: the sums must count a line on its own
        // day as before it, and a ledger whose latest line falls on the next day as reaching past the day (V58)
        for (var r : Db.query("""
                SELECT paid_on AS day FROM payment WHERE agreement_id IS NOT NULL UNION SELECT refunded_on FROM credit_refund
                UNION SELECT booked_on FROM charge UNION SELECT due_date FROM charge""")) {
            LocalDate day = ((Date) r.get("day")).toLocalDate();
            days.add(day);
            days.add(day.minusDays(1));
        }
        List<String> differ = new ArrayList<>();
        TreeSet<LocalDate> firstOwed = new TreeSet<>();
        for (LocalDate day : days) {
            Map<UUID, Long> expected = openAt(definition, 2, day);
            Map<UUID, Long> actual = openAt(fromSums, parameters, day);
            if (!expected.equals(actual)) differ.add(day + ": expected " + expected + ", from the sums " + actual);
            Map<UUID, Long> each = openAt(ofEach, ofEachParameters, day);
            if (!expected.equals(each)) differ.add(day + ": expected " + expected + ", agreement by agreement " + each);
            if (expected.containsKey(UUID.fromString(first))) firstOwed.add(day);
        }
        assertEquals(List.of(), differ);
        // the first ledger owed from its first due day (paid ahead only in part) until it was settled in the fourth month
        assertEquals(JAN.withDayOfMonth(20), firstOwed.first(), "owed from " + firstOwed);
        assertTrue(firstOwed.last().isBefore(JAN.plusMonths(3).plusDays(1)), "settled in the fourth month: " + firstOwed);
    }
}
