package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.DbConstraints;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.common.db.Plans;
import no.kommune.bta.facility.Facility;
import no.kommune.bta.facility.FacilityService;
import no.kommune.bta.intake.IntakeDtos.AllocationRequest;
import no.kommune.bta.intake.IntakeDtos.AllocationView;
import no.kommune.bta.intake.IntakeDtos.InformedRequest;
import no.kommune.bta.intake.IntakeDtos.IntakeCorrection;
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
import no.kommune.bta.intake.IntakeQueries.AgreementRef;
import no.kommune.bta.intake.IntakeQueries.IntakeState;
import no.kommune.bta.intake.IntakeQueries.UnitRef;
import no.kommune.bta.intake.IntakeTransitions.Facts;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.person.Person;
import no.kommune.bta.person.PersonDtos.PersonDetails;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.person.PersonService;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.PersonAccess;
import no.kommune.bta.security.Roles;

/**
 * The intake process (R-INT-1 … R-INT-7): each step is a command in one transaction. Which step is allowed
 * when is {@link IntakeTransitions}; the texts are {@link IntakeTexts}.
 */
@ApplicationScoped
public class IntakeService {
    private static final String ALLOCATION_TAKEN = "allocation_one_live_per_intake";

    @Inject
    Plans plans;

    @Inject
    IntakeRepository intakes;

    @Inject
    AllocationRepository allocations;

    @Inject
    ServiceDecisionRepository decisions;

    @Inject
    IntakeEventRepository events;

    @Inject
    IntakeQueries queries;

    @Inject
    UnitReservationQueries reservations;

    @Inject
    PersonService personService;

    @Inject
    FacilityService facilityService;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PersonAccess access;

    @Inject
    FacilityScope scope;

    // ---------------------------------------------------------------- commands

