package no.kommune.bta.person;

/** Legal sex as the national identity number gives it (contract {@code Sex}; column {@code person.sex}, CHECK). */
public enum Sex {
    FEMALE,
    MALE
}
