package no.kommune.bta.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kommune.bta.reporting.StatisticsDtos.Count;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;
import org.junit.jupiter.api.Test;

class StatisticsTextsTests {

    static Statistics figures(long served, long still) {
        return new Statistics("bakklandet", "Bakklandet", LocalDate.of(2013, 1, 1), LocalDate.of(2014, 12, 31), served, 0,
                0, List.of(), List.of(), still, null, null, List.of(), null, 0, 0, 0, null, 0, List.of(new Count("EXCLUSION", 1)),
                0, 0, 0, 0, null);
    }

    @Test
    void R_STA_1_the_summary_tells_breaches_once_and_destinations_in_order() {
        String text = StatisticsTexts.summary(figures(12, 3), false,
                Map.of("OWN_HOME", 1L, "MUNICIPAL_RENTAL", 2L, "DECEASED", 1L), 4);
        assertEquals("Fra januar 2013 til desember 2014 har Bakklandet hatt i alt 12 beboere. Av dem har 4 flyttet etter "
                + "oppsigelse for brudd eller restanse, 2 til kommunal utleiebolig, 1 til egen eid bolig og 1 er døde. "
                + "3 bor der fortsatt.", text);
    }

    @Test
    void R_STA_1_the_whole_municipality_is_named_so() {
        String text = StatisticsTexts.summary(figures(0, 0), true, Map.of(), 0);
        assertEquals("Fra januar 2013 til desember 2014 har botiltakene i kommunen hatt i alt 0 beboere. 0 bor der fortsatt.",
                text);
    }

    @Test
    void R_STA_1_the_csv_has_one_line_per_figure() {
        String csv = StatisticsTexts.csv(figures(12, 3));
        // issue 18: a file for people starts with the byte order mark, so a spreadsheet reads ø and splits at ';'
        assertTrue(csv.startsWith("\uFEFFtabell;nøkkel;verdi\nnøkkeltall;beboere;12\n"), csv);
        assertTrue(csv.contains("reaksjoner;Bortvisning;1\n"), csv);
        assertTrue(csv.contains("nøkkeltall;gjennomsnittlig botid (dager);\n"), csv);
    }
}
