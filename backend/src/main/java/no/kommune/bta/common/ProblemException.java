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

    private ProblemException(int status, String name, String title, String detail, String rule,
                            List<Problem.Violation> violations) {
        super(detail != null ? detail : title);
        this.status = status;
        this.name = name;
        this.title = title;
        this.rule = rule;
        this.violations = violations;
    }

    /** A refusal of a catalogued type, with the detail the caller can act on. */
    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type.status(), type.slug(), type.title(), detail, type.rule(), null);
    }

    /** A refusal of a catalogued type that names the fields at fault. */
    public static ProblemException of(ProblemType type, String detail, List<Problem.Violation> violations) {
        return new ProblemException(type.status(), type.slug(), type.title(), detail, type.rule(), violations);
    }

    /** The same with one field at fault; the detail is the message. */
    public static ProblemException of(ProblemType type, String field, String message) {
        return of(type, message, List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return of(ProblemType.NOT_FOUND, what + " «" + id + "» finnes ikke");
    }

    public static ProblemException forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException staleVersion(String detail) {
        return of(ProblemType.STALE_VERSION, detail);
    }

    public static ProblemException badRequest(String field, String message) {
        return of(ProblemType.BAD_REQUEST, field + ": " + message, List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException invalid(String field, String message) {
        return of(ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.Violation(field, message)));
    }

    /** Several fields at fault at once: the detail lists them. */
    public static ProblemException invalid(ProblemType type, List<Problem.Violation> violations) {
        return of(type, String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList()),
                violations);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.BASE + name, title, status, getMessage(), instance, rule, violations);
    }

    public int status() {
        return status;
    }
}
