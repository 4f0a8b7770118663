package no.kommune.bta.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R-ACC-2: what innsyn says for each log row, and for an operation the text table does not name. */
class InnsynTextsTests {

    @Test
    void R_ACC_2_a_named_operation_reads_as_its_text_and_a_list_names_the_staffs_unit() {
        assertEquals("Leste personopplysninger", InnsynTexts.what("getPerson", "person", InnsynKind.READ, List.of("Bakklandet")));
        assertEquals("Vist i listen over avtaler ved Bakklandet bo- og tjenestetilbud",
                InnsynTexts.what("listAgreements", "agreement", InnsynKind.LIST, List.of("Bakklandet bo- og tjenestetilbud")));
        assertEquals("Vist i listen over avtaler ved A, B og C",
                InnsynTexts.what("listAgreements", "agreement", InnsynKind.LIST, List.of("A", "B", "C")));
        assertEquals("Vist i søket etter personer", InnsynTexts.what("searchPersons", "person", InnsynKind.LIST, List.of()));
    }

    @Test
    void R_ACC_2_an_operation_the_table_does_not_name_is_described_by_its_kind_and_resource() {
        assertEquals("Leste opplysninger (avtale)", InnsynTexts.what("getSomethingNew", "agreement", InnsynKind.READ, List.of()));
        assertEquals("Registrerte eller endret opplysninger (opplysninger)",
                InnsynTexts.what("doSomething", "unknown-type", InnsynKind.CHANGE, List.of()));
        assertEquals("Vist i en liste (hendelse) ved Valøyveien 9",
                InnsynTexts.what("listNewThings", "incident", InnsynKind.LIST, List.of("Valøyveien 9")));
    }

    @Test
    void R_ACC_4_lists_searches_and_reports_are_list_appearances_and_a_residents_own_records_are_reads() {
        assertTrue(InnsynTexts.LIST_OPERATIONS.contains("listAgreements"));
        assertTrue(InnsynTexts.LIST_OPERATIONS.contains("searchPersons"));
        assertTrue(!InnsynTexts.LIST_OPERATIONS.contains("listAssessments"), "a resident's own assessments are a read");
    }

    @Test
    void R_ACC_2_who_their_role_and_unit_and_the_outcome_in_words() {
        assertEquals("Ola Østmo", InnsynTexts.staffName("Ola Østmo", "osloveien155-leder", "bta-frontend", InnsynKind.READ));
        assertEquals("osloveien155-leder", InnsynTexts.staffName(" ", "osloveien155-leder", "bta-frontend", InnsynKind.READ));
        assertEquals("bta-integration", InnsynTexts.staffName(null, null, "bta-integration", InnsynKind.READ));
        assertEquals(InnsynTexts.SYSTEM, InnsynTexts.staffName(null, "system", null, InnsynKind.JOB));
        assertEquals("Fagleder, ansatt ved botiltak", InnsynTexts.roles(List.of("botiltak", "fagleder"), InnsynKind.READ));
        assertEquals("Automatisk jobb", InnsynTexts.roles(List.of(), InnsynKind.JOB));
        assertEquals("Helse- og velferdskontoret (HVK)", InnsynTexts.unit(List.of(), List.of("hvk")));
        assertEquals("Osloveien 155", InnsynTexts.unit(List.of("Osloveien 155"), List.of("fagleder", "botiltak")));
        assertEquals("Utført", InnsynTexts.outcome(201));
        assertEquals("Avvist: ingen tilgang", InnsynTexts.outcome(403));
        assertEquals("Avvist: ikke funnet eller ingen tilgang", InnsynTexts.outcome(404));
        assertEquals("Avvist: ugyldig forespørsel", InnsynTexts.outcome(400));
    }
}
