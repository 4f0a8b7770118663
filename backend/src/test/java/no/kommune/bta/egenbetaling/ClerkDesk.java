package no.kommune.bta.egenbetaling;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Fixtures for the clerk's desk tests: residents at Valøyveien 9 (fee 6 000 kr) with a name no one else has. */
final class ClerkDesk {
    static final String FAC = "valoyveien-9";
    static final String LEDER = "valoya-leder";
    /** The default of bta.invoices.account-number, as printed. */
    static final String ACCOUNT = "1234.56.78903";

    private ClerkDesk() {
    }

    /** A family name no other test uses, so that a search finds exactly this resident. */
    static String uniqueFamilyName() {
        StringBuilder sb = new StringBuilder("Kontorsen");
        for (int i = 0; i < 8; i++) sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        return sb.toString();
    }

    static String vacant() {
        return Api.as("esikt1").queryParam("facility", FAC).queryParam("from", "2026-01-01").get("/api/vacancies")
                .then().statusCode(200).extract().path("items[0].unitLabel");
    }

    /** A resident called Kari {@code family} who moved in on the day; returns the agreement id. */
    static String resident(String family, LocalDate movedIn) {
        // Valøyveien 9 is a tenancy facility: set to collect, as EgenbetalingFlowTests does (other tests may have changed it)
        Api.as("okonomi1").body(Map.of("collectsEgenbetaling", true)).post("/api/facilities/" + FAC + "/egenbetaling").then()
                .statusCode(200);
        UUID person = People.create("Kari", family, LocalDate.of(1990, 5, 5), "FEMALE");
        UUID intake = AgreementFlowTests.decidedIntake(person, FAC, vacant(), movedIn, movedIn);
        return AgreementFlowTests.movedIn(LEDER, intake, movedIn);
    }

    static void paysBy(String agreement, String method, LocalDate signedOn) {
        Map<String, Object> body = signedOn == null ? Map.of("method", method)
                : Map.of("method", method, "deductionAgreementSignedOn", signedOn.toString());
        Api.as("okonomi1").body(body).post("/api/agreements/" + agreement + "/payment-method").then().statusCode(200);
    }

    static String personOf(String agreement) {
        return Db.query("SELECT person_id FROM agreement WHERE id = ?::uuid", agreement).get(0).get("person_id").toString();
    }

    static String unitOf(String agreement) {
        return (String) Db.query("SELECT u.label FROM agreement a JOIN unit u ON u.id = a.unit_id WHERE a.id = ?::uuid", agreement)
                .get(0).get("label");
    }

    /** A payment by KID, as another system registers it. */
    static void pay(String kid, long ore, LocalDate paidOn) {
        String key = UUID.randomUUID().toString();
        Api.as("okonomi1").header("Idempotency-Key", key)
                .body(Map.of("kid", kid, "amountOre", ore, "paidOn", paidOn.toString(), "sourceReference", "CLERK-" + key))
                .post("/api/egenbetaling/payments").then().statusCode(201);
    }

    /** A PDF as okonomi1. */
    static byte[] pdf(String path) {
        return Api.as("okonomi1").get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    static PDDocument open(byte[] pdf) throws Exception {
        return Loader.loadPDF(pdf);
    }

    /** The PDF's text on one line. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = open(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").strip();
        }
    }

    /** The access-log rows of a call for a person, waiting for a row written off the I/O thread. */
    static int loggedFor(String operation, String person) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            int n = Db.query("SELECT 1 FROM access_log WHERE operation = ? AND person_id = ?::uuid", operation, person).size();
            if (n > 0) return n;
            Thread.sleep(100);
        }
        return 0;
    }
}
