package no.kommune.bta.common;

/**
 * The bounds of the amounts and counts a caller sends, as the contract's {@code minimum} and {@code maximum} state them
 * (issue 15). Bean validation on the request records enforces them (422 naming the field); an integer too large for its
 * type is a 400 before that.
 */
public final class Bounds {
    /** The largest single amount entered (a payment, refund, deposit, instalment or housing benefit): 1 000 000 kr. */
    public static final long MAX_AMOUNT_ORE = 100_000_000L;
    public static final String AMOUNT_TOO_HIGH = "kan være høyst 100000000 øre (1 000 000 kr)";
    /** The largest rule number in a set of house rules or HMS rules. */
    public static final int MAX_RULE_NUMBER = 1000;
    public static final String RULE_NUMBER = "må være mellom 1 og 1000";
    /** The largest house-rules version. */
    public static final int MAX_VERSION = 100_000;
    public static final String VERSION = "må være mellom 1 og 100000";

    private Bounds() {
    }
}
