package no.kommune.bta.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.security.AccessScope;

/** R-FOL-2: the assessment table (owned here) and what an assessment needs to know about the resident. */
@ApplicationScoped
public class AssessmentQueries {

    /** One stored assessment; the answers as they were given, by item id. */
    public record AssessmentRow(UUID id, String instrument, LocalDate takenOn, Map<String, BigDecimal> answers,
                                BigDecimal total, Instant recordedAt, String recordedBy) {
    }

    private static final TypeReference<Map<String, BigDecimal>> ANSWERS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The person's registered sex: the cut-offs of some instruments differ by it. */
    public String sexOf(UUID personId) {
        return Sql.of(em, "SELECT sex FROM person WHERE id = :p").bind("p", personId)
                .first(r -> r.str("sex")).orElseThrow();
    }

    public void insert(UUID id, UUID personId, String facilityId, String instrument, LocalDate takenOn,
                       Map<String, BigDecimal> answers, BigDecimal total, String recordedBy) {
        Sql.of(em, """
                        INSERT INTO assessment (id, person_id, facility_id, instrument, taken_on, answers, total, recorded_by)
                        VALUES (:id, :p, :f, :i, :t, CAST(:a AS jsonb), CAST(:total AS numeric), :by)""")
                .bind("id", id).bind("p", personId).bind("f", facilityId).bind("i", instrument).bind("t", takenOn)
                .bind("a", write(answers)).bind("total", total).bind("by", recordedBy)
                .execute();
    }

    /** A resident's consent to share earlier assessments with a facility. */
    public record Sharing(LocalDate givenOn, LocalDate withdrawnOn) {
    }

    public Optional<Sharing> sharing(UUID personId, String facilityId) {
        return Sql.of(em, "SELECT given_on, withdrawn_on FROM assessment_share_consent WHERE person_id = :p AND facility_id = :f")
                .bind("p", personId).bind("f", facilityId)
                .first(r -> new Sharing(r.date("given_on"), r.date("withdrawn_on")));
    }

    /** Records (or renews) the consent from {@code on}; a renewed consent is no longer withdrawn. */
    public void giveSharing(UUID personId, String facilityId, LocalDate on, String by) {
        Sql.of(em, """
                        INSERT INTO assessment_share_consent (person_id, facility_id, given_on, recorded_by)
                        VALUES (:p, :f, :on, :by)
                        ON CONFLICT (person_id, facility_id) DO UPDATE
                        SET given_on = EXCLUDED.given_on, withdrawn_on = NULL, recorded_at = now(), recorded_by = EXCLUDED.recorded_by""")
                .bind("p", personId).bind("f", facilityId).bind("on", on).bind("by", by).execute();
    }

    public void withdrawSharing(UUID personId, String facilityId, LocalDate on) {
        Sql.of(em, "UPDATE assessment_share_consent SET withdrawn_on = :on WHERE person_id = :p AND facility_id = :f")
                .bind("p", personId).bind("f", facilityId).bind("on", on).execute();
    }

    /**
     * The person's assessments the caller may read, all or with one instrument, by instrument and in the order they
     * were taken. R-ACC-3: an assessment stays with the facility that recorded it; another facility that sees the
     * person reads it only while the resident's consent to share with that facility is recorded and not withdrawn.
     */
    public List<AssessmentRow> list(UUID personId, String instrument, AccessScope scope) {
        Filters filters = new Filters().given(instrument, "a.instrument = :i", "i");
        return filters.bindTo(scope.bindTo(Sql.of(em, """
                        SELECT a.id AS assessment_id, a.instrument, a.taken_on, CAST(a.answers AS text) AS answers, a.total,
                               a.recorded_at, a.recorded_by
                        FROM assessment a
                        WHERE a.person_id = :p""" + filters.and() + "\n" + """
                          AND (""" + AccessScope.atFacility("a.person_id", "a.facility_id") + """
                               OR EXISTS (SELECT 1 FROM assessment_share_consent c
                                          WHERE c.person_id = a.person_id AND c.withdrawn_on IS NULL
                                            AND""" + " " + AccessScope.atFacility("c.person_id", "c.facility_id") + """
                        ))
                        ORDER BY a.instrument, a.taken_on, a.recorded_at""")))
                .bind("p", personId)
                .list(this::assessment);
    }

    private AssessmentRow assessment(Row r) {
        return new AssessmentRow(r.uuid("assessment_id"), r.str("instrument"), r.date("taken_on"), read(r.str("answers")),
                r.decimal("total"), r.instant("recorded_at"), r.str("recorded_by"));
    }

    private String write(Map<String, BigDecimal> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, BigDecimal> read(String answers) {
        try {
            return json.readValue(answers, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** R-ACC-5, called by retention: a person's assessments (health data) and consents to share them are deleted. */
    public void anonymise(List<UUID> personIds) {
        UUID[] ids = personIds.toArray(UUID[]::new);
        Sql.of(em, "DELETE FROM assessment WHERE person_id = ANY (CAST(:p AS uuid[]))").bind("p", ids).execute();
        Sql.of(em, "DELETE FROM assessment_share_consent WHERE person_id = ANY (CAST(:p AS uuid[]))").bind("p", ids).execute();
    }
}
