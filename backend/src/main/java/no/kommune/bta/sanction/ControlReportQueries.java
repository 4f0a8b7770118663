package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/** The control report's own counts and checks over a period (R-SAN-10); its lists come from the feature's queries. */
@ApplicationScoped
public class ControlReportQueries {

    @Inject
    EntityManager em;

    public Optional<String> facilityName(String facility) {
        return Sql.of(em, "SELECT name AS facility_name FROM facility WHERE id = :f").bind("f", facility)
                .first(r -> r.str("facility_name"));
    }

    /** R-SAN-9: incidents in the period (Oslo dates) on which the police were contacted. */
    public long policeContacts(Collection<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT count(*) FROM incident WHERE facility_id IN (:fs) AND police_contacted
                          AND (occurred_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to""")
                .bind("fs", facilities).bind("from", from).bind("to", to).number();
    }

    /**
     * The terminations proposed in the period that {@link ControlFlags} wants a written warning before
     * (not on the exempt ground), with no such warning to the same resident at the same facility before them.
     */
    public Set<UUID> terminationsWithoutWrittenWarning(Collection<String> facilities, LocalDate from, LocalDate to) {
        return new HashSet<>(Sql.of(em, """
                        SELECT s.id AS sanction_id FROM sanction s
                        WHERE s.facility_id IN (:fs) AND (s.proposed_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to
                          AND s.type = :termination AND s.ground <> :exempt
                          AND NOT EXISTS (SELECT 1 FROM sanction w WHERE w.person_id = s.person_id AND w.facility_id = s.facility_id
                                            AND w.type = :warning AND w.proposed_at < s.proposed_at)""")
                .bind("fs", facilities).bind("from", from).bind("to", to)
                .bind("termination", ControlFlags.WARNED_TERMINATION).bind("exempt", ControlFlags.NO_WARNING_NEEDED_ON)
                .bind("warning", ControlFlags.EARLIER_WARNING)
                .list(r -> r.uuid("sanction_id")));
    }
}
