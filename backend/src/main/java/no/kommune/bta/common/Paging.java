package no.kommune.bta.common;

/** Checked page request: page from 0, size 1..200. Out-of-range values are a 400 naming the parameter. */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 200;
    /** The page size when the caller names none. */
    public static final int DEFAULT_SIZE = 50;

    /** Query parameters arrive as text so that a non-number is a 400 naming the parameter, not a 404. */
    public static Paging of(String page, String size) {
        int p = parse("page", page, 0);
        int s = parse("size", size, DEFAULT_SIZE);
        if (p < 0) throw ProblemException.badRequest("page", "må være 0 eller større");
        if (s < 1 || s > MAX_SIZE) throw ProblemException.badRequest("size", "må være mellom 1 og " + MAX_SIZE);
        return new Paging(p, s);
    }

    private static int parse(String name, String value, int dflt) {
        if (value == null || value.isBlank()) return dflt;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "må være et heltall");
        }
    }

    public int offset() {
        return page * size;
    }
}
