package no.kommune.bta.agreement;

/** A party to the agreement: who signs (R-AGR-4) and who gives notice (R-AGR-2). Column {@code notice_by}. */
public enum Party {
    RESIDENT,
    MUNICIPALITY
}
