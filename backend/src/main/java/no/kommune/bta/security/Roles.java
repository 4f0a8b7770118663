package no.kommune.bta.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The order roles are named in, fagleder first: a person with several roles is titled by the first. */
    public static final List<String> ORDER = List.of(FAGLEDER, BOTILTAK, HVK, ESIKT, OKONOMI, KONTROLL, INTEGRASJON);

    /** Each role in bokmål, as staff titles and innsyn name them. */
    public static final Map<String, String> LABELS = Map.of(
            HVK, "saksbehandler (HVK)",
            ESIKT, "tildeling (ESIKT)",
            BOTILTAK, "ansatt ved botiltak",
            FAGLEDER, "fagleder",
            OKONOMI, "økonomi",
            INTEGRASJON, "annet kommunalt system",
            KONTROLL, "internkontroll");

    /** The title of someone with these roles: the label of the first in {@link #ORDER}; null without a known role. */
    public static String title(Collection<String> roles) {
        return ORDER.stream().filter(roles::contains).map(LABELS::get).findFirst().orElse(null);
    }

    private Roles() {
    }
}
