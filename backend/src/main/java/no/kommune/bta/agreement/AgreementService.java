package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementDtos.*;
import no.kommune.bta.agreement.AgreementFlags.Facts;
import no.kommune.bta.agreement.AgreementQueries.FacilityTerms;
import no.kommune.bta.agreement.AgreementQueries.Header;
import no.kommune.bta.agreement.AgreementQueries.IntakeForAgreement;
import no.kommune.bta.agreement.MoveInChecklist.IntakeReadiness;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.intake.ApplicationAfterVoid;
import no.kommune.bta.intake.IntakeService;
import no.kommune.bta.intake.IntakeStatus;
import no.kommune.bta.intake.UnitReservations;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.PersonAccess;
import no.kommune.bta.security.Roles;
import no.kommune.bta.common.DocumentFormat;

/**
 * The agreement's life (R-AGR-1 … R-AGR-8, R-INT-5): one command, one transaction. The rules live in
 * {@link AgreementTerms}, {@link AgreementFlags} and {@link MoveInChecklist}, the status in the view
 * agreement_state (read through {@link AgreementQueries#status}), the text in {@link AgreementTexts}.
 */
@ApplicationScoped
public class AgreementService {
    private static final String PARTY_MESSAGE = "må være RESIDENT eller MUNICIPALITY";

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementHistoryQueries history;

    @Inject
    AgreementTerms terms;

    @Inject
    AgreementFlags flags;

    @Inject
    UnitReservations reservations;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PersonAccess access;

    @Inject
    FacilityScope scope;

    @Inject
    IntakeService intakes;

    @Inject
    ReferralQueries referrals;

    @Inject
    Event<AgreementBasisChanged> basisChanged;

    @Inject
    Event<PaymentMethodAtMoveIn> paymentMethodAtMoveIn;

    // ---------------------------------------------------------------- create

    /** A draft from a decided application (R-INT-4 comes first), with the facility's kind, fee and notice. */
    @Transactional
    public AgreementView create(NewAgreement body) {
        // R-ACC-3: an application allocated elsewhere is answered as one that does not exist
        IntakeForAgreement intake = queries.intakeForAgreement(body.intakeId())
                .filter(i -> access.atFacility(i.personId(), i.facilityId()))
                .orElseThrow(() -> ProblemException.invalid("intakeId", "søknaden finnes ikke"));
        if (!IntakeStatus.DECIDED.name().equals(intake.status())) {
            throw ProblemException.of(ProblemType.DECISION_BEFORE_AGREEMENT, AgreementTexts.decisionBeforeAgreement(intake.status()));
        }
        FacilityTerms f = queries.facilityTerms(intake.facilityId());
        LocalDate end = body.endDate() != null ? body.endDate() : terms.defaultEnd(f.kind(), body.startDate());
        if (end.isBefore(body.startDate())) throw ProblemException.invalid("endDate", "kan ikke være før startdatoen");
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.kind = f.kind();
        a.personId = intake.personId();
        a.facilityId = intake.facilityId();
        a.unitId = intake.unitId();
        a.intakeId = body.intakeId();
        a.startDate = body.startDate();
        a.endDate = end;
        a.monthlyFeeOre = body.monthlyFeeOre() != null ? body.monthlyFeeOre() : f.monthlyFeeOre();
        a.feeIncludes = f.feeIncludes().toArray(String[]::new);
        a.noticeDays = f.noticeDays();
        a.createdAt = clock.instant();
        a.createdBy = user.describe();
        agreements.persist(a);
        try {
            agreements.flush();
        } catch (PersistenceException e) {
            throw ProblemException.of(ProblemType.AGREEMENT_EXISTS, AgreementTexts.AGREEMENT_EXISTS);
        }
        period(a, 1, a.startDate, a.endDate);
        fee(a, a.startDate, a.monthlyFeeOre, null);
        event(a, "DRAFTED", AgreementTexts.drafted(a.kind, a.startDate, a.endDate));
        return view(a.id, firstPeriodWarnings(a));
    }

    // ---------------------------------------------------------------- signatures (R-AGR-4)

