package no.kommune.bta.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentsTests {
    static Map<String, BigDecimal> audit(int a, int b, int c) {
        return Map.of("q1", BigDecimal.valueOf(a), "q2", BigDecimal.valueOf(b), "q3", BigDecimal.valueOf(c));
    }

    static boolean met(Instruments.Scored s) {
        return s.readings().stream().anyMatch(Instruments.Reading::met);
    }

    @Test
    void R_FOL_2_audit_c_totals_and_cut_offs_differ_by_sex() {
        var ins = Instruments.find("AUDIT_C").orElseThrow();
        var three = Instruments.score(ins, audit(1, 1, 1), "FEMALE");
        assertEquals(new BigDecimal("3"), three.total());
        assertTrue(met(three), "3 is over the cut-off for women");
        assertFalse(met(Instruments.score(ins, audit(1, 1, 1), "MALE")), "3 is under the cut-off for men");
        assertTrue(met(Instruments.score(ins, audit(2, 1, 1), "MALE")), "4 is at the cut-off for men");
        assertEquals(new BigDecimal("12"), Instruments.score(ins, audit(4, 4, 4), "MALE").total());
        assertFalse(Instruments.validate(ins, audit(5, 0, 0)).isEmpty(), "5 is no answer on AUDIT-C");
        assertFalse(Instruments.validate(ins, Map.of("q1", BigDecimal.ONE)).isEmpty(), "every item needs an answer");
    }

    @Test
    void R_FOL_2_ors_is_clinical_below_25_and_europasi_reads_each_area() {
        var ors = Instruments.find("ORS").orElseThrow();
        Map<String, BigDecimal> low = Map.of("individual", new BigDecimal("5.5"), "interpersonal", new BigDecimal("6"),
                "social", new BigDecimal("6"), "overall", new BigDecimal("7"));
        assertTrue(Instruments.validate(ors, low).isEmpty());
        var s = Instruments.score(ors, low, "MALE");
        assertEquals(new BigDecimal("24.5"), s.total());
        assertTrue(met(s));
        assertFalse(Instruments.validate(ors, Map.of("individual", new BigDecimal("5.55"), "interpersonal", BigDecimal.ONE,
                "social", BigDecimal.ONE, "overall", BigDecimal.ONE)).isEmpty(), "one decimal at most");
        var asi = Instruments.find("EUROPASI").orElseThrow();
        var ratings = Map.of("medical", BigDecimal.ONE, "employment", BigDecimal.valueOf(5), "alcohol", BigDecimal.ZERO,
                "drugs", BigDecimal.valueOf(7), "legal", BigDecimal.ONE, "family", BigDecimal.valueOf(3), "psychiatric", BigDecimal.valueOf(4));
        var r = Instruments.score(asi, ratings, "FEMALE");
        assertEquals(null, r.total());
        assertEquals(3, r.readings().stream().filter(Instruments.Reading::met).count());
    }

    @Test
    void every_cut_off_names_its_source() {
        Instruments.ALL.forEach(i -> i.cutoffs().forEach(c -> assertFalse(c.source().isBlank(), i.id())));
    }
}
