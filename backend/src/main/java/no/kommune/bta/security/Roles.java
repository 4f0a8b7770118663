package no.kommune.bta.security;

import java.util.Set;

/**
 * Realm roles of the Keycloak realm bta (R-ACC-1): the one home for role names. They stay String
 * constants because {@code @RolesAllowed} needs compile-time constants, and the names are the
 * contract's lower-case {@code Role} values as they appear in tokens.
 */
public final class Roles {
    public static final String HVK = "hvk";
    public static final String ESIKT = "esikt";
    public static final String BOTILTAK = "botiltak";
    public static final String FAGLEDER = "fagleder";
    public static final String OKONOMI = "okonomi";
    public static final String INTEGRASJON = "integrasjon";
    /** Internal control: reads the control report and statistics of every facility, nothing about persons elsewhere. */
    public static final String KONTROLL = "kontroll";

    public static final Set<String> ALL = Set.of(HVK, ESIKT, BOTILTAK, FAGLEDER, OKONOMI, INTEGRASJON, KONTROLL);

    /** Roles whose work spans every facility (R-ACC-1): intake, allocation, invoicing and other systems. */
    public static final Set<String> MUNICIPALITY_WIDE = Set.of(HVK, ESIKT, OKONOMI, INTEGRASJON);

    private Roles() {
    }
}