    @Transactional
    public AgreementView sign(UUID id, SignatureRequest body) {
        Agreement a = lock(id);
        if (status(a) != AgreementStatus.DRAFT) throw notNow(a, "signere");
        // R-FAC-2: the agreement keeps the rule version in force when it is signed
        UUID rulesInForce = queries.rulesInForce(a.facilityId);
        switch (Enums.parse(Party.class, "party", body.party(), PARTY_MESSAGE)) {
            case RESIDENT -> {
                if (a.residentSignedOn != null) throw already(AgreementTexts.RESIDENT_ALREADY_SIGNED);
                a.residentSignedOn = body.signedOn();
                a.residentSignatureBy = user.describe();
                if (a.signedByBoth()) a.rulesVersionId = rulesInForce;
                event(a, "SIGNED_BY_RESIDENT", AgreementTexts.signedByResident(body.signedOn()));
            }
            case MUNICIPALITY -> {
                if (!user.hasRole(Roles.FAGLEDER)) throw ProblemException.of(ProblemType.FAGLEDER_SIGNS, AgreementTexts.FAGLEDER_SIGNS);
                if (a.municipalitySignedOn != null) throw already(AgreementTexts.MUNICIPALITY_ALREADY_SIGNED);
                a.municipalitySignedOn = body.signedOn();
                a.municipalitySignedBy = user.describe();
                if (a.signedByBoth()) a.rulesVersionId = rulesInForce;
                event(a, "SIGNED_BY_MUNICIPALITY", AgreementTexts.signedByMunicipality(user.member().label(), body.signedOn()));
            }
        }
        if (a.signedByBoth()) {
            event(a, "ACTIVE", AgreementTexts.ACTIVE);
        }
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- periods (R-AGR-1)

    @Transactional
    public AgreementView evaluate(UUID id, EvaluationRequest body) {
        Agreement a = lock(id);
        AgreementStatus status = status(a);
        if (status == AgreementStatus.ENDED || status == AgreementStatus.DRAFT) throw notNow(a, "registrere evalueringsmøte for");
        history.addEvaluation(a.id, body.heldOn(), body.summary().strip(), user.describe());
        event(a, "EVALUATED", AgreementTexts.evaluated(body.heldOn()));
        return view(id, List.of());
    }

    @Transactional
    public AgreementView renew(UUID id, RenewalRequest body) {
        Agreement a = lock(id);
        // R-AGR-9: an agreement whose end date passed is renewed from the day after it, and is no longer expired
        AgreementStatus status = status(a);
        if (status != AgreementStatus.ACTIVE && status != AgreementStatus.EXPIRED) throw notNow(a, "fornye");
        if (queries.evaluationCount(a.id) == 0) {
            throw ProblemException.of(ProblemType.EVALUATION_BEFORE_RENEWAL, AgreementTexts.EVALUATION_BEFORE_RENEWAL);
        }
        if (!body.toDate().isAfter(a.endDate)) {
            throw ProblemException.invalid("toDate", "må være etter gjeldende sluttdato " + DocumentFormat.date(a.endDate));
        }
        if (body.toDate().isBefore(Clocks.today(clock))) {
            throw ProblemException.invalid("toDate", AgreementTexts.RENEWAL_STILL_EXPIRED);
        }
        int seq = queries.lastPeriodSeq(a.id) + 1;
        LocalDate from = a.endDate.plusDays(1);
        period(a, seq, from, body.toDate());
        a.endDate = body.toDate();
        List<String> warnings = new ArrayList<>();
        if (terms.renewalTooLong(a.kind, from, body.toDate())) warnings.add(AgreementTexts.RENEWAL_TOO_LONG);
        event(a, "RENEWED", AgreementTexts.renewed(from, body.toDate()));
        return view(id, warnings);
    }

    // ---------------------------------------------------------------- fee (R-AGR-3)

    @Transactional
    public AgreementView changeFee(UUID id, FeeChangeRequest body) {
        Agreement a = lock(id);
        if (status(a) == AgreementStatus.ENDED) throw notNow(a, "endre egenbetalingen for");
        LocalDate earliest = AgreementTerms.earliestFeeChange(body.notifiedOn());
        if (body.effectiveFrom().isBefore(earliest)) {
            throw ProblemException.of(ProblemType.FEE_CHANGE_NOTICE, AgreementTexts.feeChangeTooEarly(earliest),
                    List.of(new Problem.Violation("effectiveFrom", "tidligst " + earliest)));
        }
        fee(a, body.effectiveFrom(), body.monthlyFeeOre(), body.notifiedOn());
        event(a, "FEE_CHANGED", AgreementTexts.feeChanged(body.monthlyFeeOre(), body.effectiveFrom(), body.notifiedOn()));
        basisChanged.fire(new AgreementBasisChanged(id, AgreementBasisChanged.Change.FEE_CHANGE));
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- notice (R-AGR-2)

    @Transactional
    public AgreementView giveNotice(UUID id, NoticeRequest body) {
        Agreement a = lock(id);
        Party by = Enums.parse(Party.class, "givenBy", body.givenBy(), PARTY_MESSAGE);
        // R-SAN-12: on a BTA the municipality gives notice only through an approved, notified termination decision
        if (a.kind == AgreementKind.BTA && by == Party.MUNICIPALITY) {
            throw ProblemException.of(ProblemType.TERMINATION_BY_DECISION_ONLY, "givenBy", AgreementTexts.TERMINATION_BY_DECISION_ONLY);
        }
        // a resident may also give notice on an agreement whose end date passed without renewal (R-AGR-9)
        AgreementStatus now = status(a);
        if (now != AgreementStatus.ACTIVE && now != AgreementStatus.EXPIRED) throw notNow(a, "si opp");
        if (a.kind == AgreementKind.LEASE && by == Party.MUNICIPALITY) {
            throw ProblemException.of(ProblemType.LEASE_TERMINATION_BY_OWNER, AgreementTexts.LEASE_TERMINATION_BY_OWNER);
        }
        a.noticeGivenOn = body.givenOn();
        a.noticeBy = by;
        a.noticeReason = body.reason().strip();
        a.noticeEffectiveOn = AgreementTerms.effectiveNotice(a.kind, a.noticeDays, body.givenOn());
        event(a, "NOTICE_GIVEN", AgreementTexts.noticeGiven(by, a.noticeGivenOn, a.noticeEffectiveOn, a.noticeReason));
        return view(id, List.of());
    }


    // ---------------------------------------------------------------- deposit (R-AGR-6)

    @Transactional
    public AgreementView recordDeposit(UUID id, DepositRequest body) {
        Agreement a = lock(id);
        if (body.withheldOre() != null && body.withheldOre() > 0 && trim(body.withheldReason()) == null) {
            throw ProblemException.invalid("withheldReason", "må begrunnes når depositum holdes tilbake");
        }
        if (body.withheldOre() != null && body.withheldOre() > body.amountOre()) {
            throw ProblemException.invalid("withheldOre", "kan ikke være mer enn depositumet");
        }
        a.depositOre = body.amountOre();
        a.depositPaidOn = body.paidOn();
        a.depositReturnedOn = body.returnedOn();
        a.depositWithheldOre = body.withheldOre() == null || body.withheldOre() == 0 ? null : body.withheldOre();
        a.depositWithheldReason = a.depositWithheldOre == null ? null : trim(body.withheldReason());
        a.insuranceInformedOn = body.insuranceInformedOn();
        event(a, "DEPOSIT", AgreementTexts.deposit(body.amountOre(), body.paidOn(), body.insuranceInformedOn()));
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- move-in (R-INT-5) and move-out (R-AGR-8)

    @Transactional
    public AgreementView moveIn(UUID id, MoveInRequest body) {
        Agreement a = lock(id);
        // R-AGR-9: a voided (or otherwise ended) agreement is never moved in under
        if (a.endedOn != null) throw notNow(a, "registrere innflytting for");
        List<Problem.Violation> missing = moveInMissing(a);
        if (!missing.isEmpty()) {
            throw ProblemException.of(ProblemType.MOVE_IN_REQUIREMENTS,
                    AgreementTexts.moveInMissing(missing.stream().map(Problem.Violation::message).toList()), missing);
        }
        if (body.movedInOn().isBefore(a.startDate)) {
            throw ProblemException.invalid("movedInOn", "kan ikke være før avtalens startdato " + DocumentFormat.date(a.startDate));
        }
        // the allocation becomes an occupancy, in the same transaction (intake owns the reservations)
        intakes.markMovedIn(a.intakeId, body.movedInOn());
        a.occupancyId = reservations.occupyFromMoveIn(a.intakeId, a.unitId, body.movedInOn())
                .orElseThrow(() -> ProblemException.of(ProblemType.UNIT_NOT_AVAILABLE, AgreementTexts.unitTaken(body.movedInOn())));
        a.movedInOn = body.movedInOn();
        event(a, "MOVED_IN", AgreementTexts.movedIn(body.movedInOn()));
        basisChanged.fire(new AgreementBasisChanged(id, AgreementBasisChanged.Change.MOVE_IN));
        if (body.paymentMethod() != null) {
            paymentMethodAtMoveIn.fire(new PaymentMethodAtMoveIn(id, body.paymentMethod(), body.deductionAgreementSignedOn()));
        }
        return view(id, List.of());
    }

    /** R-INT-5 and R-AGR-5: what still stands between the draft and move-in. */
    List<Problem.Violation> moveInMissing(Agreement a) {
        IntakeReadiness intake = a.movedInOn == null && a.intakeId != null ? queries.intakeReadiness(a.intakeId) : null;
        return MoveInChecklist.missing(a, intake);
    }

    @Transactional
    public AgreementView moveOut(UUID id, MoveOutRequest body) {
        Agreement a = lock(id);
        if (a.movedInOn == null || a.movedOutOn != null) throw notNow(a, "registrere utflytting for");
        Destination destination = Enums.parse(Destination.class, "destination", body.destination(),
                "må være en av " + EnumSet.allOf(Destination.class));
        TerminationGround ground = Enums.parse(TerminationGround.class, "terminationGround", body.terminationGround(),
                "må være NONE, BREACHES eller ARREARS");
        if (body.movedOutOn().isBefore(a.movedInOn)) throw ProblemException.invalid("movedOutOn", "kan ikke være før innflyttingen");
        // R-SAN-12: on a BTA a move-out for breaches or arrears follows the termination decision behind the notice
        if (a.kind == AgreementKind.BTA && ground != TerminationGround.NONE && ground != a.noticeGround) {
            throw ProblemException.of(ProblemType.TERMINATION_GROUND_NEEDS_DECISION, "terminationGround",
                    AgreementTexts.terminationGroundNeedsDecision(ground, a.noticeGround));
        }
        a.movedOutOn = body.movedOutOn();
        a.destination = destination;
        a.terminationGround = ground;
        a.endedOn = body.movedOutOn();
        a.endReason = EndReason.MOVED_OUT;
        reservations.releaseAtMoveOut(a.occupancyId, body.movedOutOn());
        if (a.intakeId != null) intakes.closeAllocationAtMoveOut(a.intakeId);
        event(a, "MOVED_OUT", AgreementTexts.movedOut(body.movedOutOn(), destination, ground));
        basisChanged.fire(new AgreementBasisChanged(id, AgreementBasisChanged.Change.MOVE_OUT));
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- void (R-AGR-9)

    /**
     * R-AGR-9: a draft, or a signed agreement the resident never moved in under, is voided. It ends today with the
     * reason, the unit its allocation held is free today, and the application goes back on the waiting list or is
     * closed, as the caller chooses (intake does that part). After move-in an agreement ends by notice and move-out.
     */
    @Transactional
    public AgreementView voidAgreement(UUID id, VoidRequest body) {
        Agreement a = lock(id);
        ApplicationAfterVoid to = Enums.parse(ApplicationAfterVoid.class, "applicationTo", body.applicationTo(),
                "må være WAITING_LIST eller CLOSED");
        if (a.movedInOn != null) throw ProblemException.of(ProblemType.VOID_ONLY_BEFORE_MOVE_IN, AgreementTexts.VOID_AFTER_MOVE_IN);
        if (a.endedOn != null) throw notNow(a, "annullere");
        String reason = body.reason().strip();
        a.endedOn = Clocks.today(clock);
        a.endReason = EndReason.VOIDED;
        a.voidReason = reason;
        if (a.intakeId != null) intakes.afterVoidedAgreement(a.intakeId, to, reason);
        event(a, "VOIDED", AgreementTexts.voided(reason, a.intakeId == null ? null : to));
        basisChanged.fire(new AgreementBasisChanged(id, AgreementBasisChanged.Change.VOID));
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- queries

    /**
     * The agreement list. {@code mine}: only agreements whose primary contact is the caller, by the name the staff
     * directory knows them by (primary contacts are appointed by name); {@code match} finds the resident by name or number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AgreementSummary> list(String facility, String status, LocalDate endingBefore, boolean overstay,
                                             boolean open, boolean mine, PersonMatch match, String sort, Paging paging) {
        scope.requireOwnFilter(facility);
        AgreementStatus wanted = status == null ? null : Enums.find(AgreementStatus.class, status)
                .orElseThrow(() -> ProblemException.badRequest("status", "ukjent status: " + status));
        String mineAs = mine ? user.member().name() : null;
        var filter = new AgreementQueries.ListFilter(facility, wanted, endingBefore, overstay, open, mineAs, match, sort);
        LocalDate today = Clocks.today(clock);
        List<AgreementSummary> items = queries.page(access.scope(), filter, paging).stream()
                .map(l -> new AgreementSummary(l.id(), l.kind(), l.status(), l.person(), l.facilityId(), l.unitLabel(),
                        l.startDate(), l.endDate(), l.movedInOn(), l.endedOn(), l.accessUntil(), flags.of(l.facts(), today)))
                .toList();
        long total = queries.count(access.scope(), filter);
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementView get(UUID id) {
        load(id);
        return view(id, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID personOf(UUID id) {
        return agreements.findByIdOptional(id).map(a -> a.personId).orElse(null);
    }

    /** For hvk and integrasjon: the status only, no personal data beyond ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementStatusView status(UUID id) {
        Agreement a = agreements.findByIdOptional(id).filter(this::mayReadStatus)
                .orElseThrow(() -> ProblemException.notFound("Avtalen", id));
        return new AgreementStatusView(a.id, a.kind, queries.status(a.id), a.facilityId, a.unitId, a.personId, a.startDate,
                a.endDate, a.movedInOn, a.endedOn);
    }

    /**
     * R-ACC-3: an agreement's status is for the staff of its facility while they see the resident, the HVK
     * caseworker of any of the resident's applications while that lasts, and integrating systems (ids and dates
     * only). To anyone else it does not exist.
     */
    private boolean mayReadStatus(Agreement a) {
        return user.hasRole(Roles.INTEGRASJON) || access.recordAt(a.personId, a.facilityId);
    }

    /** The agreement, if the caller sees its person at its facility (R-ACC-3); 404 otherwise. Also used by the PDF. */
    Agreement load(UUID id) {
        return agreements.findByIdOptional(id).filter(a -> access.atFacility(a.personId, a.facilityId))
                .orElseThrow(() -> ProblemException.notFound("Avtalen", id));
    }

    /** R-AGR-3, for the PDF: the monthly fee in force today. */
    long feeInForce(Agreement a) {
        return AgreementTerms.feeInForce(a.monthlyFeeOre, queries.fees(a.id), Clocks.today(clock));
    }

    /**
     * The agreement as the API shows it. The caller has passed the access check already (get, or the command's
     * lock): a move-out dated long ago ends access, but its own answer still shows the result.
     */
    AgreementView view(UUID id, List<String> warnings) {
        agreements.flushPending();
        Agreement a = agreements.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Avtalen", id));
        Header h = queries.header(id);
        Facts facts = h.facts();
        AgreementStatus status = facts.status();
        List<Fee> fees = queries.fees(id);
        LocalDate today = Clocks.today(clock);
        List<AgreementFlag> flagged = flags.of(facts, today);
        List<String> allWarnings = new ArrayList<>(warnings);
        if (flagged.contains(AgreementFlag.OVERSTAY)) {
            allWarnings.add(AgreementTexts.overstayWarning(facts.stayDays(), facts.maxStayDays(), h.facilityName()));
        }
        // the R-AGR-1 warning stays on the agreement for as long as the long first period runs
        if (flagged.contains(AgreementFlag.LONG_FIRST_PERIOD)) {
            firstPeriodWarnings(a).stream().filter(w -> !allWarnings.contains(w)).forEach(allWarnings::add);
        }
        List<String> missing = status == AgreementStatus.ENDED || a.movedInOn != null ? List.of()
                : moveInMissing(a).stream().map(Problem.Violation::message).toList();
        return new AgreementView(a.id, a.kind, status, h.person(), a.facilityId, h.facilityName(), a.unitId, h.unitLabel(),
                a.intakeId, a.predecessorId, a.startDate, a.endDate, AgreementTerms.feeInForce(a.monthlyFeeOre, fees, today),
                list(a.feeIncludes), a.noticeDays, h.rulesVersion(),
                new Signatures(a.residentSignedOn, a.residentSignatureBy, a.municipalitySignedOn, a.municipalitySignedBy),
                queries.periods(id), queries.evaluations(id), fees,
                new FollowUp(a.primaryContact, a.primaryContactAppointedBy, a.individualPlan, a.cooperationGoals,
                        a.cooperationNeeds, a.cooperationStaffProvide, queries.responsibilityGroup(id), queries.meetings(id)),
                new Deposit(a.depositOre, a.depositPaidOn, a.depositReturnedOn, a.depositWithheldOre,
                        a.depositWithheldReason, a.insuranceInformedOn),
                a.movedInOn,
                a.noticeGivenOn == null ? null : new Notice(a.noticeBy, a.noticeGivenOn, a.noticeReason, a.noticeEffectiveOn,
                        a.noticeDecisionId),
                a.movedOutOn == null ? null : new MoveOut(a.movedOutOn, a.destination, a.terminationGround),
                a.endedOn, a.endReason, facts.stayDays(), flagged, allWarnings, missing, queries.timeline(id), a.voidReason,
                referrals.ofAgreement(id));
    }

    // ---------------------------------------------------------------- helpers

    Agreement lock(UUID id) {
        return agreements.findForUpdate(id).filter(a -> access.atFacility(a.personId, a.facilityId))
                .orElseThrow(() -> ProblemException.notFound("Avtalen", id));
    }

    /** The status as the one view agreement_state derives it, after this transaction's changes. */
    AgreementStatus status(Agreement a) {
        agreements.flushPending();
        return queries.status(a.id);
    }

    private List<String> firstPeriodWarnings(Agreement a) {
        return terms.longFirstPeriod(a.kind, a.startDate, a.endDate) ? List.of(AgreementTexts.LONG_FIRST_PERIOD) : List.of();
    }

    /** R-ACC-5, called by retention in the transaction of a batch of persons: the free text of the person's agreements goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(List<UUID> personIds) {
        queries.anonymise(personIds);
    }

    void period(Agreement a, int seq, LocalDate from, LocalDate to) {
        history.addPeriod(a.id, seq, from, to, user.describe());
    }

    void fee(Agreement a, LocalDate from, long ore, LocalDate notifiedOn) {
        history.setFee(a.id, from, ore, notifiedOn, user.describe());
    }

    void event(Agreement a, String type, String summary) {
        history.addEvent(a.id, type, summary, user.describe());
    }

    private ProblemException notNow(Agreement a, String verb) {
        return already(AgreementTexts.stepNotAllowed(verb, status(a)));
    }

    private static ProblemException already(String detail) {
        return ProblemException.of(ProblemType.AGREEMENT_STEP_NOT_ALLOWED, detail);
    }

    private static List<String> list(String[] a) {
        return a == null ? List.of() : Arrays.asList(a);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
