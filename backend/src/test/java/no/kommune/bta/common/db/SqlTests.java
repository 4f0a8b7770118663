package no.kommune.bta.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.DbConstraints;
import no.kommune.bta.facility.Facility;
import org.junit.jupiter.api.Test;

/**
 * Sql runs on the transaction's own JDBC connection (issue 16) and keeps what Hibernate's native queries did: the
 * types rows read as, how values are sent, the flush before a statement, and the exceptions a failure becomes.
 */
@QuarkusTest
class SqlTests {
    @Inject
    EntityManager em;

    @Test
    void rows_read_as_the_product_expects() {
        Row r = QuarkusTransaction.requiringNew().call(() -> Sql.of(em, """
                SELECT DATE '2026-12-01' AS d, TIMESTAMPTZ '2026-12-01 10:15:30.123456+01' AS t, 7::int2 AS s,
                       count(*) AS c, sum(2::int8) AS total, '{"a": 1}'::jsonb AS j, ARRAY['x', 'y'] AS texts,
                       ARRAY['9a1c3f0e-1111-4222-8333-444455556666'::uuid] AS ids, NULL::date AS nothing""").rows().get(0));
        assertEquals(LocalDate.of(2026, 12, 1), r.raw("d"));
        assertEquals(Instant.parse("2026-12-01T09:15:30.123456Z"), r.raw("t"));
        assertEquals((short) 7, r.raw("s"));
        assertEquals(1L, r.raw("c"));
        assertEquals(new BigDecimal(2), r.raw("total"));
        assertEquals("{\"a\": 1}", r.raw("j"));
        assertEquals(List.of("x", "y"), r.strings("texts"));
        assertEquals(List.of(UUID.fromString("9a1c3f0e-1111-4222-8333-444455556666")), r.uuids("ids"));
        assertTrue(r.isNull("nothing"));
        assertEquals(1, r.intOr0("C"), "an unquoted alias is found whatever its case");
    }

    @Test
    void instants_are_sent_in_utc_and_dates_as_the_day_whatever_the_sessions_time_zone() {
        Instant at = Instant.parse("2026-03-29T00:59:59.999999Z");
        LocalDate day = LocalDate.of(2026, 3, 29);
        Row r = QuarkusTransaction.requiringNew().call(() -> {
            Sql.of(em, "SET LOCAL TIME ZONE 'Pacific/Kiritimati'").execute();
            return Sql.of(em, """
                    SELECT to_char(CAST(:at AS timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS utc,
                           CAST(:day AS date) AS day, CAST(:day AS date) + 1 AS next, :at < now() AS past""")
                    .bind("at", at).bind("day", day).rows().get(0);
        });
        assertEquals("2026-03-29T00:59:59.999999", r.str("utc"));
        assertEquals(day, r.date("day"));
        assertEquals(day.plusDays(1), r.date("next"));
        assertTrue(r.isTrue("past"), "an untyped instant takes its type from what it is compared with");
        Instant back = QuarkusTransaction.requiringNew().call(() -> Sql.of(em, "SELECT CAST(:at AS timestamptz) AS t")
                .bind("at", at).first(x -> x.instant("t")).orElseThrow());
        assertEquals(at.truncatedTo(ChronoUnit.MICROS), back);
    }

    @Test
    void collections_open_into_a_list_and_arrays_bind_as_sql_arrays_and_enums_by_name() {
        long inList = QuarkusTransaction.requiringNew().call(() -> Sql.of(em,
                "SELECT count(*) FROM unnest(ARRAY['BTA', 'OTHER', 'NONE']) k WHERE k IN (:kinds)")
                .bind("kinds", List.of(Kind.BTA, Kind.OTHER)).number());
        assertEquals(2, inList);
        long none = QuarkusTransaction.requiringNew().call(() -> Sql.of(em,
                "SELECT count(*) FROM unnest(ARRAY['BTA']) k WHERE k IN (:kinds)").bind("kinds", List.of()).number());
        assertEquals(0, none);
        UUID a = UUID.randomUUID();
        long inArray = QuarkusTransaction.requiringNew().call(() -> Sql.of(em,
                "SELECT count(*) FROM unnest(CAST(:ids AS uuid[])) x WHERE x = ANY (CAST(:ids AS uuid[])) AND x = :a")
                .bind("ids", new UUID[] {a, UUID.randomUUID()}).bind("a", a).number());
        assertEquals(1, inArray);
        String[] texts = QuarkusTransaction.requiringNew().call(() -> Sql.of(em, "SELECT CAST(:t AS text[]) AS t")
                .bind("t", new String[] {"æ", "ø"}).first(x -> x.strings("t").toArray(String[]::new)).orElseThrow());
        assertArrayEquals(new String[] {"æ", "ø"}, texts);
    }

