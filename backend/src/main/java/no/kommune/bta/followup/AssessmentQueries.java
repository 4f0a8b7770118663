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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;

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

    /** The facility of the person's open agreement among {@code facilityIds}, the latest first. */
    public Optional<String> currentFacility(UUID personId, Collection<String> facilityIds) {
        return Sql.of(em, """
                        SELECT facility_id FROM agreement WHERE person_id = :p AND ended_on IS NULL AND facility_id IN (:ids)
                        ORDER BY start_date DESC""")
                .bind("p", personId).bind("ids", facilityIds).limit(1)
                .first(r -> r.str("facility_id"));
    }

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

    /** The person's assessments, all or with one instrument, by instrument and in the order they were taken. */
    public List<AssessmentRow> list(UUID personId, String instrument) {
        return Sql.of(em, """
                        SELECT id AS assessment_id, instrument, taken_on, CAST(answers AS text) AS answers, total,
                               recorded_at, recorded_by
                        FROM assessment
                        WHERE person_id = :p AND (CAST(:i AS text) IS NULL OR instrument = CAST(:i AS text))
                        ORDER BY instrument, taken_on, recorded_at""")
                .bind("p", personId).bind("i", instrument)
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
}
