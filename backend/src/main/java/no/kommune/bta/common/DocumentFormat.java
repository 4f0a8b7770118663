package no.kommune.bta.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every document the backend makes (PDF letters, reports, CSV files) and every Norwegian sentence writes dates,
 * times, amounts and staff (issue 18): dates {@code dd.mm.åååå}, instants in Oslo time as {@code dd.mm.åååå kl. tt:mm},
 * amounts as {@code kr 5 000,00}. The spaces in an amount are ordinary spaces, in the thousands and after {@code kr}
 * alike, so a reader can search a PDF for the amount they were told. The one home of these formats: no document
 * keeps a formatter of its own.
 */
public final class DocumentFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm").withZone(Clocks.OSLO);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    private DocumentFormat() {
    }

    /** {@code 2026-10-27} → {@code 27.10.2026}; null → empty. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An instant in Oslo time: {@code 2026-01-15T23:30:00Z} → {@code 16.01.2026 kl. 00:30}; null → empty. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** {@code 2026-11} → {@code november 2026}. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** Whole øre → {@code kr 5 000,00}; a negative amount {@code kr -150,00}. */
    public static String kroner(long ore) {
        return "kr " + amount(ore);
    }

    /** Whole øre → {@code 5 000,00}, for text that already says {@code kr}. Integer arithmetic, no rounding. */
    public static String amount(long ore) {
        String sign = ore < 0 ? "-" : "";
        long abs = Math.abs(ore);
        String whole = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) grouped.append(' ');
            grouped.append(whole.charAt(i));
        }
        long cents = abs % 100;
        return sign + grouped + "," + (cents < 10 ? "0" : "") + cents;
    }

    /** A label inside a sentence: its first letter in lower case ({@code Brudd på HMS-reglene} → {@code brudd på HMS-reglene}). */
    public static String inSentence(String label) {
        if (label == null || label.isEmpty()) return "";
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** A share from 0 to 1 as a percentage with one decimal: {@code 0.701} → {@code 70,1 %}; null → empty. */
    public static String percent(Double share) {
        if (share == null) return "";
        return String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',') + " %";
    }

    /** A member of staff as documents name them: "Lars Leder, fagleder" for the account that acted; null → empty. */
    public static String staff(String account) {
        return account == null ? "" : StaffDirectory.labelOf(account);
    }
}
