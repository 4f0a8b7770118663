package no.kommune.bta.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R-ACC-2: the scanner the test log is checked with finds valid numbers, and only those. */
class IdentityNumberScanTests {

    /** The contract's example: a synthetic number (month + 80) for 15 September 1990, with valid check digits. */
    private static final String FODSELSNUMMER = "15899044492";

    private static String wrongCheckDigit(String n) {
        return n.substring(0, 10) + ((Character.getNumericValue(n.charAt(10)) + 1) % 10);
    }

    @Test
    void R_ACC_2_finds_a_valid_number_alone_or_written_with_a_separator() {
        String synthetic = People.syntheticNumber(LocalDate.of(1985, 3, 14), "MALE");
        assertEquals(List.of(synthetic.substring(0, 6) + " *****"), IdentityNumberScan.numbersIn("q=" + synthetic + "&page=0"));
        assertEquals(List.of("158990 *****"), IdentityNumberScan.numbersIn("Key (national_id)=(158990 44492) already exists"));
        assertEquals(List.of("158990 *****"), IdentityNumberScan.numbersIn("nummer 158990-44492."));
        assertEquals(1, IdentityNumberScan.numbersIn(FODSELSNUMMER).size());
    }

    @Test
    void R_ACC_2_finds_a_d_number() {
        String d = dNumber();
        assertTrue(NationalId.parse(d, false).dNumber(), "the example is a D-nummer");
        assertEquals(1, IdentityNumberScan.numbersIn("person " + d).size());
    }

    @Test
    void R_ACC_2_ignores_wrong_check_digits_masked_numbers_and_longer_digit_runs() {
        assertEquals(List.of(), IdentityNumberScan.numbersIn("q=" + wrongCheckDigit(FODSELSNUMMER)));
        assertEquals(List.of(), IdentityNumberScan.numbersIn("nationalIdMasked: 158990 *****"));
        assertEquals(List.of(), IdentityNumberScan.numbersIn("took 1" + FODSELSNUMMER + " ns, id " + FODSELSNUMMER + "7"));
        assertEquals(List.of(), IdentityNumberScan.numbersIn("b7a00000-0000-4000-8000-000000000001 at 2026-10-05T08:14:52Z"));
    }

    @Test
    void R_ACC_2_scans_a_file_and_names_the_line_without_the_number(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("quarkus-test.log");
        Files.writeString(log, "08:00:00 INFO started\n08:00:01 ERROR Key (national_id)=(" + FODSELSNUMMER + ")\n"
                + "08:00:02 INFO " + wrongCheckDigit(FODSELSNUMMER) + "\n");
        var findings = IdentityNumberScan.scan(log);
        assertEquals(1, findings.size());
        assertEquals("quarkus-test.log:2: 158990 *****", findings.get(0).toString());
    }

    /** A valid D-nummer for 1 February 1980 (day + 40): the first eleven digits that pass the check digits. */
    private static String dNumber() {
        for (int rest = 0; rest < 100_000; rest++) {
            String n = String.format("410280%05d", rest);
            if (NationalId.parse(n, false) != null) return n;
        }
        throw new IllegalStateException("no D-nummer");
    }
}
