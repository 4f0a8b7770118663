package no.kommune.bta.security.matrix;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The values of {@code x-scope} in openapi.yaml: how far a caller with one of the operation's roles reaches
 * (the vocabulary is explained in the contract's info.description).
 */
public enum Scope {
    /** Ids in the path or body belong to a person: outside the care relationship they answer 404, as a missing id. */
    PERSON,
    /** A facility named in the path, query or body (or through a unit): staff who do not work there get 403. */
    FACILITY,
    /** A list: 200 for every accepted role, holding only what the caller may see; a foreign facility filter is 403. */
    LIST,
    /** No person data: the same answer for everyone with the role. */
    NONE;

    public static Optional<Scope> parse(String value) {
        if (value == null) return Optional.empty();
        return Arrays.stream(values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(value)).findFirst();
    }
}
