package no.kommune.bta.common;

import java.util.List;

/**
 * A refusal the caller can act on. {@code name} becomes the problem type URI, so every domain rule
 * gets a stable type the SPA and integrators can react to.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String name;
    private final String title;
    private final String rule;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String name, String title, String detail, String rule,
                            List<Problem.Violation> violations) {
        super(detail != null ? detail : title);
        this.status = status;
        this.name = name;
        this.title = title;
        this.rule = rule;
        this.violations = violations;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Finnes ikke", what + " «" + id + "» finnes ikke", null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Ingen tilgang", detail, null, null);
    }

    public static ProblemException staleVersion(String detail) {
        return new ProblemException(409, "stale-version", "Noen andre har endret dette i mellomtiden", detail, null, null);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "bad-request", "Ugyldig forespørsel", field + ": " + message, null,
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "validation", "Ugyldige felt", field + ": " + message, null,
                List.of(new Problem.Violation(field, message)));
    }

    /** A domain rule (R-…) refused the request. */
    public static ProblemException rule(int status, String name, String rule, String title, String detail) {
        return new ProblemException(status, name, title, detail, rule, null);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.BASE + name, title, status, getMessage(), instance, rule, violations);
    }

    public int status() {
        return status;
    }
}
