package no.kommune.bta.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import no.kommune.bta.common.ProblemException;

/**
 * The caller's facilities as the token names them: writes at a facility, list filters and reports. Which persons the
 * caller may see is {@link PersonAccess} (R-ACC-3); queries bind the facilities as parameters, so the scoping happens
 * in the database, not in the UI.
 */
@RequestScoped
public class FacilityScope {

    @Inject
    CurrentUser user;

    @Inject
    ScopeQueries queries;

    /** The facility code in a report that means every facility together. */
    public static final String WHOLE_MUNICIPALITY = "alle";

    /** True when the caller's role covers every facility for reading facility-scoped data. */
    public boolean allFacilities() {
        return user.roles().stream().anyMatch(Roles.MUNICIPALITY_WIDE::contains);
    }

    /** The facilities named on the caller's token; never empty in a query (an impossible id stands in). */
    public Set<String> facilityIds() {
        Set<String> ids = user.facilities();
        return ids.isEmpty() ? Set.of("-") : ids;
    }

    public boolean worksAt(String facilityId) {
        return user.facilities().contains(facilityId);
    }

    /** Writes are always limited to the caller's own facilities, whatever the role. */
    public void requireWorksAt(String facilityId) {
        if (!worksAt(facilityId)) {
            throw ProblemException.forbidden("Du arbeider ikke ved botiltaket «" + facilityId + "»");
        }
    }

    /** The facility a list names (it must be one of the caller's: 403 otherwise), or all of the caller's. */
    public java.util.Collection<String> ownOrNamed(String facility) {
        if (facility == null) return facilityIds();
        requireWorksAt(facility);
        return java.util.List.of(facility);
    }

    /**
     * A list filtered on one facility: facility staff may name only their own (403 otherwise, as for a report);
     * roles that work across facilities (hvk, esikt, okonomi, integrasjon) any. No filter, no check.
     */
    public void requireOwnFilter(String facility) {
        if (facility == null) return;
        boolean staff = user.hasRole(Roles.BOTILTAK) || user.hasRole(Roles.FAGLEDER);
        if (staff && !allFacilities()) requireWorksAt(facility);
    }

    /** Write access for a given role at a facility: the role and the facility claim must both hold. */
    public void requireRoleAt(String role, String facilityId) {
        if (!user.hasRole(role)) {
            throw ProblemException.forbidden("Handlingen krever rollen " + role);
        }
        requireWorksAt(facilityId);
    }

    /**
     * The facilities a report covers (statistics, control report). The roles given read any facility and,
     * with {@link #WHOLE_MUNICIPALITY}, all of them together; everyone else only the facilities on the
     * token (403). An unknown facility is 404. Never empty: an impossible id stands in when there are none.
     */
    public List<String> reportFacilities(String facility, Set<String> wholeMunicipalityRoles, String wholeMunicipalityRefusal) {
        boolean wide = user.roles().stream().anyMatch(wholeMunicipalityRoles::contains);
        if (WHOLE_MUNICIPALITY.equals(facility)) {
            if (!wide) throw ProblemException.forbidden(wholeMunicipalityRefusal);
            List<String> all = queries.allFacilityIds();
            return all.isEmpty() ? List.of("-") : all;
        }
        if (!wide) requireWorksAt(facility);
        if (!queries.facilityExists(facility)) throw ProblemException.notFound("Botiltaket", facility);
        return List.of(facility);
    }
}
