package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EgenbetalingTextsTests {

    @Test
    void ledger_lines_name_the_month_and_the_days_of_a_part_month() {
        assertEquals("Egenbetaling 03.2026", EgenbetalingTexts.chargeLine(LocalDate.of(2026, 3, 1), 31));
        assertEquals("Egenbetaling 03.2026 (16 dager)", EgenbetalingTexts.chargeLine(LocalDate.of(2026, 3, 1), 16));
        assertEquals("Egenbetaling 02.2028", EgenbetalingTexts.chargeLine(LocalDate.of(2028, 2, 1), 29));
        assertEquals("Innbetaling (ocr)", EgenbetalingTexts.paymentLine(PaymentChannel.OCR));
    }

    @Test
    void allowed_values_are_listed_as_before() {
        assertEquals("må være DIRECT_DEDUCTION, STANDING_ORDER eller INVOICE", EgenbetalingTexts.oneOf(PaymentMethod.values()));
        assertEquals("må være APPLIED, GRANTED eller REFUSED", EgenbetalingTexts.oneOf(HousingBenefitStatus.values()));
    }
}
