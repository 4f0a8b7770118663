package no.kommune.bta.egenbetaling;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.kommune.bta.egenbetaling.ClerkQueries.LetterFacts;
import no.kommune.bta.egenbetaling.ClerkQueries.MonthLine;
import no.kommune.bta.common.DocumentFormat;

/**
 * The clerk's desk in bokmål (R-PAY-2): the invoice a resident paying by INVOICE gets each month, the letter with
 * the KID and account a resident paying by standing order gets once, the NAV list's columns and the refusals.
 */
public final class ClerkTexts {
    private ClerkTexts() {
    }

    /** One page of a PDF: a heading, who sends it and to whom, the payment details and the text. */
    public record Page(String title, String issuer, List<String> recipient, List<Field> fields, List<String> paragraphs) {
    }

    /** A label and its value, as printed in the payment box. */
    public record Field(String label, String value) {
    }

    /** "november 2026". */
    static String month(YearMonth m) {
        return DocumentFormat.month(m);
    }

    /** "1234.56.78903": the account number as banks print it (11 digits); anything else as given. */
    static String account(String number) {
        String digits = number.replaceAll("[ .]", "");
        if (!digits.matches("\\d{11}")) return number;
        return digits.substring(0, 4) + "." + digits.substring(4, 6) + "." + digits.substring(6);
    }

    private static List<String> recipient(String name, String unitLabel, String facilityName, String facilityAddress) {
        List<String> to = new ArrayList<>(List.of(name, unitLabel + ", " + facilityName));
        if (facilityAddress != null && !facilityAddress.isBlank()) to.add(facilityAddress);
        return to;
    }

    // ---------------------------------------------------------------- the invoice

    static Page invoice(MonthLine l, InvoiceSettings s) {
        return new Page("Faktura for egenbetaling " + month(l.period()), s.issuer(),
                recipient(l.personName(), l.unitLabel(), l.facilityName(), l.facilityAddress()),
                List.of(new Field("Gjelder", "Egenbetaling for " + month(l.period())),
                        new Field("Beløp", DocumentFormat.kroner(l.amountOre())),
                        new Field("Forfallsdato", DocumentFormat.date(l.dueDate())),
                        new Field("Kontonummer", account(s.accountNumber())),
                        new Field("KID", l.kid())),
                List.of("Egenbetalingen for " + month(l.period()) + " er " + DocumentFormat.kroner(l.amountOre()) + " for " + l.unitLabel() + " ved "
                                + l.facilityName() + ".",
                        "Betal til kontonummer " + account(s.accountNumber()) + " innen " + DocumentFormat.date(l.dueDate())
                                + ", og bruk KID " + l.kid() + " så betalingen blir registrert på deg.",
                        "Har du spørsmål om egenbetalingen, kan du kontakte personalet der du bor."));
    }

    // ---------------------------------------------------------------- the standing-order letter

    static Page standingOrderLetter(LetterFacts f, String kid, InvoiceSettings s, int dueDay) {
        return new Page("Fast betaling av egenbetaling", s.issuer(),
                recipient(f.personName(), f.unitLabel(), f.facilityName(), f.facilityAddress()),
                List.of(new Field("Kontonummer", account(s.accountNumber())),
                        new Field("KID", kid),
                        new Field("Beløp hver måned", DocumentFormat.kroner(f.feeOre())),
                        new Field("Forfall", "den " + dueDay + ". hver måned")),
                List.of("Du har valgt å betale egenbetalingen med et fast betalingsoppdrag i banken din.",
                        "Legg inn oppdraget i nettbanken med kontonummeret og KID-en over. Bruk alltid denne KID-en: "
                                + "da blir hver betaling registrert på deg, og den dekker den eldste egenbetalingen som ikke er betalt.",
                        "Endres egenbetalingen, får du beskjed, og du må da endre beløpet i oppdraget.",
                        "Har du spørsmål, kan du kontakte personalet der du bor."));
    }

    // ---------------------------------------------------------------- the list for NAV

    static final List<String> NAV_CSV_HEADER = List.of("periode", "avtale_id", "person_id", "navn", "fodselsdato", "botiltak", "boenhet",
            "belop_ore", "kid", "forfallsdato", "trekkavtale_signert");

    // ---------------------------------------------------------------- refusals and parameters

    static final String NOT_INVOICE = "Beboeren betaler ikke med faktura; velg faktura som betalingsmåte først";
    static final String NOT_STANDING_ORDER = "Beboeren betaler ikke med fast betalingsoppdrag; velg det som betalingsmåte først";
    static final String NO_KID_YET = "Avtalen har ingen egenbetaling med KID ennå; kjør trekket for måneden først";
    static final String Q_TOO_LONG = "høyst 100 tegn";
    static final String FACILITY_FORMAT = "må være et botiltak-id (små bokstaver, tall og bindestrek)";

    static String nothingOwed(YearMonth m) {
        return "Avtalen har ingen egenbetaling å betale for " + month(m);
    }

    static String noInvoices(YearMonth m) {
        return "Ingen beboere som betaler med faktura, har egenbetaling for " + month(m);
    }
}
