package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.facility.Facility;
import no.kommune.bta.intake.IntakeDtos.AllocationRequest;
import no.kommune.bta.intake.IntakeDtos.AllocationView;
import no.kommune.bta.intake.IntakeDtos.InformedRequest;
import no.kommune.bta.intake.IntakeDtos.IntakeSummary;
import no.kommune.bta.intake.IntakeDtos.IntakeView;
import no.kommune.bta.intake.IntakeDtos.NewIntake;
import no.kommune.bta.intake.IntakeDtos.OrientationRequest;
import no.kommune.bta.intake.IntakeDtos.OrientationView;
import no.kommune.bta.intake.IntakeDtos.PriorityRequest;
import no.kommune.bta.intake.IntakeDtos.ReasonRequest;
import no.kommune.bta.intake.IntakeDtos.ServiceDecisionRequest;
import no.kommune.bta.intake.IntakeDtos.ServiceDecisionView;
import no.kommune.bta.intake.IntakeDtos.TimelineEntry;
import no.kommune.bta.person.Person;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.person.PersonService;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;

/** The intake process (R-INT-1 … R-INT-7): each step is a command in one transaction, checked here. */
@ApplicationScoped
public class IntakeService {
    static final Set<String> LEGAL_BASIS = Set.of("PBRL_2_1A_2", "HOL_3_1", "HOL_3_2_1_6B");
    static final Set<String> PARTICIPANTS = Set.of("APPLICANT", "HVK", "FACILITY");
    static final Set<String> CLOSED = Set.of("WITHDRAWN", "REJECTED", "DECLINED", "MOVED_IN");
    private static final DateTimeFormatter NB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @Inject
    PersonService persons;

    /**
     * Facility staff see applications allocated (live) to their facilities; intake roles see all.
     * Part of every query, so scoping never depends on the UI.
     */
    private static final String VISIBLE = """
            (:all = true OR s.allocated_facility_id IN (:ids))""";

    // ---------------------------------------------------------------- commands

    @Transactional
    public IntakeView create(NewIntake body) {
        Person person = em.find(Person.class, body.personId());
        if (person == null) throw ProblemException.invalid("personId", "personen finnes ikke");
        List<String> wishes = body.facilityWishes() == null ? List.of() : body.facilityWishes();
        for (int i = 0; i < wishes.size(); i++) {
            if (em.find(Facility.class, wishes.get(i)) == null) {
                throw ProblemException.invalid("facilityWishes[" + i + "]", "botiltaket finnes ikke");
            }
        }
        LocalDate today = Clocks.today(clock);
        LocalDate received = body.receivedOn() == null ? today : body.receivedOn();
        if (received.isAfter(today)) throw ProblemException.invalid("receivedOn", "kan ikke være fram i tid");
        Intake i = new Intake();
        i.id = UUID.randomUUID();
        i.personId = person.id;
        i.receivedOn = received;
        i.createdAt = clock.instant();
        i.createdBy = user.describe();
        i.caseworker = user.describe();
        i.assessment = body.assessment().strip();
        i.needs = trim(body.needs());
        i.wishes = trim(body.wishes());
        i.facilityWishes = new LinkedHashSet<>(wishes).toArray(String[]::new);
        i.hasRentalHousingDecision = Boolean.TRUE.equals(body.hasRentalHousingDecision());
        em.persist(i);
        event(i, "SUBMITTED", "Søknad registrert av HVK" + (i.hasRentalHousingDecision
                ? "; søkeren har vedtak om kommunal utleiebolig og står fortsatt på den listen" : ""));
        return view(i.id);
    }

    @Transactional
    public IntakeView prioritise(UUID id, PriorityRequest body) {
        Intake i = lock(id);
        requireStatus(i, Set.of("SUBMITTED", "WAITING"), "prioritere");
        boolean first = i.priority == null;
        i.priority = body.priority();
        i.priorityReason = body.reason().strip();
        i.prioritisedAt = clock.instant();
        i.prioritisedBy = user.describe();
        event(i, "PRIORITISED", (first ? "Satt på ventelisten med prioritet " : "Prioritet endret til ")
                + body.priority() + ": " + i.priorityReason);
        return view(id);
    }

