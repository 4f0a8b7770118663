package no.kommune.bta.facility;

/** The two lists of a house-rules version (R-FAC-2); column {@code house_rule.category} (CHECK). */
public enum HouseRuleCategory {
    HOUSE,
    HMS
}
