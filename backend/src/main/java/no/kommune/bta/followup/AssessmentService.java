package no.kommune.bta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.followup.AssessmentQueries.AssessmentRow;
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
    AssessmentQueries queries;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    /** The facility where the person lives now, if the caller works there; otherwise 404. */
    String currentFacility(UUID personId) {
        return queries.currentFacility(personId, scope.facilityIds())
                .orElseThrow(() -> ProblemException.notFound("Beboeren", personId));
    }

    @Transactional
    public AssessmentView record(UUID personId, NewAssessment body) {
        String facility = currentFacility(personId);
        Instruments.Instrument ins = Instruments.find(body.instrument())
                .orElseThrow(() -> ProblemException.invalid("instrument", "ukjent instrument"));
        List<Problem.Violation> v = Instruments.validate(ins, body.answers());
        if (body.takenOn().isAfter(Clocks.today(clock))) v.add(new Problem.Violation("takenOn", "kan ikke være fram i tid"));
        if (!v.isEmpty()) throw ProblemException.invalid(ProblemType.ASSESSMENT_INVALID, v);
        Instruments.Scored scored = Instruments.score(ins, body.answers(), queries.sexOf(personId));
        UUID id = UUID.randomUUID();
        queries.insert(id, personId, facility, ins.id(), body.takenOn(), body.answers(), scored.total(), user.describe());
        return list(personId, ins.id()).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> list(UUID personId, String instrument) {
        currentFacility(personId);
        if (instrument != null && Instruments.find(instrument).isEmpty()) throw ProblemException.badRequest("instrument", "ukjent instrument");
        String sex = queries.sexOf(personId);
        List<AssessmentView> out = new ArrayList<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        for (AssessmentRow r : queries.list(personId, instrument)) {
            Instruments.Scored scored = Instruments.score(Instruments.find(r.instrument()).orElseThrow(), r.answers(), sex);
            BigDecimal total = r.total();
            BigDecimal before = previous.get(r.instrument());
            BigDecimal change = total == null || before == null ? null : total.subtract(before);
            if (total != null) previous.put(r.instrument(), total);
            out.add(new AssessmentView(r.id(), r.instrument(), r.takenOn(), r.answers(), total, scored.readings(), change,
                    r.recordedAt(), r.recordedBy()));
        }
        return out;
    }
}
