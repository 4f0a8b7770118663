package no.kommune.bta.person;

import java.util.Locale;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.db.Filters;

/**
 * What a person list is searched by, from the text a user types: the birth date that starts the identity number (6
 * digits, which every list shows anyway) or the whole number (11), spaces, dots and dashes ignored; or else part of the
 * name. Any other count of digits is a 400: a search by 7 to 10 digits would let a caller read the masked digits of a
 * number one at a time. Every person list applies it the same way, to the
 * person it joins as {@code p}. The text comes in a request body, never in a URL (R-ACC-2: no number in a URL).
 *
 * @param byNumber whether the text is the start of a number
 * @param pattern  the LIKE pattern: the digits and a {@code %}, or the lower-cased text between two {@code %}; null
 *                 when there is nothing to search by
 */
public record PersonMatch(boolean byNumber, String pattern) {

    /** No search: the list as it is. */
    public static final PersonMatch NONE = new PersonMatch(false, null);

    /** The search for {@code text}; {@link #NONE} for null or blank. */
    public static PersonMatch of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return NONE;
        String digits = t.replaceAll("[\\s.-]", "");
        if (digits.matches("[0-9]{6}|[0-9]{11}")) return new PersonMatch(true, digits + "%");
        if (hasDigit(t)) {
            throw ProblemException.badRequest("query", "et nummer søkes med fødselsdatoen (6 sifre) eller hele nummeret (11 sifre)");
        }
        return new PersonMatch(false, "%" + likeLiteral(t.toLowerCase(Locale.ROOT)) + "%");
    }

    /** {@code text} matched as it is by LIKE: its own {@code %}, {@code _} and {@code \} are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The search for {@code text} from a URL's query parameter {@code field}: names only. A digit is a 400, so that no
     * identity number (nor the birth date it starts with) reaches a URL, where proxies and access logs keep it; the
     * message names {@code searchPath}, where the text goes in a body.
     */
    public static PersonMatch fromUrl(String text, String field, String searchPath) {
        if (hasDigit(text)) throw ProblemException.badRequest(field, "kan ikke inneholde sifre; søk på nummer med POST " + searchPath);
        return of(text);
    }

    /**
     * The search for {@code text} (body field {@code field}) by a caller who never sees identity numbers (ESIKT's
     * queue shows name, birth year and sex): names only, and a digit is a 400, since a match on a number would tell
     * them whose it is.
     */
    public static PersonMatch namesOnly(String text, String field) {
        if (hasDigit(text)) throw ProblemException.badRequest(field, "kan bare være et navn: ESIKT ser ikke fødselsnummer");
        return of(text);
    }

    /** A digit 0-9: the digits an identity number is written with (the contract's pattern {@code [^0-9]}). */
    private static boolean hasDigit(String text) {
        return text != null && text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** The condition on person {@code p}: the number starts with the digits, or the full name holds the text. */
    public String condition() {
        return byNumber ? "p.national_id LIKE :person_match" : "lower(p.given_name || ' ' || p.family_name) LIKE :person_match";
    }

    /** {@code filters} with this search on person {@code p} added, when there is one. */
    public Filters addTo(Filters filters) {
        return filters.given(pattern, condition(), "person_match");
    }
}
