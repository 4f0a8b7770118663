package no.kommune.bta.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.reporting.StatisticsDtos.Count;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, deliverable 7: the statistics CSV is written by the one CSV writer. Its keys are the contract's own values
 * (destinations, reasons, sanction types), so no typed text reaches it through the API; a key that reads as a formula
 * is fed to it here, and comes out neutralised, while figures (a negative amount too) stay numbers.
 */
class StatisticsCsvTests {

    @Test
    void a_key_that_reads_as_a_formula_is_neutralised_and_figures_stay_numbers() {
        Statistics s = new Statistics("bakklandet", "Bakklandet", LocalDate.of(2013, 1, 1), LocalDate.of(2014, 12, 31), 12, 0,
                0, List.of(new Count("=HYPERLINK(\"https://x.example\";\"klikk\")", 7)), List.of(new Count("+1", 8)), 3, null,
                null, List.of(new Count("@SUM(A1:A9)", 9)), null, 0, 0, 0, null, 0, List.of(new Count("-2+3", 10)), 0, 0,
                0, -15_000L, null);
        String csv = StatisticsTexts.csv(s);
        assertTrue(csv.contains("utflytting etter bosted;\"'=HYPERLINK(\"\"https://x.example\"\";\"\"klikk\"\")\";7\n"), csv);
        assertTrue(csv.contains("utflytting etter grunn;'+1;8\n"), csv);
        assertTrue(csv.contains("botid (dager);'@SUM(A1:A9);9\n"), csv);
        assertTrue(csv.contains("reaksjoner;'-2+3;10\n"), csv);
        // an amount is kroner as on the screen, its minus sign no formula
        assertTrue(csv.contains("nøkkeltall;restanse ved periodens slutt;kr -150,00\n"), csv);
        assertTrue(csv.contains("nøkkeltall;beboere;12\n"), csv);
    }
}
