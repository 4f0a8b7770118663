package no.kommune.bta.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The named parameters of a statement's text, found the way PostgreSQL reads the text (issue 16). */
class NamedSqlTests {

    @Test
    void each_named_parameter_becomes_a_placeholder_in_order_and_a_name_may_repeat() {
        NamedSql s = NamedSql.parse("SELECT a FROM t WHERE f = :facility AND d >= :from AND d < :to OR g = :facility");
        assertEquals("SELECT a FROM t WHERE f = ? AND d >= ? AND d < ? OR g = ?", s.jdbc);
        assertArrayEquals(new String[] {"facility", "from", "to", "facility"}, s.names);
    }

    @Test
    void casts_quoted_text_quoted_names_dollar_bodies_and_comments_are_not_parameters() {
        String sql = """
                SELECT x::text, CAST(:a AS date), ':nope', 'it''s :nope', E'\\':nope', "col:nope", $$ :nope $$, $q$ :nope $q$ -- :nope
                /* :nope /* nested :nope */ still :nope */ FROM t WHERE y = :b""";
        NamedSql s = NamedSql.parse(sql);
        assertArrayEquals(new String[] {"a", "b"}, s.names);
        assertEquals(sql.replace("CAST(:a", "CAST(?").replace("y = :b", "y = ?"), s.jdbc);
    }

    @Test
    void an_operator_question_mark_is_doubled_so_the_driver_reads_it_as_text() {
        NamedSql s = NamedSql.parse("SELECT data ? 'k', '?' FROM t WHERE id = :id");
        assertEquals("SELECT data ?? 'k', '?' FROM t WHERE id = ?", s.jdbc);
    }

    @Test
    void a_collection_stands_for_one_placeholder_per_element_and_an_empty_one_for_null() {
        NamedSql s = NamedSql.parse("SELECT 1 FROM t WHERE id IN (:ids) AND k = :k");
        Map<String, Object> values = new HashMap<>();
        values.put("ids", List.of("a", "b", "c"));
        values.put("k", "x");
        assertEquals("SELECT 1 FROM t WHERE id IN (?, ?, ?) AND k = ?", s.text(values));
        values.put("ids", List.of());
        assertEquals("SELECT 1 FROM t WHERE id IN (NULL) AND k = ?", s.text(values));
        values.put("ids", "single");
        assertSame(s.jdbc, s.text(values));
    }

    @Test
    void the_same_text_is_parsed_once() {
        String sql = "SELECT 1 FROM t WHERE id = :id /* " + System.nanoTime() + " */";
        assertSame(NamedSql.of(sql), NamedSql.of(sql));
    }
}
