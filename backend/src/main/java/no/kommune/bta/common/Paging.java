package no.kommune.bta.common;

/**
 * Checked page request: page from 0 to {@value #MAX_PAGE}, size 1..{@value #MAX_SIZE} (a list with its own bound: up to
 * 500), so that page × size stays far inside an int (an OFFSET of at most five million rows). Out-of-range values are
 * a 400 naming the parameter.
 */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 200;
    /** The last page a caller may ask for (the contract's {@code maximum} of {@code page}). */
    public static final int MAX_PAGE = 10_000;
    /** The page size when the caller names none. */
    public static final int DEFAULT_SIZE = 50;

    /** Query parameters arrive as text so that a non-number is a 400 naming the parameter, not a 404. */
    public static Paging of(String page, String size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    /** A list with its own page sizes (an agreement's ledger lines); the pages are bounded as every list's. */
    public static Paging of(String page, String size, int defaultSize, int maxSize) {
        int p = parse("page", page, 0);
        int s = parse("size", size, defaultSize);
        if (p < 0 || p > MAX_PAGE) throw ProblemException.badRequest("page", "må være mellom 0 og " + MAX_PAGE);
        if (s < 1 || s > maxSize) throw ProblemException.badRequest("size", "må være mellom 1 og " + maxSize);
        return new Paging(p, s);
    }

    private static int parse(String name, String value, int dflt) {
        if (value == null || value.isBlank()) return dflt;
        String v = value.strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            // a whole number too large for an int is out of range, and refused as such by the bounds
            if (v.matches("-?\\d+")) return v.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            throw ProblemException.badRequest(name, "må være et heltall");
        }
    }

    public int offset() {
        return page * size;
    }
}
