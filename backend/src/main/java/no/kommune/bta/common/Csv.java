package no.kommune.bta.common;

import java.util.regex.Pattern;

/**
 * The one CSV writer of every export: `;` between cells, a line per row (LF, as the exports have always ended their
 * lines), quoting as RFC 4180 says (a cell holding the separator, a quote, CR or LF is quoted, its quotes doubled),
 * and safe to open in a spreadsheet: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * CR would be run as a formula, so it is written with a single quote in front ({@code '=HYPERLINK(…)}). A plain
 * number stays a number, negative amounts in øre too ({@code -15000}).
 * <p>
 * A file for people starts with a UTF-8 byte order mark, so a spreadsheet (Excel) reads æ, ø and å right and splits the
 * cells at {@code ;} (issue 18). A file for machines ({@link #forMachines}: the ledger export other systems read) has
 * none, as their parsers would take it for part of the first column's name.
 */
public final class Csv {
    public static final char SEPARATOR = ';';
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The UTF-8 byte order mark a file for people starts with. */
    public static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder();

    private Csv(boolean forPeople) {
        if (forPeople) out.append(BOM);
    }

    /** A file for people: the byte order mark, then the header row. */
    public static Csv withHeader(String... columns) {
        return new Csv(true).row((Object[]) columns);
    }

    /** A file other systems read: the header row first, no byte order mark. */
    public static Csv forMachines(String... columns) {
        return new Csv(false).row((Object[]) columns);
    }

    /** One row; a null cell is empty, any other value is written as its text. */
    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.append(SEPARATOR);
            out.append(cell(cells[i]));
        }
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One cell as it is written: neutralised when a spreadsheet would run it, then quoted when it must be. */
    public static String cell(Object value) {
        if (value == null) return "";
        String text = value.toString();
        if (formulaLike(text)) text = "'" + text;
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Starts as a formula would, and is not a plain (possibly negative) number. */
    static boolean formulaLike(String text) {
        if (text.isEmpty()) return false;
        char first = text.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }
}
