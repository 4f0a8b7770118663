package no.kommune.bta.security.matrix;

import java.util.List;
import no.kommune.bta.security.matrix.Request.Answer;

/** What one caller must get from one operation. */
public record Expected(Kind kind, List<String> strings) {
    static final String FORBIDDEN_TYPE = "https://bta.kommune.no/problems/forbidden";

    public enum Kind {
        /** No valid token: 401. */
        UNAUTHORIZED,
        /** A role the operation does not accept, or a facility the caller does not work at: 403. */
        FORBIDDEN,
        /** An id outside the caller's reach: 404, as for an id that does not exist. */
        NOT_FOUND,
        /**
         * An id outside the caller's reach named in a request body: answered as an unknown id is, 404 or a 422 that
         * names the field (never 2xx, never a 403 that tells the object exists).
         */
        AS_UNKNOWN,
        /**
         * The role is let through: 2xx, or a refusal from the object's state or a business rule (409, 422, or 403
         * with the rule's own problem type). Never 401, a plain 403, 404 or 5xx.
         */
        ALLOWED,
        /** A list: 200, and none of {@link #strings} (the ids and names of persons out of reach) anywhere in it. */
        LISTED_WITHOUT,
        /** A list: 200, holding every one of {@link #strings} (the persons the caller cares for). */
        LISTED_WITH
    }

    public static Expected of(Kind kind) {
        return new Expected(kind, List.of());
    }

    public static Expected listedWithout(List<String> strings) {
        return new Expected(Kind.LISTED_WITHOUT, strings);
    }

    public static Expected listedWith(List<String> strings) {
        return new Expected(Kind.LISTED_WITH, strings);
    }

    public boolean metBy(Answer a) {
        return switch (kind) {
            case UNAUTHORIZED -> a.status() == 401;
            case FORBIDDEN -> a.status() == 403;
            case NOT_FOUND -> a.status() == 404;
            case AS_UNKNOWN -> a.status() == 404 || a.status() == 422;
            case ALLOWED -> a.status() / 100 == 2 || a.status() == 409 || a.status() == 422
                    || (a.status() == 403 && a.problemType() != null && !FORBIDDEN_TYPE.equals(a.problemType()));
            case LISTED_WITHOUT -> a.status() == 200 && strings.stream().noneMatch(a.body()::contains);
            case LISTED_WITH -> a.status() == 200 && strings.stream().allMatch(a.body()::contains);
        };
    }

    /** Why an answer misses, for the table. */
    public String miss(Answer a) {
        if (kind == Kind.LISTED_WITHOUT && a.status() == 200) {
            return "lists " + strings.stream().filter(a.body()::contains).toList();
        }
        if (kind == Kind.LISTED_WITH && a.status() == 200) {
            return "lacks " + strings.stream().filter(s -> !a.body().contains(s)).toList();
        }
        return "";
    }

    @Override
    public String toString() {
        return switch (kind) {
            case UNAUTHORIZED -> "401";
            case FORBIDDEN -> "403";
            case NOT_FOUND -> "404";
            case AS_UNKNOWN -> "404/422 as unknown";
            case ALLOWED -> "allowed";
            case LISTED_WITHOUT -> "200 without them";
            case LISTED_WITH -> "200 with them";
        };
    }
}