    @Transactional
    public IntakeView allocate(UUID id, AllocationRequest body) {
        Intake i = lock(id);
        requireStatus(i, Set.of("WAITING"), "tildele boenhet til", "R-INT-1",
                "Søknaden må være prioritert og stå på ventelisten før ESIKT tildeler en boenhet");
        Object[] unit = unitRow(body.unitId());
        String facilityId = (String) unit[1];
        Facility f = em.find(Facility.class, facilityId);
        Person p = em.find(Person.class, i.personId);
        String outside = outsideTargetGroup(f, p, body.fromDate());
        String override = trim(body.overrideReason());
        if (outside != null && override == null) {
            throw new ProblemException(422, "r-int-7-outside-target-group", "Søkeren er utenfor målgruppen",
                    outside + ". Oppgi en begrunnelse (overrideReason) for å tildele likevel.", "R-INT-7",
                    List.of(new Problem.Violation("overrideReason", "må begrunnes: " + outside)));
        }
        UUID reservation = UUID.randomUUID();
        try {
            em.createNativeQuery("""
                            INSERT INTO unit_reservation (id, unit_id, kind, period, created_at)
                            VALUES (:id, :unit, 'ALLOCATION', daterange(CAST(:from AS date), NULL), now())""")
                    .setParameter("id", reservation).setParameter("unit", body.unitId())
                    .setParameter("from", body.fromDate()).executeUpdate();
        } catch (PersistenceException e) {
            if (constraint(e, "unit_reservation_unit_id_period_excl")) {
                throw ProblemException.rule(409, "r-int-2-unit-not-available", "R-INT-2",
                        "Boenheten er ikke ledig",
                        "Boenheten " + unit[2] + " er allerede tildelt eller bebodd i perioden fra " + fmt(body.fromDate()));
            }
            throw e;
        }
        Allocation a = new Allocation();
        a.id = UUID.randomUUID();
        a.intakeId = i.id;
        a.unitId = body.unitId();
        a.reservationId = reservation;
        a.fromDate = body.fromDate();
        a.coordinator = body.coordinator().strip();
        a.overrideReason = outside == null ? null : override;
        a.createdAt = clock.instant();
        a.createdBy = user.describe();
        em.persist(a);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (constraint(e, "allocation_one_live_per_intake")) {
                throw ProblemException.rule(409, "intake-already-allocated", "R-INT-2",
                        "Søknaden har allerede en tildeling", "Søknaden har allerede en aktiv tildeling");
            }
            throw e;
        }
        event(i, "ALLOCATED", "Tildelt " + f.name + ", " + unit[2] + " fra " + fmt(body.fromDate())
                + " (avtalt med " + a.coordinator + ")"
                + (a.overrideReason != null ? ". Utenfor målgruppen: " + outside + ". Begrunnelse: " + a.overrideReason : ""));
        return view(id);
    }

    @Transactional
    public IntakeView informed(UUID id, InformedRequest body) {
        Intake i = lock(id);
        requireStatus(i, Set.of("ALLOCATED"), "registrere at søkeren er informert om");
        if (body.informedOn().isAfter(Clocks.today(clock))) {
            throw ProblemException.invalid("informedOn", "kan ikke være fram i tid");
        }
        i.informedOn = body.informedOn();
        i.informedBy = user.describe();
        event(i, "APPLICANT_INFORMED", "Søkeren informert om tilbudet " + fmt(body.informedOn()));
        return view(id);
    }

    /** R-INT-3: schedule the orientation meeting, then record it as held with all three parties and the answer. */
    @Transactional
    public IntakeView orientation(UUID id, OrientationRequest body) {
        Intake i = lock(id);
        if (body.heldOn() == null) {
            requireStatus(i, Set.of("ALLOCATED", "INFORMED"), "planlegge orienteringssamtale for");
            if (body.scheduledAt() == null) {
                throw ProblemException.invalid("scheduledAt", "oppgi tidspunkt for samtalen, eller heldOn når den er holdt");
            }
            i.orientationScheduledAt = body.scheduledAt();
            event(i, "ORIENTATION_SCHEDULED", "Orienteringssamtale planlagt "
                    + NB_DATE.format(body.scheduledAt().atZone(Clocks.OSLO)));
            return view(id);
        }
        String status = status(i.id);
        if (!status.equals("INFORMED")) {
            throw ProblemException.rule(422, "r-int-3-applicant-not-informed", "R-INT-3",
                    "Søkeren er ikke informert",
                    "HVK må informere søkeren om tilbudet før orienteringssamtalen registreres (status nå: " + status + ")");
        }
        List<Problem.Violation> v = new ArrayList<>();
        Set<String> participants = new LinkedHashSet<>(body.participants() == null ? List.of() : body.participants());
        for (String p : participants) {
            if (!PARTICIPANTS.contains(p)) v.add(new Problem.Violation("participants", "ukjent deltaker: " + p));
        }
        if (!participants.containsAll(PARTICIPANTS)) {
            v.add(new Problem.Violation("participants", "søker (APPLICANT), HVK og botiltaket (FACILITY) må delta"));
        }
        if (body.heldOn().isAfter(Clocks.today(clock))) v.add(new Problem.Violation("heldOn", "kan ikke være fram i tid"));
        if (body.applicantAnswer() == null || !Set.of("ACCEPTED", "DECLINED").contains(body.applicantAnswer())) {
            v.add(new Problem.Violation("applicantAnswer", "må være ACCEPTED eller DECLINED"));
        } else if (body.applicantAnswer().equals("DECLINED") && trim(body.declineReason()) == null) {
            v.add(new Problem.Violation("declineReason", "må fylles ut når søkeren takker nei"));
        }
        if (!v.isEmpty()) {
            throw new ProblemException(422, "r-int-3-orientation-meeting", "Orienteringssamtalen er ikke fullstendig",
                    String.join("; ", v.stream().map(x -> x.field() + ": " + x.message()).toList()), "R-INT-3", v);
        }
        i.orientationHeldOn = body.heldOn();
        i.orientationParticipants = participants.toArray(String[]::new);
        i.applicantAnswer = body.applicantAnswer();
        i.declineReason = trim(body.declineReason());
        event(i, "ORIENTATION_HELD", "Orienteringssamtale holdt " + fmt(body.heldOn()) + " med søker, HVK og botiltaket");
        if (i.applicantAnswer.equals("DECLINED")) {
            release(i, "Søkeren takket nei");
            event(i, "APPLICANT_DECLINED", "Søkeren takket nei: " + i.declineReason + ". Boenheten er frigitt.");
        } else {
            event(i, "APPLICANT_ACCEPTED", "Søkeren takket ja til tilbudet");
        }
        return view(id);
    }

    /** R-INT-4: the vedtak om praktisk bistand, only after the orientation meeting where the applicant accepted. */
    @Transactional
    public IntakeView decide(UUID id, ServiceDecisionRequest body) {
        Intake i = lock(id);
        String status = status(i.id);
        if (!status.equals("ORIENTED") || !"ACCEPTED".equals(i.applicantAnswer)) {
            if (CLOSED.contains(status) || status.equals("DECIDED")) {
                throw stepNotAllowed(status, "fatte vedtak for");
            }
            throw ProblemException.rule(422, "r-int-4-orientation-before-decision", "R-INT-4",
                    "Orienteringssamtalen må holdes først",
                    "Vedtak om praktisk bistand fattes først når orienteringssamtalen er holdt og søkeren har takket ja (status nå: "
                            + status + ")");
        }
        List<String> basis = body.legalBasis() == null || body.legalBasis().isEmpty()
                ? List.of("PBRL_2_1A_2", "HOL_3_1", "HOL_3_2_1_6B") : body.legalBasis();
        for (int k = 0; k < basis.size(); k++) {
            if (!LEGAL_BASIS.contains(basis.get(k))) {
                throw ProblemException.invalid("legalBasis[" + k + "]", "må være en av " + LEGAL_BASIS);
            }
        }
        if (body.reassessBy() != null && !body.reassessBy().isAfter(body.decisionDate())) {
            throw ProblemException.invalid("reassessBy", "må være etter vedtaksdatoen");
        }
        ServiceDecision d = new ServiceDecision();
        d.id = UUID.randomUUID();
        d.intakeId = i.id;
        d.decisionDate = body.decisionDate();
        d.scope = body.scope().strip();
        d.legalBasis = new LinkedHashSet<>(basis).toArray(String[]::new);
        d.reassessBy = body.reassessBy();
        d.createdAt = clock.instant();
        d.createdBy = user.describe();
        em.persist(d);
        event(i, "DECIDED", "Vedtak om praktisk bistand fattet " + fmt(d.decisionDate) + ", gjelder til det revurderes");
        return view(id);
    }

    @Transactional
    public IntakeView withdraw(UUID id, ReasonRequest body) {
        Intake i = lock(id);
        String status = status(i.id);
        if (CLOSED.contains(status)) throw stepNotAllowed(status, "trekke");
        // the unit is held for the agreement: releasing it under an open agreement would let it be allocated twice
        if (openAgreement(i.id)) {
            throw ProblemException.rule(409, "intake-has-agreement", null, "Søknaden har en åpen avtale",
                    "Det er laget en avtale fra søknaden. Avtalen må avsluttes ved botiltaket før søknaden kan trekkes.");
        }
        i.withdrawnAt = clock.instant();
        i.withdrawalReason = body.reason().strip();
        boolean released = release(i, "Søknaden er trukket");
        event(i, "WITHDRAWN", "Søknaden er trukket: " + i.withdrawalReason + (released ? ". Boenheten er frigitt." : ""));
        return view(id);
    }

    @Transactional
    public IntakeView reject(UUID id, ReasonRequest body) {
        Intake i = lock(id);
        String status = status(i.id);
        if (CLOSED.contains(status) || status.equals("DECIDED")) throw stepNotAllowed(status, "avslå");
        i.rejectedAt = clock.instant();
        i.rejectionReason = body.reason().strip();
        boolean released = release(i, "Søknaden er avslått");
        event(i, "REJECTED", "Søknaden er avslått: " + i.rejectionReason + (released ? ". Boenheten er frigitt." : ""));
        return view(id);
    }

    // ---------------------------------------------------------------- queries

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<IntakeSummary> list(String status, String facility, String q, String order, Paging paging) {
        Set<String> statuses = new LinkedHashSet<>();
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                String t = s.strip();
                if (!IntakeStatus.ALL.contains(t)) throw ProblemException.badRequest("status", "ukjent status: " + t);
                statuses.add(t);
            }
        }
        String orderBy = switch (order == null ? "received" : order) {
            case "priority" -> "i.priority NULLS LAST, i.received_on, i.created_at";
            case "received" -> "i.received_on DESC, i.created_at DESC";
            default -> throw ProblemException.badRequest("order", "må være priority eller received");
        };
        String where = """
                FROM intake i JOIN intake_state s ON s.intake_id = i.id JOIN person p ON p.id = i.person_id
                LEFT JOIN allocation a ON a.id = s.allocation_id LEFT JOIN unit u ON u.id = a.unit_id
                WHERE (CAST(:anyStatus AS boolean) = false OR s.status IN (:statuses))
                  AND (CAST(:facility AS text) IS NULL OR s.allocated_facility_id = CAST(:facility AS text)
                       OR CAST(:facility AS text) = ANY (i.facility_wishes))
                  AND (CAST(:q AS text) IS NULL OR lower(p.given_name || ' ' || p.family_name) LIKE CAST(:q AS text))
                  AND """ + VISIBLE;
        String qq = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase() + "%";
        Set<String> st = statuses.isEmpty() ? Set.of("-") : statuses;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT i.id, p.id, p.national_id, p.given_name || ' ' || p.family_name, p.birth_date, p.sex,
                               s.status, i.received_on, i.priority, i.facility_wishes, s.allocated_facility_id, u.label,
                               i.caseworker, i.has_rental_housing_decision
                        """ + where + " ORDER BY " + orderBy + " LIMIT :size OFFSET :off")
                .setParameter("anyStatus", !statuses.isEmpty()).setParameter("statuses", st)
                .setParameter("facility", facility).setParameter("q", qq)
                .setParameter("all", scope.allFacilities()).setParameter("ids", scope.facilityIds())
                .setParameter("size", paging.size()).setParameter("off", paging.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) " + where)
                .setParameter("anyStatus", !statuses.isEmpty()).setParameter("statuses", st)
                .setParameter("facility", facility).setParameter("q", qq)
                .setParameter("all", scope.allFacilities()).setParameter("ids", scope.facilityIds())
                .getSingleResult()).longValue();
        List<IntakeSummary> items = rows.stream().map(r -> new IntakeSummary((UUID) r[0],
                new PersonSummary((UUID) r[1], no.kommune.bta.person.NationalId.mask((String) r[2]), (String) r[3],
                        SqlValues.date(r[4]), (String) r[5]),
                (String) r[6], SqlValues.date(r[7]), r[8] == null ? null : ((Number) r[8]).intValue(), SqlValues.strings(r[9]),
                (String) r[10], (String) r[11], (String) r[12], (Boolean) r[13])).toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IntakeView get(UUID id) {
        return view(id);
    }

    /** The person an application concerns, for the access log. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID personOf(UUID intakeId) {
        Intake i = em.find(Intake.class, intakeId);
        return i == null ? null : i.personId;
    }

    // ---------------------------------------------------------------- hook for the agreements feature

    /** R-INT-5: called by the move-in command once its gate holds; turns the allocation into an occupancy. */
    public void markMovedIn(UUID intakeId, LocalDate movedInOn) {
        Intake i = lock(intakeId);
        i.movedInOn = movedInOn;
        event(i, "MOVED_IN", "Flyttet inn " + fmt(movedInOn));
    }

    // ---------------------------------------------------------------- helpers

    private IntakeView view(UUID id) {
        if (em.isJoinedToTransaction()) em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                        "SELECT s.status, s.allocation_id FROM intake_state s WHERE s.intake_id = :id AND " + VISIBLE)
                .setParameter("id", id).setParameter("all", scope.allFacilities())
                .setParameter("ids", scope.facilityIds()).getResultList();
        if (found.isEmpty()) throw ProblemException.notFound("Søknaden", id);
        String status = (String) found.get(0)[0];
        UUID allocationId = (UUID) found.get(0)[1];
        Intake i = em.find(Intake.class, id);
        Person p = em.find(Person.class, i.personId);
        AllocationView allocation = null;
        if (allocationId != null) {
            Allocation a = em.find(Allocation.class, allocationId);
            Object[] unit = unitRow(a.unitId);
            Facility f = em.find(Facility.class, (String) unit[1]);
            allocation = new AllocationView(a.id, a.unitId, (String) unit[2], f.id, f.name, a.fromDate, a.coordinator,
                    a.overrideReason, a.createdAt, a.createdBy);
        }
        ServiceDecisionView decision = em.createQuery("from ServiceDecision d where d.intakeId = :id", ServiceDecision.class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(d -> new ServiceDecisionView(d.decisionDate, d.scope, Arrays.asList(d.legalBasis), d.reassessBy,
                        d.createdAt, d.createdBy)).orElse(null);
        List<TimelineEntry> timeline = em.createQuery("from IntakeEvent e where e.intakeId = :id order by e.id",
                        IntakeEvent.class).setParameter("id", id).getResultList().stream()
                .map(e -> new TimelineEntry(e.at, e.type, e.byUser, e.byRole, e.summary)).toList();
        OrientationView orientation = i.orientationScheduledAt == null && i.orientationHeldOn == null ? null
                : new OrientationView(i.orientationScheduledAt, i.orientationHeldOn,
                SqlValues.strings(i.orientationParticipants), i.applicantAnswer, i.declineReason);
        // the agreement drafted from this application: the open one, else the newest; and whether it is open
        @SuppressWarnings("unchecked")
        List<Object[]> agreements = em.createNativeQuery("""
                        SELECT id, ended_on IS NULL FROM agreement WHERE intake_id = :id
                        ORDER BY ended_on IS NULL DESC, start_date DESC LIMIT 1""").setParameter("id", id).getResultList();
        UUID agreementId = agreements.isEmpty() ? null : (UUID) agreements.get(0)[0];
        boolean agreementOpen = !agreements.isEmpty() && (Boolean) agreements.get(0)[1];
        String closedReason = i.withdrawalReason != null ? i.withdrawalReason
                : i.rejectionReason != null ? i.rejectionReason : i.declineReason;
        return new IntakeView(i.id, PersonSummary.of(p), status, i.receivedOn, i.createdAt, i.caseworker, i.assessment,
                i.needs, i.wishes, SqlValues.strings(i.facilityWishes), i.hasRentalHousingDecision, i.priority, i.priorityReason,
                allocation, i.informedOn, orientation, decision, closedReason, i.movedInOn, agreementId, timeline,
                IntakeStatus.nextActions(status, user.roles(), agreementOpen));
    }

    private boolean openAgreement(UUID intakeId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM agreement WHERE intake_id = :id AND ended_on IS NULL")
                .setParameter("id", intakeId).getSingleResult()).longValue() > 0;
    }

    private Intake lock(UUID id) {
        // the scope check first: a caller who may not see the application gets 404, as on reads
        status(id);
        Intake i = em.find(Intake.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) throw ProblemException.notFound("Søknaden", id);
        return i;
    }

    private String status(UUID id) {
        if (em.isJoinedToTransaction()) em.flush();
        @SuppressWarnings("unchecked")
        List<String> s = em.createNativeQuery("SELECT s.status FROM intake_state s WHERE s.intake_id = :id AND " + VISIBLE)
                .setParameter("id", id).setParameter("all", scope.allFacilities())
                .setParameter("ids", scope.facilityIds()).getResultList();
        if (s.isEmpty()) throw ProblemException.notFound("Søknaden", id);
        return s.get(0);
    }

    private void requireStatus(Intake i, Set<String> allowed, String verb) {
        String status = status(i.id);
        if (!allowed.contains(status)) throw stepNotAllowed(status, verb);
    }

    private void requireStatus(Intake i, Set<String> allowed, String verb, String rule, String detail) {
        String status = status(i.id);
        if (!allowed.contains(status)) {
            throw new ProblemException(409, "intake-step-not-allowed", "Steget kan ikke gjøres nå",
                    detail + " (status nå: " + status + ")", rule, null);
        }
    }

    private static ProblemException stepNotAllowed(String status, String verb) {
        return new ProblemException(409, "intake-step-not-allowed", "Steget kan ikke gjøres nå",
                "Kan ikke " + verb + " en søknad med status " + status, null, null);
    }

    private boolean release(Intake i, String reason) {
        List<Allocation> live = em.createQuery("from Allocation a where a.intakeId = :id and a.releasedAt is null",
                Allocation.class).setParameter("id", i.id).getResultList();
        for (Allocation a : live) {
            a.releasedAt = clock.instant();
            a.releaseReason = reason;
            em.createNativeQuery("UPDATE unit_reservation SET released_at = now() WHERE id = :id")
                    .setParameter("id", a.reservationId).executeUpdate();
        }
        return !live.isEmpty();
    }

    /** R-INT-7: null when the person fits the facility's target group at the date, else why not. */
    static String outsideTargetGroup(Facility f, Person p, LocalDate at) {
        List<String> reasons = new ArrayList<>();
        if (!Arrays.asList(f.targetSexes).contains(p.sex)) {
            reasons.add(f.name + " er for " + (f.targetSexes.length == 1 && f.targetSexes[0].equals("FEMALE") ? "kvinner" : "menn"));
        }
        int age = Period.between(p.birthDate, at).getYears();
        if (f.targetMinAge != null && age < f.targetMinAge) reasons.add("søkeren er " + age + " år, nedre grense er " + f.targetMinAge);
        if (f.targetMaxAge != null && age > f.targetMaxAge) reasons.add("søkeren er " + age + " år, øvre grense er " + f.targetMaxAge);
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    private Object[] unitRow(UUID unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, facility_id, label FROM unit WHERE id = :id")
                .setParameter("id", unitId).getResultList();
        if (rows.isEmpty()) throw ProblemException.invalid("unitId", "boenheten finnes ikke");
        return rows.get(0);
    }

    private void event(Intake i, String type, String summary) {
        IntakeEvent e = new IntakeEvent();
        e.intakeId = i.id;
        e.type = type;
        e.at = clock.instant();
        e.byUser = user.describe();
        e.byRole = String.join(",", user.roles());
        e.summary = summary;
        em.persist(e);
    }

    private static boolean constraint(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && name.equals(c.getConstraintName())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(name)) return true;
        }
        return false;
    }

    private static String fmt(LocalDate d) {
        return NB_DATE.format(d);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
