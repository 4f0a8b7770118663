package no.kommune.bta.security.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import no.kommune.bta.security.Roles;
import no.kommune.bta.support.Tokens;

/** Who calls: five tokens that must be refused, one demo user per role, and the outsiders. */
public final class Callers {
    /** The representative of each role at Bakklandet (or municipality-wide), in the order their calls are made. */
    static final List<Caller> INSIDERS = List.of(
            user("hvk1", Roles.HVK, Set.of(Roles.HVK)),
            user("esikt1", Roles.ESIKT, Set.of(Roles.ESIKT)),
            user("bakklandet1", Roles.BOTILTAK, Set.of(Roles.BOTILTAK)),
            user("bakklandet-leder", Roles.FAGLEDER, Set.of(Roles.FAGLEDER, Roles.BOTILTAK)),
            user("okonomi1", Roles.OKONOMI, Set.of(Roles.OKONOMI)),
            user("kontroll1", Roles.KONTROLL, Set.of(Roles.KONTROLL)),
            new Caller("integration client", Roles.INTEGRASJON, Set.of(Roles.INTEGRASJON), Tokens::integration));

    /** Staff of another facility holding the role, another HVK caseworker, and ESIKT once the resident has moved in. */
    static final List<Outsider> OUTSIDERS = List.of(
            new Outsider(user("heidrun1", Roles.BOTILTAK, Set.of(Roles.BOTILTAK)), Reach.OTHER_FACILITY, "heidrunsenteret"),
            new Outsider(user("valoya-leder", Roles.FAGLEDER, Set.of(Roles.FAGLEDER, Roles.BOTILTAK)), Reach.OTHER_FACILITY,
                    "valoyveien-9"),
            new Outsider(user("hvk2", Roles.HVK, Set.of(Roles.HVK)), Reach.OTHER_CASEWORKER, null),
            new Outsider(user("esikt1", Roles.ESIKT, Set.of(Roles.ESIKT)), Reach.AFTER_MOVE_IN, null));

    private Callers() {
    }

    /** A caller with a token supplier (tokens are fetched when used, so none expires during the run). */
    public record Caller(String label, String role, Set<String> roles, Supplier<String> token) {
        boolean accepted(Set<String> operationRoles) {
            return roles.stream().anyMatch(operationRoles::contains);
        }
    }

    public enum Reach {
        /** Staff of a facility the fixture's resident has nothing to do with. */
        OTHER_FACILITY,
        /** An HVK caseworker who does not handle the fixture's application. */
        OTHER_CASEWORKER,
        /** ESIKT on an application whose applicant has moved in (out of its queue). */
        AFTER_MOVE_IN
    }

    public record Outsider(Caller caller, Reach reach, String facility) {
        String label() {
            return switch (reach) {
                case OTHER_FACILITY -> caller.label() + " (" + facility + ")";
                case OTHER_CASEWORKER -> caller.label() + " (not the caseworker)";
                case AFTER_MOVE_IN -> caller.label() + " (after move-in)";
            };
        }
    }

    private static Caller user(String username, String role, Set<String> roles) {
        return new Caller(username, role, roles, () -> Tokens.user(username));
    }

    /**
     * a–e: no token, an expired one, one for another audience, one whose payload was changed (every role added, the
     * signature kept) and one with {@code alg: none} and no signature. The last two carry every role, so that a
     * backend that skipped the signature would let them through and the matrix would see it.
     */
    public static List<Caller> refused(String expired) {
        Set<String> none = Set.of();
        return List.of(
                new Caller("a) no token", null, none, () -> null),
                new Caller("b) expired token", null, none, () -> expired),
                new Caller("c) wrong audience", null, none, Callers::otherAudience),
                new Caller("d) tampered payload", null, none, () -> {
                    String[] parts = Tokens.user("bakklandet-leder").split("\\.");
                    return parts[0] + "." + everyRole(parts[1]) + "." + parts[2];
                }),
                new Caller("e) alg none", null, none, () -> {
                    String[] parts = Tokens.user("bakklandet-leder").split("\\.");
                    return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + everyRole(parts[1]) + ".";
                }));
    }

    private static String everyRole(String payload) {
        try {
            JsonNode claims = Request.JSON.readTree(Base64.getUrlDecoder().decode(payload));
            ((ObjectNode) claims).putObject("realm_access").set("roles", Request.JSON.valueToTree(Roles.ALL));
            return encode(claims.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String otherAudience;

    /** A token of the client whose tokens are not for bta-api, renewed before it expires. */
    private static synchronized String otherAudience() {
        if (otherAudience == null || expiry(otherAudience) * 1000 < System.currentTimeMillis() + 30_000) {
            otherAudience = Tokens.client("bta-test-other-audience", "bta-test-other-audience-secret");
        }
        return otherAudience;
    }

    /** Seconds since the epoch at which a token stops being valid (its {@code exp}). */
    public static long expiry(String token) {
        try {
            return Request.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("exp").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
