package no.kommune.bta.common;

/** Recognises the database constraint a failed write broke, so a rule the database keeps becomes a problem. */
public final class DbConstraints {
    private DbConstraints() {
    }

    /** Whether {@code e} (or a cause) is the violation of the named constraint. */
    public static boolean violated(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && constraint.equals(c.getConstraintName())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(constraint)) return true;
        }
        return false;
    }
}
