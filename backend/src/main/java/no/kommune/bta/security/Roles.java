package no.kommune.bta.security;

import java.util.Set;

/** Realm roles of the Keycloak realm bta (R-ACC-1). */
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

    private Roles() {
    }
}
