package no.kommune.bta.egenbetaling;

import static no.kommune.bta.egenbetaling.ClerkDesk.ACCOUNT;
import static no.kommune.bta.egenbetaling.ClerkDesk.loggedFor;
import static no.kommune.bta.egenbetaling.ClerkDesk.paysBy;
import static no.kommune.bta.egenbetaling.ClerkDesk.personOf;
import static no.kommune.bta.egenbetaling.ClerkDesk.resident;
import static no.kommune.bta.egenbetaling.ClerkDesk.text;
import static no.kommune.bta.egenbetaling.ClerkDesk.uniqueFamilyName;
import static no.kommune.bta.egenbetaling.ClerkDesk.unitOf;
import static no.kommune.bta.egenbetaling.EgenbetalingFlowTests.kid;
import static no.kommune.bta.egenbetaling.EgenbetalingFlowTests.run;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import no.bekk.bekkopen.banking.KidnummerValidator;
import no.bekk.bekkopen.banking.KontonummerValidator;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** R-PAY-2: a resident paying by invoice gets the month's invoice, alone or in the month's file for all (PDF text). */
@QuarkusTest
class InvoicePdfTests {
    static final String P = "https://bta.kommune.no/problems/";

    /** Every KID the text prints, in order. */
    static List<String> kidsPrinted(String text) {
        return Pattern.compile("KID (\\d+)").matcher(text).results().map(m -> m.group(1)).toList();
    }

    @Test
    void R_PAY_2_R_PAY_3_the_invoice_carries_the_months_amount_the_charges_valid_kid_the_account_and_the_due_date() throws Exception {
        String family = uniqueFamilyName();
        // 16 of July's 31 days: 600 000 × 16 / 31 = 309 677 øre
        String ag = resident(family, LocalDate.of(2026, 7, 16));
        paysBy(ag, "INVOICE", null);
        run("2026-07");
        String kid = kid(ag, "2026-07");
        assertEquals(309_677L, ((Number) Db.query("SELECT sum(amount_ore) AS s FROM charge WHERE agreement_id = ?::uuid "
                + "AND period = DATE '2026-07-01'", ag).get(0).get("s")).longValue());

        String invoice = text(ClerkDesk.pdf("/api/agreements/" + ag + "/invoices/2026-07"));
        assertTrue(invoice.contains("Beløp kr 3 096,77"), invoice);
        assertEquals(List.of(kid, kid), kidsPrinted(invoice), "the charge's KID, in the payment box and the text");
        assertTrue(KidnummerValidator.isValid(kid), "MOD10: " + kid);
        assertTrue(invoice.contains("Kontonummer " + ACCOUNT), invoice);
        assertTrue(KontonummerValidator.isValid(ACCOUNT.replace(".", "")), "MOD11: " + ACCOUNT);
        assertTrue(invoice.contains("Forfallsdato 20.07.2026"), invoice);
        assertTrue(invoice.contains("Kari " + family), invoice);
        assertTrue(invoice.contains(unitOf(ag) + ", Valøyveien 9"), invoice);
        assertTrue(invoice.contains("juli 2026"), invoice);
        assertTrue(loggedFor("getInvoice", personOf(ag)) > 0);

        // not invoiced that month, or not paying by invoice, or a month that is not one: a problem, never a PDF
        Api.as("okonomi1").get("/api/agreements/" + ag + "/invoices/2026-06").then().statusCode(409)
                .body("type", equalTo(P + "r-pay-2-nothing-to-invoice"));
        Api.asInvalid("okonomi1").get("/api/agreements/" + ag + "/invoices/2026-7").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
        paysBy(ag, "STANDING_ORDER", null);
        Api.as("okonomi1").get("/api/agreements/" + ag + "/invoices/2026-07").then().statusCode(409)
                .body("type", equalTo(P + "r-pay-2-not-invoiced"));
        Api.as("okonomi1").get("/api/agreements/" + java.util.UUID.randomUUID() + "/invoices/2026-07").then().statusCode(404);
        Api.as("valoya-leder").get("/api/agreements/" + ag + "/invoices/2026-07").then().statusCode(403);
    }

    @Test
    void R_PAY_2_the_months_file_has_a_page_for_every_resident_paying_by_invoice_and_no_one_else() throws Exception {
        String first = resident(uniqueFamilyName(), LocalDate.of(2026, 5, 1));
        String second = resident(uniqueFamilyName(), LocalDate.of(2026, 5, 1));
        String deducted = resident(uniqueFamilyName(), LocalDate.of(2026, 5, 1));
        paysBy(first, "INVOICE", null);
        paysBy(second, "INVOICE", null);
        paysBy(deducted, "DIRECT_DEDUCTION", LocalDate.of(2026, 4, 20));
        run("2026-05");

        byte[] pdf = ClerkDesk.pdf("/api/egenbetaling/invoices?period=2026-05");
        long invoiced = Db.query("SELECT 1 FROM charge c JOIN payment_setup s ON s.agreement_id = c.agreement_id "
                + "WHERE c.period = DATE '2026-05-01' AND s.method = 'INVOICE' AND c.amount_ore > 0").size();
        try (PDDocument doc = ClerkDesk.open(pdf)) {
            assertEquals(invoiced, doc.getNumberOfPages(), "a page per invoiced resident");
        }
        String all = text(pdf);
        List<String> kids = kidsPrinted(all);
        for (String ag : new String[] {first, second}) {
            assertEquals(2, kids.stream().filter(kid(ag, "2026-05")::equals).count(), all);
            assertTrue(loggedFor("getMonthlyInvoices", personOf(ag)) > 0, "each resident in the file is access-logged");
        }
        assertFalse(all.contains(kid(deducted, "2026-05")), "a NAV deduction resident gets no invoice");
        assertTrue(all.contains("Forfallsdato 20.05.2026"), all);
        assertTrue(all.contains("Beløp kr 6 000,00"), all);

        Api.as("okonomi1").queryParam("period", "2019-01").get("/api/egenbetaling/invoices").then().statusCode(409)
                .body("type", equalTo(P + "r-pay-2-nothing-to-invoice"));
        Api.asInvalid("okonomi1").queryParam("period", "mai").get("/api/egenbetaling/invoices").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
        Api.as("valoya-leder").queryParam("period", "2026-05").get("/api/egenbetaling/invoices").then().statusCode(403);
    }
}
