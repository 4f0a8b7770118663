package no.kommune.bta.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.security.AccessQueries.Grant;

/**
 * R-ACC-3, the one Java entry point to "who may see this person, through what, and until when". Every query that
 * returns person data or takes a person-bound id binds {@link #scope()} and uses an {@link AccessScope} fragment;
 * by-id checks use the methods here. The rule itself is the SQL function {@code access_grants} (migration V12):
 * <ul>
 *   <li>facility staff (botiltak, fagleder): while the person has an open allocation, an agreement not ended, or an
 *       agreement ended less than {@code bta.access.follow-up-days} ago at one of their facilities;</li>
 *   <li>hvk: the persons of the applications whose caseworker is the caller (token subject), until the application
 *       is closed and the same window has passed;</li>
 *   <li>esikt: the persons of applications in its queue, until move-in;</li>
 *   <li>okonomi, kontroll, integrasjon: no person grants (their operations name what they return).</li>
 * </ul>
 */
@RequestScoped
public class PersonAccess {

    @Inject
    CurrentUser user;

    @Inject
    AccessQueries queries;

    @Inject
    AccessSettings settings;

    @Inject
    Clock clock;

    private AccessScope scope;

    /** The caller's grants as query parameters. */
    public AccessScope scope() {
        if (scope == null) {
            boolean staff = user.hasRole(Roles.BOTILTAK) || user.hasRole(Roles.FAGLEDER);
            Set<String> facilities = staff && !user.facilities().isEmpty() ? user.facilities() : Set.of(AccessScope.NONE);
            String subject = user.hasRole(Roles.HVK) && user.subject() != null ? user.subject() : AccessScope.NONE;
            scope = new AccessScope(facilities, subject, user.hasRole(Roles.ESIKT), Clocks.today(clock),
                    settings.followUpDays());
        }
        return scope;
    }

    /** Why the caller sees the person (empty: they do not). */
    public List<Grant> grants(UUID personId) {
        return queries.grants(scope(), personId);
    }

    /** The caller sees the person as staff of the facility (records the facility keeps about them). */
    public boolean atFacility(UUID personId, String facilityId) {
        return facilityId != null && grants(personId).stream().anyMatch(g -> facilityId.equals(g.facilityId()));
    }

    /**
     * A record the facility keeps about the person (agreement status, sanction): for that facility's staff while they
     * see the person there, and for the HVK caseworker of one of the person's applications. One read of the grants.
     */
    public boolean recordAt(UUID personId, String facilityId) {
        return grants(personId).stream().anyMatch(g -> g.reason() == AccessReason.APPLICATION
                || (facilityId != null && facilityId.equals(g.facilityId())));
    }
}