    @Transactional
    public IntakeView create(NewIntake body) {
        Person person = personService.lookup(body.personId())
                .orElseThrow(() -> ProblemException.invalid("personId", "personen finnes ikke"));
        List<String> wishes = body.facilityWishes() == null ? List.of() : body.facilityWishes();
        for (int i = 0; i < wishes.size(); i++) {
            if (facilityService.lookup(wishes.get(i)).isEmpty()) {
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
        i.caseworkerSubject = user.subject();
        i.assessment = body.assessment().strip();
        i.assessmentSummary = trim(body.assessmentSummary());
        i.needs = trim(body.needs());
        i.wishes = trim(body.wishes());
        i.facilityWishes = new LinkedHashSet<>(wishes).toArray(String[]::new);
        i.hasRentalHousingDecision = Boolean.TRUE.equals(body.hasRentalHousingDecision());
        intakes.persist(i);
        event(i, IntakeEventType.SUBMITTED, IntakeTexts.submitted(i.hasRentalHousingDecision));
        return view(i.id);
    }

    @Transactional
    public IntakeView prioritise(UUID id, PriorityRequest body) {
        Intake i = step(id, IntakeAction.PRIORITISE);
        boolean first = i.priority == null;
        i.priority = body.priority();
        i.priorityReason = body.reason().strip();
        i.prioritisedAt = clock.instant();
        i.prioritisedBy = user.describe();
        event(i, IntakeEventType.PRIORITISED, IntakeTexts.prioritised(first, body.priority(), i.priorityReason));
        return view(id);
    }

    @Transactional
    public IntakeView allocate(UUID id, AllocationRequest body) {
        Intake i = step(id, IntakeAction.ALLOCATE);
        UnitRef unit = queries.unit(body.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "boenheten finnes ikke"));
        Facility f = facilityService.lookup(unit.facilityId()).orElseThrow();
        Person p = personService.lookup(i.personId).orElseThrow();
        String outside = TargetGroupRule.outside(f, p, body.fromDate());
        String override = trim(body.overrideReason());
        if (outside != null && override == null) {
            throw ProblemException.of(ProblemType.OUTSIDE_TARGET_GROUP, IntakeTexts.outsideTargetGroup(outside),
                    List.of(new Problem.Violation("overrideReason", IntakeTexts.overrideNeeded(outside))));
        }
        UUID reservation = UUID.randomUUID();
        if (!reservations.reserve(reservation, body.unitId(), UnitReservationQueries.ALLOCATION, body.fromDate())) {
            throw ProblemException.of(ProblemType.UNIT_NOT_AVAILABLE, IntakeTexts.unitNotAvailable(unit.label(), body.fromDate()));
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
        allocations.persist(a);
        try {
            allocations.flush();
        } catch (PersistenceException e) {
            if (DbConstraints.violated(e, ALLOCATION_TAKEN)) {
                throw ProblemException.of(ProblemType.INTAKE_ALREADY_ALLOCATED, IntakeTexts.alreadyAllocated());
            }
            throw e;
        }
        event(i, IntakeEventType.ALLOCATED, IntakeTexts.allocated(f.name, unit.label(), body.fromDate(), a.coordinator,
                outside, a.overrideReason));
        return view(id);
    }

    @Transactional
    public IntakeView informed(UUID id, InformedRequest body) {
        Intake i = step(id, IntakeAction.INFORM);
        if (body.informedOn().isAfter(Clocks.today(clock))) {
            throw ProblemException.invalid("informedOn", "kan ikke være fram i tid");
        }
        i.informedOn = body.informedOn();
        i.informedBy = user.describe();
        event(i, IntakeEventType.APPLICANT_INFORMED, IntakeTexts.informed(body.informedOn()));
        return view(id);
    }

    /** R-INT-3: schedule the orientation meeting, then record it as held with all three parties and the answer. */
    @Transactional
    public IntakeView orientation(UUID id, OrientationRequest body) {
        if (body.heldOn() == null) {
            Intake i = step(id, IntakeAction.SCHEDULE_ORIENTATION);
            if (body.scheduledAt() == null) {
                throw ProblemException.invalid("scheduledAt", "oppgi tidspunkt for samtalen, eller heldOn når den er holdt");
            }
            i.orientationScheduledAt = body.scheduledAt();
            event(i, IntakeEventType.ORIENTATION_SCHEDULED, IntakeTexts.orientationScheduled(body.scheduledAt()));
            return view(id);
        }
        Intake i = step(id, IntakeAction.RECORD_ORIENTATION);
        List<Problem.Violation> v = new ArrayList<>();
        Set<String> participants = new LinkedHashSet<>(body.participants() == null ? List.of() : body.participants());
        for (String p : participants) {
            if (Enums.find(OrientationParticipant.class, p).isEmpty()) {
                v.add(new Problem.Violation("participants", "ukjent deltaker: " + p));
            }
        }
        if (!participants.containsAll(Arrays.stream(OrientationParticipant.values()).map(Enum::name).toList())) {
            v.add(new Problem.Violation("participants", "søker (APPLICANT), HVK og botiltaket (FACILITY) må delta"));
        }
        if (body.heldOn().isAfter(Clocks.today(clock))) v.add(new Problem.Violation("heldOn", "kan ikke være fram i tid"));
        ApplicantAnswer answer = Enums.find(ApplicantAnswer.class, body.applicantAnswer()).orElse(null);
        if (answer == null) {
            v.add(new Problem.Violation("applicantAnswer", "må være ACCEPTED eller DECLINED"));
        } else if (answer == ApplicantAnswer.DECLINED && trim(body.declineReason()) == null) {
            v.add(new Problem.Violation("declineReason", "må fylles ut når søkeren takker nei"));
        }
        if (!v.isEmpty()) throw ProblemException.invalid(ProblemType.ORIENTATION_MEETING_INCOMPLETE, v);
        i.orientationHeldOn = body.heldOn();
        i.orientationParticipants = participants.stream().map(OrientationParticipant::valueOf)
                .toArray(OrientationParticipant[]::new);
        i.applicantAnswer = answer;
        i.declineReason = trim(body.declineReason());
        event(i, IntakeEventType.ORIENTATION_HELD, IntakeTexts.orientationHeld(body.heldOn()));
        if (answer == ApplicantAnswer.DECLINED) {
            release(i, IntakeTexts.RELEASED_DECLINED);
            event(i, IntakeEventType.APPLICANT_DECLINED, IntakeTexts.declined(i.declineReason));
        } else {
            event(i, IntakeEventType.APPLICANT_ACCEPTED, IntakeTexts.accepted());
        }
        return view(id);
    }

    /** R-INT-4: the vedtak om praktisk bistand, only after the orientation meeting where the applicant accepted. */
    @Transactional
    public IntakeView decide(UUID id, ServiceDecisionRequest body) {
        Intake i = step(id, IntakeAction.DECIDE);
        List<LegalBasis> basis = new ArrayList<>();
        if (body.legalBasis() == null || body.legalBasis().isEmpty()) {
            basis.addAll(LegalBasis.DEFAULT);
        } else {
            for (int k = 0; k < body.legalBasis().size(); k++) {
                basis.add(Enums.parse(LegalBasis.class, "legalBasis[" + k + "]", body.legalBasis().get(k),
                        "må være en av " + Arrays.toString(LegalBasis.values())));
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
        d.legalBasis = new LinkedHashSet<>(basis).toArray(LegalBasis[]::new);
        d.reassessBy = body.reassessBy();
        d.createdAt = clock.instant();
        d.createdBy = user.describe();
        decisions.persist(d);
        event(i, IntakeEventType.DECIDED, IntakeTexts.decided(d.decisionDate));
        return view(id);
    }

    @Transactional
    public IntakeView withdraw(UUID id, ReasonRequest body) {
        // an open agreement holds the unit: releasing it would let it be allocated twice (IntakeTransitions refuses)
        Intake i = step(id, IntakeAction.WITHDRAW);
        i.withdrawnAt = clock.instant();
        i.withdrawalReason = body.reason().strip();
        boolean released = release(i, IntakeTexts.RELEASED_WITHDRAWN);
        event(i, IntakeEventType.WITHDRAWN, IntakeTexts.withdrawn(i.withdrawalReason, released));
        return view(id);
    }

    @Transactional
    public IntakeView reject(UUID id, ReasonRequest body) {
        Intake i = step(id, IntakeAction.REJECT);
        i.rejectedAt = clock.instant();
        i.rejectionReason = body.reason().strip();
        boolean released = release(i, IntakeTexts.RELEASED_REJECTED);
        event(i, IntakeEventType.REJECTED, IntakeTexts.rejected(i.rejectionReason, released));
        return view(id);
    }

    /**
     * Issue 18: the application's own HVK caseworker corrects the person's names and contact details and what it
     * entered on the application, before the decision ({@link IntakeAction#CORRECT} in {@link IntakeTransitions}). The timeline gets one line naming
     * the fields that changed; nothing changed, no line.
     */
    @Transactional
    public IntakeView correct(UUID id, IntakeCorrection body) {
        Intake i = lock(id);
        if (!user.subject().equals(i.caseworkerSubject)) {
            throw ProblemException.forbidden(IntakeTexts.notCaseworker());
        }
        IntakeTransitions.require(IntakeAction.CORRECT, new Facts(visibleState(id).status(), i.applicantAnswer,
                queries.hasOpenAgreement(id)));
        List<String> wishes = body.facilityWishes();
        for (int k = 0; k < wishes.size(); k++) {
            if (facilityService.lookup(wishes.get(k)).isEmpty()) {
                throw ProblemException.invalid("facilityWishes[" + k + "]", "botiltaket finnes ikke");
            }
        }
        if (body.receivedOn().isAfter(Clocks.today(clock))) throw ProblemException.invalid("receivedOn", "kan ikke være fram i tid");
        List<String> changed = new ArrayList<>(personService.correct(i.personId, new PersonDetails(body.givenName(),
                body.familyName(), body.phone(), body.email(), body.address(), body.navContact())));
        String[] facilityWishes = new LinkedHashSet<>(wishes).toArray(String[]::new);
        if (!body.receivedOn().equals(i.receivedOn)) changed.add("mottatt dato");
        if (!body.assessment().strip().equals(i.assessment)) changed.add("faglig vurdering");
        if (!Objects.equals(trim(body.assessmentSummary()), i.assessmentSummary)) changed.add("sammendrag for ESIKT");
        if (!Objects.equals(trim(body.needs()), i.needs)) changed.add("behov");
        if (!Objects.equals(trim(body.wishes()), i.wishes)) changed.add("ønsker");
        if (!Arrays.equals(facilityWishes, i.facilityWishes)) changed.add("ønskede botiltak");
        if (body.hasRentalHousingDecision() != i.hasRentalHousingDecision) changed.add("vedtak om kommunal utleiebolig");
        i.receivedOn = body.receivedOn();
        i.assessment = body.assessment().strip();
        i.assessmentSummary = trim(body.assessmentSummary());
        i.needs = trim(body.needs());
        i.wishes = trim(body.wishes());
        i.facilityWishes = facilityWishes;
        i.hasRentalHousingDecision = body.hasRentalHousingDecision();
        if (!changed.isEmpty()) event(i, IntakeEventType.CORRECTED, IntakeTexts.corrected(changed));
        return view(id);
    }

    // ---------------------------------------------------------------- queries

    /** The list with {@code q} from the URL: names only, so no identity number reaches a URL (a digit is a 400). */
    @Transactional
    public PageResult<IntakeSummary> list(String status, String facility, String q, String sort, String order,
                                          Paging paging) {
        return page(status, facility, PersonMatch.fromUrl(q, "q", "/api/intakes/search"), sort, order, paging);
    }

    /**
     * The list with the text from a body: part of a name or the start of the number; ESIKT, who never sees numbers,
     * by name only.
     */
    @Transactional
    public PageResult<IntakeSummary> search(String query, String status, String facility, String sort, Paging paging) {
        PersonMatch match = queueOnly() ? PersonMatch.namesOnly(query, "query")
                : PersonMatch.of(query);
        return page(status, facility, match, sort, null, paging);
    }

    /** {@code sort} as asked, else the older {@code order}: priority (the waiting list) or received (newest first). */
    private static String sortOf(String sort, String order) {
        if (sort != null && !sort.isBlank()) return sort;
        if (order == null) return null;
        return switch (order) {
            case "priority" -> "priority";
            case "received" -> "-received";
            default -> throw ProblemException.badRequest("order", "må være priority eller received");
        };
    }

    private PageResult<IntakeSummary> page(String status, String facility, PersonMatch match, String sort, String order,
                                           Paging paging) {
        scope.requireOwnFilter(facility);
        Set<IntakeStatus> statuses = EnumSet.noneOf(IntakeStatus.class);
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                String t = s.strip();
                statuses.add(Enums.find(IntakeStatus.class, t)
                        .orElseThrow(() -> ProblemException.badRequest("status", "ukjent status: " + t)));
            }
        }
        var filter = new IntakeQueries.Filter(statuses, facility, match, sortOf(sort, order));
        // the page and its count are planned once per connection: with the queue switch and the statuses in their text
        // the kept plans are those PostgreSQL makes for the values, and planning the grants anew cost about 2 ms a
        // statement (ESIKT's waiting list at national scale, issue 16). A list searched by text keeps the default, as
        // the text decides between the name index and the list's order.
        if (match.pattern() == null) plans.keptFromHere();
        boolean queueOnly = queueOnly();
        List<IntakeSummary> items = queries.page(filter, access.scope(), paging).stream()
                .map(s -> queueOnly ? s.forQueue() : s).toList();
        return new PageResult<>(items, paging.page(), paging.size(), queries.count(filter, access.scope()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IntakeView get(UUID id) {
        return view(id);
    }

    /** The person an application concerns, for the access log. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID personOf(UUID intakeId) {
        return intakes.findByIdOptional(intakeId).map(i -> i.personId).orElse(null);
    }

    // ---------------------------------------------------------------- hooks for other features

    /** R-INT-5: called by the move-in command once its gate holds; turns the allocation into an occupancy. */
    public void markMovedIn(UUID intakeId, LocalDate movedInOn) {
        Intake i = lock(intakeId);
        i.movedInOn = movedInOn;
        event(i, IntakeEventType.MOVED_IN, IntakeTexts.movedIn(movedInOn));
    }

    /**
     * R-ACC-3, called when the agreement drafted from the application ends by move-out: the allocation is closed, so
     * the unit's history and the facility's access say the same (the unit's reservation ended at move-in).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAllocationAtMoveOut(UUID intakeId) {
        for (Allocation a : allocations.findLiveByIntake(intakeId)) {
            a.releasedAt = clock.instant();
            a.releaseReason = IntakeTexts.RELEASED_MOVED_OUT;
        }
    }

    /**
     * R-AGR-9, called when the agreement drafted from the application is voided before move-in (the agreement feature
     * has checked the caller's access and ended the agreement in this transaction). The allocation and the unit it
     * held are released today. {@code WAITING_LIST}: the application is prioritised still and waits for a new place;
     * the steps taken for the voided place (informed, orientation meeting, answer) are cleared and the decision made
     * for it is set aside, so a new place is offered, oriented and decided anew (R-INT-3, R-INT-4); the timeline keeps
     * what was cleared. {@code CLOSED}: the application is withdrawn with the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterVoidedAgreement(UUID intakeId, ApplicationAfterVoid to, String reason) {
        Intake i = intakes.findByIdOptional(intakeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Søknaden", intakeId));
        boolean released = release(i, IntakeTexts.releasedVoided(reason));
        if (to == ApplicationAfterVoid.CLOSED) {
            i.withdrawnAt = clock.instant();
            i.withdrawalReason = reason;
            event(i, IntakeEventType.WITHDRAWN, IntakeTexts.closedAfterVoid(reason, released));
            return;
        }
        ServiceDecision decision = decisions.findByIntake(i.id).orElse(null);
        String summary = IntakeTexts.backOnWaitingList(reason, released, i.informedOn, i.orientationHeldOn,
                decision == null ? null : decision.decisionDate);
        if (decision != null) {
            decision.setAsideAt = clock.instant();
            decision.setAsideReason = IntakeTexts.setAsideVoided(reason);
        }
        i.informedOn = null;
        i.informedBy = null;
        i.orientationScheduledAt = null;
        i.orientationHeldOn = null;
        i.orientationParticipants = null;
        i.applicantAnswer = null;
        i.declineReason = null;
        event(i, IntakeEventType.BACK_ON_WAITING_LIST, summary);
    }

    /** R-ACC-5, called by retention: the free text of a person's applications is anonymised. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(List<UUID> personIds) {
        queries.anonymise(personIds);
    }

    // ---------------------------------------------------------------- helpers

    private IntakeView view(UUID id) {
        IntakeState state = visibleState(id);
        Intake i = intakes.findById(id);
        Person p = personService.lookup(i.personId).orElseThrow();
        AllocationView allocation = state.allocationId() == null ? null : queries.allocation(state.allocationId());
        ServiceDecisionView decision = decisions.findByIntake(id)
                .map(d -> new ServiceDecisionView(d.decisionDate, d.scope, List.of(d.legalBasis), d.reassessBy,
                        d.createdAt, d.createdBy)).orElse(null);
        List<TimelineEntry> timeline = events.timeline(id).stream()
                .map(e -> new TimelineEntry(e.at, e.type, e.byUser, e.byRole, e.summary)).toList();
        OrientationView orientation = i.orientationScheduledAt == null && i.orientationHeldOn == null ? null
                : new OrientationView(i.orientationScheduledAt, i.orientationHeldOn,
                i.orientationParticipants == null ? List.of() : List.of(i.orientationParticipants),
                i.applicantAnswer, i.declineReason);
        AgreementRef agreement = queries.agreementOf(id).orElse(null);
        String closedReason = i.withdrawalReason != null ? i.withdrawalReason
                : i.rejectionReason != null ? i.rejectionReason : i.declineReason;
        Facts facts = new Facts(state.status(), i.applicantAnswer, agreement != null && agreement.open());
        if (queueOnly()) {
            // ESIKT prioritises and allocates from name, birth year, sex, the summary and the wishes (R-ACC-3)
            return new IntakeView(i.id, PersonSummary.of(p).forQueue(), state.status(), i.receivedOn, i.createdAt,
                    i.caseworker, null, i.assessmentSummary, null, i.wishes, List.of(i.facilityWishes),
                    i.hasRentalHousingDecision, i.priority, i.priorityReason, allocation, i.informedOn, orientation, null,
                    null, i.movedInOn, null, timeline, IntakeTransitions.nextActions(facts, user.roles()));
        }
        return new IntakeView(i.id, PersonSummary.of(p), state.status(), i.receivedOn, i.createdAt, i.caseworker,
                i.assessment, i.assessmentSummary, i.needs, i.wishes, List.of(i.facilityWishes), i.hasRentalHousingDecision,
                i.priority, i.priorityReason, allocation, i.informedOn, orientation, decision, closedReason, i.movedInOn,
                agreement == null ? null : agreement.id(), timeline, IntakeTransitions.nextActions(facts, user.roles()));
    }

    /** Locks the application for a step the transition table allows now; the refusal otherwise. */
    private Intake step(UUID id, IntakeAction action) {
        Intake i = lock(id);
        IntakeStatus status = visibleState(id).status();
        IntakeTransitions.require(action, new Facts(status, i.applicantAnswer, queries.hasOpenAgreement(id)));
        return i;
    }

    private Intake lock(UUID id) {
        // the scope check first: a caller who may not see the application gets 404, as on reads
        visibleState(id);
        return intakes.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Søknaden", id));
    }

    /** The caller reads applications only as the allocation queue (esikt without an HVK or facility role). */
    private boolean queueOnly() {
        return user.hasRole(Roles.ESIKT) && !user.hasRole(Roles.HVK) && !user.hasRole(Roles.BOTILTAK)
                && !user.hasRole(Roles.FAGLEDER);
    }

    private IntakeState visibleState(UUID id) {
        return queries.state(id, access.scope()).orElseThrow(() -> ProblemException.notFound("Søknaden", id));
    }

    private boolean release(Intake i, String reason) {
        List<Allocation> live = allocations.findLiveByIntake(i.id);
        for (Allocation a : live) {
            a.releasedAt = clock.instant();
            a.releaseReason = reason;
            reservations.release(a.reservationId);
        }
        return !live.isEmpty();
    }

    private void event(Intake i, IntakeEventType type, String summary) {
        IntakeEvent e = new IntakeEvent();
        e.intakeId = i.id;
        e.type = type;
        e.at = clock.instant();
        e.byUser = user.describe();
        e.byRole = String.join(",", user.roles());
        e.summary = summary;
        events.persist(e);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
