package no.kommune.bta.followup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;

/** R-FOL-2: assessments over time, only for staff of the resident's current facility. */
@ApplicationScoped
public class AssessmentService {

    public record NewAssessment(@NotBlank(message = "må fylles ut") String instrument,
                                @NotNull(message = "må fylles ut") LocalDate takenOn,
                                @NotNull(message = "må fylles ut") Map<String, BigDecimal> answers) {
    }

    public record AssessmentView(UUID id, String instrument, LocalDate takenOn, Map<String, BigDecimal> answers,
                                 BigDecimal total, List<Instruments.Reading> readings, BigDecimal changeSincePrevious,
                                 Instant recordedAt, String recordedBy) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @Inject
    ObjectMapper json;

    /** The facility where the person lives now, if the caller works there; otherwise 404. */
    String currentFacility(UUID personId) {
        @SuppressWarnings("unchecked")
        List<String> f = em.createNativeQuery("""
                        SELECT facility_id FROM agreement WHERE person_id = :p AND ended_on IS NULL AND facility_id IN (:ids)
                        ORDER BY start_date DESC LIMIT 1""")
                .setParameter("p", personId).setParameter("ids", scope.facilityIds()).getResultList();
        if (f.isEmpty()) throw ProblemException.notFound("Beboeren", personId);
        return f.get(0);
    }

    @Transactional
    public AssessmentView record(UUID personId, NewAssessment body) {
        String facility = currentFacility(personId);
        Instruments.Instrument ins = Instruments.find(body.instrument())
                .orElseThrow(() -> ProblemException.invalid("instrument", "ukjent instrument"));
        List<Problem.Violation> v = Instruments.validate(ins, body.answers());
        if (body.takenOn().isAfter(Clocks.today(clock))) v.add(new Problem.Violation("takenOn", "kan ikke være fram i tid"));
        if (!v.isEmpty()) {
            throw new ProblemException(422, "validation", "Ugyldige svar",
                    String.join("; ", v.stream().map(x -> x.field() + ": " + x.message()).toList()), "R-FOL-2", v);
        }
        String sex = (String) em.createNativeQuery("SELECT sex FROM person WHERE id = :p").setParameter("p", personId).getSingleResult();
        Instruments.Scored scored = Instruments.score(ins, body.answers(), sex);
        UUID id = UUID.randomUUID();
        try {
            em.createNativeQuery("""
                            INSERT INTO assessment (id, person_id, facility_id, instrument, taken_on, answers, total, recorded_by)
                            VALUES (:id, :p, :f, :i, :t, CAST(:a AS jsonb), CAST(:total AS numeric), :by)""")
                    .setParameter("id", id).setParameter("p", personId).setParameter("f", facility).setParameter("i", ins.id())
                    .setParameter("t", body.takenOn()).setParameter("a", json.writeValueAsString(body.answers()))
                    .setParameter("total", scored.total()).setParameter("by", user.describe()).executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return list(personId, ins.id()).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> list(UUID personId, String instrument) {
        currentFacility(personId);
        if (instrument != null && Instruments.find(instrument).isEmpty()) throw ProblemException.badRequest("instrument", "ukjent instrument");
        String sex = (String) em.createNativeQuery("SELECT sex FROM person WHERE id = :p").setParameter("p", personId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, instrument, taken_on, CAST(answers AS text), total, recorded_at, recorded_by FROM assessment
                        WHERE person_id = :p AND (CAST(:i AS text) IS NULL OR instrument = CAST(:i AS text))
                        ORDER BY instrument, taken_on, recorded_at""")
                .setParameter("p", personId).setParameter("i", instrument).getResultList();
        List<AssessmentView> out = new ArrayList<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        for (Object[] r : rows) {
            String ins = (String) r[1];
            Map<String, BigDecimal> answers = answers((String) r[3]);
            Instruments.Scored scored = Instruments.score(Instruments.find(ins).orElseThrow(), answers, sex);
            BigDecimal total = (BigDecimal) r[4];
            BigDecimal change = total == null || previous.get(ins) == null ? null : total.subtract(previous.get(ins));
            if (total != null) previous.put(ins, total);
            out.add(new AssessmentView((UUID) r[0], ins, SqlValues.date(r[2]), answers, total, scored.readings(), change,
                    SqlValues.instant(r[5]), (String) r[6]));
        }
        return out;
    }

    private Map<String, BigDecimal> answers(String s) {
        try {
            return json.readValue(s, new TypeReference<Map<String, BigDecimal>>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
