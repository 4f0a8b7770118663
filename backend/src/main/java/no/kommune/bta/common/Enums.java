package no.kommune.bta.common;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the closed value sets of the contract from request text, refusing unknown values by field. */
public final class Enums {
    private Enums() {
    }

    /** The constant named {@code value}, if there is one. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
        if (value == null) return Optional.empty();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** The constant named {@code value}; otherwise 422 on {@code field} with {@code message}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String message) {
        return find(type, value).orElseThrow(() -> ProblemException.invalid(field, message));
    }

    /** The constant named {@code value}; otherwise 422 on {@code field} listing the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return parse(type, field, value, "må være en av " + names(EnumSet.allOf(type)));
    }

    /** Null stays null; anything else must name a constant. */
    public static <E extends Enum<E>> E parseOptional(Class<E> type, String field, String value, String message) {
        return value == null ? null : parse(type, field, value, message);
    }

    public static <E extends Enum<E>> String names(Set<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
