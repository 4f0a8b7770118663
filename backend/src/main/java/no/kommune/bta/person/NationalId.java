package no.kommune.bta.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import no.bekk.bekkopen.person.FodselsnummerValidator;

/**
 * Fødselsnummer and D-nummer (R-ACC-2): check digits by nocommons, birth date and sex derived from
 * the number, masking for lists. Synthetic test numbers (month + 40 or + 80) are accepted only where
 * configuration allows them (development and tests).
 */
public final class NationalId {

    /** {@code sex} is the {@link Sex} name; {@link #legalSex()} the enum. */
    public record Parsed(String value, LocalDate birthDate, String sex, boolean dNumber, boolean synthetic) {
        public Sex legalSex() {
            return Sex.valueOf(sex);
        }
    }

    private NationalId() {
    }

    /** Returns the parsed number, or null when it is not a valid fødselsnummer or D-nummer. */
    public static Parsed parse(String raw, boolean allowSynthetic) {
        if (raw == null) return null;
        String s = raw.replaceAll("[\\s.-]", "");
        if (!s.matches("\\d{11}")) return null;
        int month = Integer.parseInt(s.substring(2, 4));
        boolean synthetic = month > 12;
        if (synthetic && !allowSynthetic) return null;
        boolean valid;
        synchronized (NationalId.class) {
            boolean before = FodselsnummerValidator.ALLOW_SYNTHETIC_NUMBERS;
            FodselsnummerValidator.ALLOW_SYNTHETIC_NUMBERS = allowSynthetic;
            try {
                valid = FodselsnummerValidator.isValid(s);
            } finally {
                FodselsnummerValidator.ALLOW_SYNTHETIC_NUMBERS = before;
            }
        }
        if (!valid) return null;
        int day = Integer.parseInt(s.substring(0, 2));
        boolean d = day > 40;
        if (d) day -= 40;
        if (month > 80) month -= 80;
        else if (month > 40) month -= 40;
        int yy = Integer.parseInt(s.substring(4, 6));
        int individual = Integer.parseInt(s.substring(6, 9));
        int year = century(individual, yy) + yy;
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        // the ninth digit: odd for men, even for women
        Sex sex = (Character.getNumericValue(s.charAt(8)) % 2 == 1) ? Sex.MALE : Sex.FEMALE;
        return new Parsed(s, birth, sex.name(), d, synthetic);
    }

    /** The rule for the century from the individual number (Skatteetaten). */
    static int century(int individual, int yy) {
        if (individual <= 499) return 1900;
        if (individual >= 500 && individual <= 749 && yy >= 54) return 1800;
        if (individual >= 900 && yy >= 40) return 1900;
        return 2000;
    }

    /** "01019012345" → "010190 *****": lists never show the personal number. */
    public static String mask(String value) {
        if (value == null || value.length() != 11) return "*****";
        return value.substring(0, 6) + " *****";
    }
}