    @Test
    void a_collection_inside_an_array_constructor_opens_into_its_elements() {
        String[] ids = QuarkusTransaction.requiringNew().call(() -> Sql.of(em, "SELECT CAST(ARRAY[:f] AS text[]) AS f")
                .bind("f", List.of("bakklandet", "osloveien-155")).first(x -> x.strings("f").toArray(String[]::new))
                .orElseThrow());
        assertArrayEquals(new String[] {"bakklandet", "osloveien-155"}, ids);
    }

    enum Kind { BTA, OTHER }

    @Test
    void a_limit_is_written_into_the_statement_and_a_named_parameter_must_be_bound_and_exist() {
        List<Integer> two = QuarkusTransaction.requiringNew().call(() -> Sql.of(em, "SELECT g FROM generate_series(1, 5) g ORDER BY g")
                .limit(2).list(x -> x.integer("g")));
        assertEquals(List.of(1, 2), two);
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> Sql.of(em,
                "SELECT 1 WHERE 1 = :one").rows()));
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() -> Sql.of(em,
                "SELECT 1 WHERE 1 = :one").bind("one", 1).bind("two", 2).rows()));
    }

    /** How PostgreSQL planned the statement whose text holds {@code marker}: generic and custom plans so far. */
    private long[] plans(String marker) {
        Row r = Sql.of(em, "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE :m")
                .bind("m", "%" + marker + "%").rows().get(0);
        return new long[] {((Number) r.raw("generic_plans")).longValue(), ((Number) r.raw("custom_plans")).longValue()};
    }

    /** Runs the statement (one parameter) eight times on the transaction's connection: the driver prepares it on the fifth. */
    private void eightTimes(String marker) {
        for (int i = 0; i < 8; i++) {
            assertEquals(10 - i, Sql.of(em, "SELECT count(*) /* " + marker + " */ FROM generate_series(1, 10) g WHERE g > :n")
                    .bind("n", i).number());
        }
    }

    @Test
    void an_inlined_value_is_written_into_the_statement_and_each_value_is_a_statement_of_its_own() {
        String marker = "inlined-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (boolean on : new boolean[] {true, false}) {
                for (int i = 0; i < 6; i++) {
                    assertEquals(on ? 10 - i : 0, Sql.of(em, "SELECT count(*) /* " + marker + " */ FROM generate_series(1, 10) g"
                            + " WHERE :on AND g > :n").bind("on", Sql.inlined(on)).bind("n", i).number());
                }
            }
            List<Row> kept = Sql.of(em, "SELECT statement, CAST(parameter_types AS text) AS types FROM pg_prepared_statements"
                    + " WHERE statement LIKE :m ORDER BY statement").bind("m", "%" + marker + "%").rows();
            assertEquals(2, kept.size(), "one statement for each value");
            assertTrue(kept.get(0).str("statement").contains("WHERE false AND g > $1"), kept.get(0).str("statement"));
            assertTrue(kept.get(1).str("statement").contains("WHERE true AND g > $1"), kept.get(1).str("statement"));
            assertEquals("{integer}", kept.get(0).str("types"), "the inlined value is not sent as a parameter");
        });
        String days = "SELECT count(*) FROM unnest(ARRAY['MONDAY', 'SUNDAY', 'FRIDAY']) d WHERE d IN (:days)";
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Sql.of(em, days)
                .bind("days", Sql.inlined(java.util.EnumSet.of(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.MONDAY))).number()));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Sql.of(em, days)
                .bind("days", Sql.inlined(java.util.Set.<java.time.DayOfWeek>of())).number()), "none inlined matches nothing");
        // inlined values beside a list and a parameter that stands twice: each ? still gets its own value
        assertEquals(List.of(3, 4, 8), QuarkusTransaction.requiringNew().call(() -> Sql.of(em, """
                        SELECT g FROM generate_series(1, 9) g WHERE :on AND g IN (:some) AND g > :low AND :on AND g >= :low
                        AND to_char(DATE '2026-12-07' + g - 1, 'FMDAY') IN (:days) ORDER BY g""")
                .bind("on", Sql.inlined(true)).bind("some", List.of(1, 3, 4, 8)).bind("low", 2)
                .bind("days", Sql.inlined(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY)))
                .list(r -> r.integer("g"))));
        java.util.List<java.time.DayOfWeek> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> Sql.inlined(withNull));
    }

    @Test
    void inlined_ids_are_written_sorted_and_once_and_only_plain_ids_are_taken() {
        String ids = "SELECT string_agg(x, ',' ORDER BY x) AS found FROM unnest(ARRAY['a-1', 'b_2', 'c3']) x"
                + " WHERE x IN (:ids) AND x = ANY (ARRAY[:ids]::text[])";
        assertEquals("a-1,b_2", QuarkusTransaction.requiringNew().call(() -> Sql.of(em, ids)
                .bind("ids", Sql.inlinedIds(List.of("b_2", "a-1", "b_2", "zz"))).first(r -> r.str("found")).orElseThrow()));
        String marker = "ids-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Sql.of(em, "SELECT count(*) /* " + marker + " */ FROM unnest(ARRAY[:ids]::text[]) x")
                    .bind("ids", Sql.inlinedIds(List.of("b", "a", "b"))).number();
            List<Row> kept = Sql.of(em, "SELECT statement FROM pg_prepared_statements WHERE statement LIKE :m")
                    .bind("m", "%" + marker + "%").rows();
            kept.forEach(r -> assertTrue(r.str("statement").contains("ARRAY['a', 'b']"), r.str("statement")));
        });
        for (String bad : new String[] {"a'b", "a b", "", "a;b", "ø"}) {
            assertThrows(IllegalArgumentException.class, () -> Sql.inlinedIds(List.of("ok", bad)), bad);
        }
        java.util.List<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> Sql.inlinedIds(withNull));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Sql.of(em,
                "SELECT count(*) FROM unnest(ARRAY['a']) x WHERE x IN (:ids)").bind("ids", Sql.inlinedIds(List.of())).number()));
    }

    @Test
    void every_statement_after_plan_once_from_here_keeps_its_plan_until_the_transaction_ends() {
        String marker = "plan-from-here-" + UUID.randomUUID();
        String usual = "plan-auto-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            eightTimes(usual);
            Sql.planOnceFromHere(em);
            eightTimes(marker);
            long[] p = plans(marker);
            assertEquals(0, p[1], "no custom plan after planOnceFromHere");
            assertTrue(p[0] >= 1, "its kept plan served the calls");
            assertTrue(plans(usual)[1] >= 1, "PostgreSQL's default plans a prepared statement afresh on its first runs");
        });
        assertEquals("auto", QuarkusTransaction.requiringNew().call(() ->
                        Sql.of(em, "SELECT current_setting('plan_cache_mode') AS m").scalar()),
                "a new transaction starts with the default");
        assertThrows(IllegalStateException.class, () -> Sql.planOnceFromHere(em),
                "outside a transaction the setting would outlive the work");
    }

    @Test
    void a_broken_constraint_comes_out_named_and_the_transaction_rolls_back() {
        PersistenceException e = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Sql.of(em, "CREATE TEMP TABLE sql_tests_once (k text CONSTRAINT sql_tests_once_k UNIQUE) ON COMMIT DROP").execute();
            Sql.of(em, "INSERT INTO sql_tests_once (k) VALUES (:k)").bind("k", "a").execute();
            Sql.of(em, "INSERT INTO sql_tests_once (k) VALUES (:k)").bind("k", "a").execute();
        }));
        assertInstanceOf(org.hibernate.exception.ConstraintViolationException.class, e);
        assertEquals("sql_tests_once_k", ((org.hibernate.exception.ConstraintViolationException) e).getConstraintName());
        assertTrue(DbConstraints.violated(e, "sql_tests_once_k"));
    }

    @Test
    void an_entity_changed_in_the_transaction_is_flushed_before_a_statement_reads_it() throws Exception {
        QuarkusTransaction.begin();
        try {
            Facility f = Sql.of(em, "SELECT id FROM facility ORDER BY id").limit(1)
                    .first(x -> em.find(Facility.class, x.str("id"))).orElseThrow();
            f.description = "endret i transaksjonen " + UUID.randomUUID();
            String read = Sql.of(em, "SELECT description FROM facility WHERE id = :id").bind("id", f.id)
                    .first(x -> x.str("description")).orElseThrow();
            assertEquals(f.description, read);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
