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
import no.kommune.bta.security.AccessQueries;
import no.kommune.bta.security.AccessReason;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.PersonAccess;
import no.kommune.bta.security.StaffName;

/** R-FOL-2: assessments over time, only for staff of the resident's current facility. */
@ApplicationScoped
public class AssessmentService {

    public record NewAssessment(@NotBlank(message = "må fylles ut") String instrument,
                                @NotNull(message = "må fylles ut") LocalDate takenOn,
                                @NotNull(message = "må fylles ut") Map<String, BigDecimal> answers) {
    }

    /** The resident's answer on sharing earlier assessments with the facility where they live now (R-ACC-3). */
    public record SharingRequest(@NotNull(message = "må fylles ut") Boolean shared,
                                 @NotNull(message = "må fylles ut") LocalDate effectiveOn) {
    }

    /** The consent as recorded: given on a day, and withdrawn on a later one if it was. */
    public record SharingView(UUID personId, String facilityId, LocalDate givenOn, LocalDate withdrawnOn) {
    }

    public record AssessmentView(UUID id, String instrument, LocalDate takenOn, Map<String, BigDecimal> answers,
                                 BigDecimal total, List<Instruments.Reading> readings, BigDecimal changeSincePrevious,
                                 Instant recordedAt, @StaffName String recordedBy) {
    }

    @Inject
    AssessmentQueries queries;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PersonAccess access;

    /**
     * The facility where the person lives now (an agreement not ended there: the grant RESIDENT of R-ACC-3), if the
     * caller works there; otherwise 404. Assessments are recorded, and consent to share is given, where the resident
     * lives.
     */
    String currentFacility(UUID personId) {
        return access.grants(personId).stream().filter(g -> g.reason() == AccessReason.RESIDENT)
                .map(AccessQueries.Grant::facilityId).sorted().findFirst()
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

    /**
     * R-ACC-3: the resident consents (or withdraws consent) that the facility where they live now may read the
     * assessments recorded at the facilities they lived at before. Without it, each facility reads only its own.
     */
    @Transactional
    public SharingView recordSharing(UUID personId, SharingRequest body) {
        String facility = currentFacility(personId);
        if (body.effectiveOn().isAfter(Clocks.today(clock))) throw ProblemException.invalid("effectiveOn", "kan ikke være fram i tid");
        AssessmentQueries.Sharing now = queries.sharing(personId, facility).orElse(null);
        if (body.shared()) {
            queries.giveSharing(personId, facility, body.effectiveOn(), user.describe());
        } else if (now == null || now.withdrawnOn() != null) {
            throw ProblemException.of(ProblemType.NO_SHARING_CONSENT, "Beboeren har ikke gitt samtykke som kan trekkes tilbake");
        } else if (body.effectiveOn().isBefore(now.givenOn())) {
            throw ProblemException.invalid("effectiveOn", "kan ikke være før samtykket ble gitt (" + now.givenOn() + ")");
        } else {
            queries.withdrawSharing(personId, facility, body.effectiveOn());
        }
        AssessmentQueries.Sharing saved = queries.sharing(personId, facility).orElseThrow();
        return new SharingView(personId, facility, saved.givenOn(), saved.withdrawnOn());
    }

    /** R-ACC-5, called by retention in the transaction of a batch of persons: the person's health data goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(List<UUID> personIds) {
        queries.anonymise(personIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> list(UUID personId, String instrument) {
        // R-ACC-3: the list is for staff who see the person at one of their facilities (now or in the window)
        if (access.grants(personId).stream().noneMatch(g -> g.facilityId() != null)) {
            throw ProblemException.notFound("Beboeren", personId);
        }
        if (instrument != null && Instruments.find(instrument).isEmpty()) throw ProblemException.badRequest("instrument", "ukjent instrument");
        String sex = queries.sexOf(personId);
        List<AssessmentView> out = new ArrayList<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        for (AssessmentRow r : queries.list(personId, instrument, access.scope())) {
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
