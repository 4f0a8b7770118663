package no.kommune.bta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 15, deliverable 7: the one CSV writer quotes as RFC 4180 says and writes nothing a spreadsheet would run. */
class CsvTests {

    @Test
    void a_cell_with_the_separator_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled() {
        assertEquals("\"a;b\"", Csv.cell("a;b"));
        assertEquals("\"si \"\"hei\"\"\"", Csv.cell("si \"hei\""));
        assertEquals("\"to\nlinjer\"", Csv.cell("to\nlinjer"));
        assertEquals("\"to\r\nlinjer\"", Csv.cell("to\r\nlinjer"));
        assertEquals("vanlig tekst, med komma", Csv.cell("vanlig tekst, med komma"));
        assertEquals("", Csv.cell(null));
        assertEquals("", Csv.cell(""));
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"https://x.example\"\";\"\"klikk\"\")\"", Csv.cell("=HYPERLINK(\"https://x.example\";\"klikk\")"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1:A9)", Csv.cell("@SUM(A1:A9)"));
        assertEquals("'\tTAB", Csv.cell("\tTAB"));
        assertEquals("\"'\r=1\"", Csv.cell("\r=1"));
        assertEquals("'+47 912 34 567", Csv.cell("+47 912 34 567"));
        assertEquals("'-", Csv.cell("-"));
        // a formula further in is no formula
        assertEquals("Ola =1+1", Csv.cell("Ola =1+1"));
    }

    @Test
    void a_plain_number_stays_a_number_negative_amounts_in_ore_too() {
        assertEquals("-15000", Csv.cell(-15000L));
        assertEquals("-15000", Csv.cell("-15000"));
        assertEquals("600000", Csv.cell(600_000));
        assertEquals("-0.5", Csv.cell(-0.5));
        assertEquals("2026-12-01", Csv.cell(LocalDate.of(2026, 12, 1)));
        assertEquals("'-1e5", Csv.cell("-1e5"));
        assertEquals("'-15000;1", Csv.cell("-15000;1").replace("\"", ""));
    }

    @Test
    void rows_are_joined_by_the_separator_and_end_with_a_line_feed() {
        String csv = Csv.forMachines("a", "b", "c").row("=x", null, -3).row("1", "2;3", "\"").toString();
        assertEquals("a;b;c\n'=x;;-3\n1;\"2;3\";\"\"\"\"\n", csv);
    }

    @Test
    void a_file_for_people_starts_with_the_byte_order_mark_and_a_file_for_machines_does_not() {
        assertEquals("\uFEFFa;b\nø;1\n", Csv.withHeader("a", "b").row("ø", 1).toString());
        assertEquals("a;b\nø;1\n", Csv.forMachines("a", "b").row("ø", 1).toString());
    }
}
