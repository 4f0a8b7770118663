package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementDtos.*;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.facility.Facility;
import no.kommune.bta.intake.IntakeService;
import no.kommune.bta.person.NationalId;
import no.kommune.bta.person.Person;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;

/** The agreement's life (R-AGR-1 … R-AGR-8, R-INT-5, R-FOL-1): one command, one transaction. */
@ApplicationScoped
public class AgreementService {
    static final Set<String> DESTINATIONS = Set.of("MUNICIPAL_RENTAL", "PRIVATE_RENTAL", "OWN_HOME", "TREATMENT",
            "OTHER_FACILITY", "PRISON", "HOSPITAL", "DECEASED", "UNKNOWN");
    static final Set<String> GROUNDS = Set.of("NONE", "BREACHES", "ARREARS");
    private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @Inject
    IntakeService intakes;

    // ---------------------------------------------------------------- create

    /** A draft from a decided application (R-INT-4 comes first), with the facility's kind, fee and notice. */
    @Transactional
    public AgreementView create(NewAgreement body) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.status, i.person_id, a.unit_id, u.facility_id
                        FROM intake i JOIN intake_state s ON s.intake_id = i.id
                        LEFT JOIN allocation a ON a.id = s.allocation_id LEFT JOIN unit u ON u.id = a.unit_id
                        WHERE i.id = :id""").setParameter("id", body.intakeId()).getResultList();
        if (rows.isEmpty()) throw ProblemException.invalid("intakeId", "søknaden finnes ikke");
        Object[] r = rows.get(0);
        String facilityId = (String) r[3];
        if (facilityId == null || !scope.worksAt(facilityId)) {
            throw ProblemException.forbidden("Søknaden er ikke tildelt et botiltak du arbeider ved");
        }
        if (!"DECIDED".equals(r[0])) {
            throw ProblemException.rule(422, "r-int-4-decision-before-agreement", "R-INT-4",
                    "Vedtaket må være fattet først",
                    "Avtalen skrives etter at vedtak om praktisk bistand er fattet (søknadens status: " + r[0] + ")");
        }
        Facility f = em.find(Facility.class, facilityId);
        LocalDate end = body.endDate() != null ? body.endDate()
                : f.agreementKind.equals("BTA") ? body.startDate().plusMonths(2).minusDays(1)
                : body.startDate().plusYears(3).minusDays(1);
        if (end.isBefore(body.startDate())) throw ProblemException.invalid("endDate", "kan ikke være før startdatoen");
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.kind = f.agreementKind;
        a.personId = (UUID) r[1];
        a.facilityId = facilityId;
        a.unitId = (UUID) r[2];
        a.intakeId = body.intakeId();
        a.startDate = body.startDate();
        a.endDate = end;
        a.monthlyFeeOre = body.monthlyFeeOre() != null ? body.monthlyFeeOre() : f.monthlyFeeOre;
        a.feeIncludes = f.feeIncludes;
        a.noticeDays = f.noticeDays;
        a.createdAt = clock.instant();
        a.createdBy = user.describe();
        em.persist(a);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw ProblemException.rule(409, "agreement-exists", null, "Søknaden har allerede en avtale",
                    "Det finnes allerede en åpen avtale for denne søknaden");
        }
        period(a, 1, a.startDate, a.endDate);
        fee(a, a.startDate, a.monthlyFeeOre, null);
        event(a, "DRAFTED", "Utkast til " + kindName(a.kind) + " for perioden " + fmt(a.startDate) + "–" + fmt(a.endDate));
        return view(a.id, firstPeriodWarnings(a));
    }

    // ---------------------------------------------------------------- signatures (R-AGR-4)

    @Transactional
    public AgreementView sign(UUID id, SignatureRequest body) {
        Agreement a = lock(id);
        if (!status(a).equals("DRAFT")) throw notNow(a, "signere");
        // R-FAC-2: the agreement keeps the rule version in force when it is signed
        UUID rulesInForce = em.createQuery("select v.id from HouseRulesVersion v where v.facilityId = :f order by v.version desc",
                UUID.class).setParameter("f", a.facilityId).setMaxResults(1).getSingleResult();
        switch (body.party()) {
            case "RESIDENT" -> {
                if (a.residentSignedOn != null) throw already("Beboeren har allerede signert");
                a.residentSignedOn = body.signedOn();
                a.residentSignatureBy = user.describe();
                if (a.signedByBoth()) a.rulesVersionId = rulesInForce;
                event(a, "SIGNED_BY_RESIDENT", "Signert av beboeren " + fmt(body.signedOn()));
            }
            case "MUNICIPALITY" -> {
                if (!user.hasRole(Roles.FAGLEDER)) {
                    throw ProblemException.rule(403, "r-agr-4-fagleder-signs", "R-AGR-4",
                            "Bare fagleder eller bokoordinator signerer for kommunen",
                            "Signaturen for kommunen må gis av en fagleder ved botiltaket");
                }
                if (a.municipalitySignedOn != null) throw already("Kommunen har allerede signert");
                a.municipalitySignedOn = body.signedOn();
                a.municipalitySignedBy = user.describe();
                if (a.signedByBoth()) a.rulesVersionId = rulesInForce;
                event(a, "SIGNED_BY_MUNICIPALITY", "Signert for kommunen av " + user.describe() + " " + fmt(body.signedOn()));
            }
            default -> throw ProblemException.invalid("party", "må være RESIDENT eller MUNICIPALITY");
        }
        if (a.signedByBoth()) {
            event(a, "ACTIVE", "Avtalen er signert av begge parter og gjelder");
        }
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- periods (R-AGR-1)

    @Transactional
    public AgreementView evaluate(UUID id, EvaluationRequest body) {
        Agreement a = lock(id);
        if (status(a).equals("ENDED") || status(a).equals("DRAFT")) throw notNow(a, "registrere evalueringsmøte for");
        em.createNativeQuery("""
                        INSERT INTO agreement_evaluation (id, agreement_id, held_on, summary, created_by)
                        VALUES (:id, :a, :h, :s, :by)""")
                .setParameter("id", UUID.randomUUID()).setParameter("a", a.id).setParameter("h", body.heldOn())
                .setParameter("s", body.summary().strip()).setParameter("by", user.describe()).executeUpdate();
        event(a, "EVALUATED", "Evalueringsmøte holdt " + fmt(body.heldOn()));
        return view(id, List.of());
    }

    @Transactional
    public AgreementView renew(UUID id, RenewalRequest body) {
        Agreement a = lock(id);
        if (!status(a).equals("ACTIVE")) throw notNow(a, "fornye");
        long evaluations = count("SELECT count(*) FROM agreement_evaluation WHERE agreement_id = :a", a.id);
        if (evaluations == 0) {
            throw ProblemException.rule(422, "r-agr-1-evaluation-before-renewal", "R-AGR-1",
                    "Evalueringsmøte mangler",
                    "Før første fornyelse må et evalueringsmøte etter den første korte perioden være registrert");
        }
        if (!body.toDate().isAfter(a.endDate)) throw ProblemException.invalid("toDate", "må være etter gjeldende sluttdato " + fmt(a.endDate));
        int seq = (int) count("SELECT coalesce(max(seq), 0) FROM agreement_period WHERE agreement_id = :a", a.id) + 1;
        LocalDate from = a.endDate.plusDays(1);
        period(a, seq, from, body.toDate());
        a.endDate = body.toDate();
        List<String> warnings = new ArrayList<>();
        if (a.kind.equals("BTA") && ChronoUnit.DAYS.between(from, body.toDate()) > 366) {
            warnings.add("En bo- og tjenesteavtale fornyes normalt for høyst ett år om gangen (R-AGR-1)");
        }
        event(a, "RENEWED", "Fornyet for perioden " + fmt(from) + "–" + fmt(body.toDate()));
        return view(id, warnings);
    }

    // ---------------------------------------------------------------- fee (R-AGR-3)

    @Transactional
    public AgreementView changeFee(UUID id, FeeChangeRequest body) {
        Agreement a = lock(id);
        if (status(a).equals("ENDED")) throw notNow(a, "endre egenbetalingen for");
        LocalDate earliest = body.notifiedOn().plusMonths(1);
        if (body.effectiveFrom().isBefore(earliest)) {
            throw new ProblemException(422, "r-agr-3-fee-change-notice", "For kort varsel om ny egenbetaling",
                    "Ny egenbetaling kan tidligst gjelde fra " + fmt(earliest) + ", én måned etter varselet", "R-AGR-3",
                    List.of(new Problem.Violation("effectiveFrom", "tidligst " + earliest)));
        }
        fee(a, body.effectiveFrom(), body.monthlyFeeOre(), body.notifiedOn());
        event(a, "FEE_CHANGED", "Egenbetaling endres til kr " + kroner(body.monthlyFeeOre()) + " fra "
                + fmt(body.effectiveFrom()) + " (varslet " + fmt(body.notifiedOn()) + ")");
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- notice (R-AGR-2)

    @Transactional
    public AgreementView giveNotice(UUID id, NoticeRequest body) {
        Agreement a = lock(id);
        if (!status(a).equals("ACTIVE")) throw notNow(a, "si opp");
        if (!Set.of("RESIDENT", "MUNICIPALITY").contains(body.givenBy())) {
            throw ProblemException.invalid("givenBy", "må være RESIDENT eller MUNICIPALITY");
        }
        if (a.kind.equals("LEASE") && body.givenBy().equals("MUNICIPALITY")) {
            throw ProblemException.rule(422, "r-agr-2-lease-termination-by-owner", "R-AGR-2",
                    "Husleiekontrakten sies opp av utleier",
                    "I et botiltak med husleiekontrakt kan ikke personalet si opp; saken henvises til eieren av boligen etter husleieloven");
        }
        a.noticeGivenOn = body.givenOn();
        a.noticeBy = body.givenBy();
        a.noticeReason = body.reason().strip();
        a.noticeEffectiveOn = effectiveNotice(a.kind, a.noticeDays, body.givenOn());
        event(a, "NOTICE_GIVEN", "Oppsagt av " + (a.noticeBy.equals("RESIDENT") ? "beboeren" : "kommunen") + " "
                + fmt(a.noticeGivenOn) + ", fra " + fmt(a.noticeEffectiveOn) + ": " + a.noticeReason);
        return view(id, List.of());
    }

    /** BTA: notice days from the notice date. LEASE: husleieloven counts from the end of the month. */
    static LocalDate effectiveNotice(String kind, int noticeDays, LocalDate givenOn) {
        if (kind.equals("BTA")) return givenOn.plusDays(noticeDays);
        int months = Math.max(1, Math.round(noticeDays / 30f));
        return givenOn.withDayOfMonth(1).plusMonths(months + 1).minusDays(1);
    }

    // ---------------------------------------------------------------- follow-up (R-FOL-1, R-AGR-5, R-AGR-6)

    private List<GroupMember> group(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, represents FROM responsibility_group_member WHERE agreement_id = :a ORDER BY position")
                .setParameter("a", id).getResultList();
        return rows.stream().map(r -> new GroupMember((String) r[0], (String) r[1])).toList();
    }

    private List<Meeting> meetings(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, held_on, note, created_by FROM follow_up_meeting WHERE agreement_id = :a ORDER BY held_on, created_at")
                .setParameter("a", id).getResultList();
        return rows.stream().map(r -> new Meeting((String) r[0], SqlValues.date(r[1]), (String) r[2], (String) r[3])).toList();
    }

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
        event(a, "DEPOSIT", "Depositum kr " + kroner(body.amountOre())
                + (body.paidOn() != null ? ", betalt " + fmt(body.paidOn()) : "")
                + (body.insuranceInformedOn() != null ? "; informert om innboforsikring" : ""));
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- move-in (R-INT-5) and move-out (R-AGR-8)

    @Transactional
    public AgreementView moveIn(UUID id, MoveInRequest body) {
        Agreement a = lock(id);
        List<Problem.Violation> missing = moveInMissing(a);
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "r-int-5-move-in-requirements", "Innflytting kan ikke registreres ennå",
                    "Mangler: " + String.join("; ", missing.stream().map(Problem.Violation::message).toList()),
                    "R-INT-5", missing);
        }
        if (body.movedInOn().isBefore(a.startDate)) {
            throw ProblemException.invalid("movedInOn", "kan ikke være før avtalens startdato " + fmt(a.startDate));
        }
        // the allocation becomes an occupancy: its reservation is released and the unit reserved as occupied in
        // the same transaction; the allocation itself stays as the record of where the person was placed
        intakes.markMovedIn(a.intakeId, body.movedInOn());
        em.createNativeQuery("""
                        UPDATE unit_reservation SET released_at = now()
                        WHERE id IN (SELECT reservation_id FROM allocation WHERE intake_id = :i AND released_at IS NULL)""")
                .setParameter("i", a.intakeId).executeUpdate();
        UUID occupancy = UUID.randomUUID();
        try {
            em.createNativeQuery("""
                            INSERT INTO unit_reservation (id, unit_id, kind, period)
                            VALUES (:id, :u, 'OCCUPANCY', daterange(CAST(:from AS date), NULL))""")
                    .setParameter("id", occupancy).setParameter("u", a.unitId).setParameter("from", body.movedInOn())
                    .executeUpdate();
        } catch (PersistenceException e) {
            throw ProblemException.rule(409, "r-int-2-unit-not-available", "R-INT-2", "Boenheten er ikke ledig",
                    "Boenheten er opptatt fra " + fmt(body.movedInOn()));
        }
        a.occupancyId = occupancy;
        a.movedInOn = body.movedInOn();
        event(a, "MOVED_IN", "Flyttet inn " + fmt(body.movedInOn()));
        return view(id, List.of());
    }

    /** R-INT-5 and R-AGR-5: what still stands between the draft and move-in. */
    List<Problem.Violation> moveInMissing(Agreement a) {
        List<Problem.Violation> out = new ArrayList<>();
        if (a.movedInOn != null) {
            out.add(new Problem.Violation("movedInOn", "beboeren har allerede flyttet inn"));
            return out;
        }
        if (a.intakeId == null) return out;
        @SuppressWarnings("unchecked")
        List<Object[]> r = em.createNativeQuery("""
                        SELECT i.orientation_held_on, i.applicant_answer, d.id
                        FROM intake i LEFT JOIN service_decision d ON d.intake_id = i.id WHERE i.id = :i""")
                .setParameter("i", a.intakeId).getResultList();
        Object[] i = r.get(0);
        if (i[0] == null || !"ACCEPTED".equals(i[1])) out.add(new Problem.Violation("orientationMeeting", "orienteringssamtalen er ikke holdt"));
        if (i[2] == null) out.add(new Problem.Violation("serviceDecision", "vedtak om praktisk bistand er ikke fattet"));
        if (a.residentSignedOn == null) out.add(new Problem.Violation("signatures.resident", "beboeren har ikke signert"));
        if (a.municipalitySignedOn == null) out.add(new Problem.Violation("signatures.municipality", "fagleder har ikke signert for kommunen"));
        if (a.primaryContact == null) out.add(new Problem.Violation("primaryContact", "primærkontakt er ikke oppnevnt"));
        if (a.individualPlan == null) {
            out.add(new Problem.Violation("individualPlan", "individuell plan er ikke tilbudt (svaret mangler)"));
        } else if (a.individualPlan.equals("DECLINED") && (a.cooperationGoals == null || a.cooperationStaffProvide == null)) {
            out.add(new Problem.Violation("cooperationAgreement", "samarbeidsavtale mangler (beboeren takket nei til individuell plan)"));
        }
        return out;
    }

    @Transactional
    public AgreementView moveOut(UUID id, MoveOutRequest body) {
        Agreement a = lock(id);
        if (a.movedInOn == null || a.movedOutOn != null) throw notNow(a, "registrere utflytting for");
        if (!DESTINATIONS.contains(body.destination())) throw ProblemException.invalid("destination", "må være en av " + DESTINATIONS);
        if (!GROUNDS.contains(body.terminationGround())) throw ProblemException.invalid("terminationGround", "må være NONE, BREACHES eller ARREARS");
        if (body.movedOutOn().isBefore(a.movedInOn)) throw ProblemException.invalid("movedOutOn", "kan ikke være før innflyttingen");
        a.movedOutOn = body.movedOutOn();
        a.destination = body.destination();
        a.terminationGround = body.terminationGround();
        a.endedOn = body.movedOutOn();
        a.endReason = "MOVED_OUT";
        em.createNativeQuery("UPDATE unit_reservation SET period = daterange(lower(period), CAST(:to AS date) + 1) WHERE id = :id")
                .setParameter("to", body.movedOutOn()).setParameter("id", a.occupancyId).executeUpdate();
        event(a, "MOVED_OUT", "Flyttet ut " + fmt(body.movedOutOn()) + " til " + body.destination()
                + (body.terminationGround().equals("NONE") ? "" : " etter oppsigelse (" + body.terminationGround() + ")"));
        return view(id, List.of());
    }

    // ---------------------------------------------------------------- queries

    private static final String VISIBLE = "a.facility_id IN (:ids)";

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AgreementSummary> list(String facility, String status, LocalDate endingBefore, boolean overstay,
                                             Paging paging) {
        if (status != null && !Set.of("DRAFT", "ACTIVE", "NOTICE_GIVEN", "ENDED").contains(status)) {
            throw ProblemException.badRequest("status", "ukjent status: " + status);
        }
        String where = """
                FROM agreement a JOIN agreement_state s ON s.agreement_id = a.id JOIN person p ON p.id = a.person_id
                JOIN unit u ON u.id = a.unit_id JOIN facility f ON f.id = a.facility_id
                LEFT JOIN bta_continuous_stay c ON c.agreement_id = a.id
                WHERE\s""" + VISIBLE + """
                  AND (CAST(:facility AS text) IS NULL OR a.facility_id = CAST(:facility AS text))
                  AND (CAST(:status AS text) IS NULL OR s.status = CAST(:status AS text))
                  AND (CAST(:endingBefore AS date) IS NULL OR (a.end_date < CAST(:endingBefore AS date) AND s.status <> 'ENDED'))
                  AND (:overstay = false OR (s.status <> 'ENDED' AND c.stay_days > f.max_continuous_stay_days))""";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.kind, s.status, p.id, p.national_id, p.given_name || ' ' || p.family_name,
                               p.birth_date, p.sex, a.facility_id, u.label, a.start_date, a.end_date, a.moved_in_on,
                               c.stay_days, f.max_continuous_stay_days,
                               (SELECT count(*) FROM agreement_evaluation e WHERE e.agreement_id = a.id),
                               (SELECT count(*) FROM agreement_period x WHERE x.agreement_id = a.id)
                        """ + where + " ORDER BY a.end_date, a.id LIMIT :size OFFSET :off")
                .setParameter("ids", scope.facilityIds()).setParameter("facility", facility)
                .setParameter("status", status).setParameter("endingBefore", endingBefore)
                .setParameter("overstay", overstay).setParameter("size", paging.size())
                .setParameter("off", paging.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) " + where)
                .setParameter("ids", scope.facilityIds()).setParameter("facility", facility)
                .setParameter("status", status).setParameter("endingBefore", endingBefore)
                .setParameter("overstay", overstay).getSingleResult()).longValue();
        LocalDate today = Clocks.today(clock);
        List<AgreementSummary> items = rows.stream().map(r -> new AgreementSummary((UUID) r[0], (String) r[1],
                (String) r[2], new PersonSummary((UUID) r[3], NationalId.mask((String) r[4]), (String) r[5],
                SqlValues.date(r[6]), (String) r[7]), (String) r[8], (String) r[9], SqlValues.date(r[10]),
                SqlValues.date(r[11]), SqlValues.date(r[12]),
                flags((String) r[1], (String) r[2], SqlValues.date(r[10]), SqlValues.date(r[11]), SqlValues.integer(r[13]), SqlValues.integer(r[14]),
                        ((Number) r[15]).longValue(), ((Number) r[16]).longValue(), today))).toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /**
     * Flags staff act on: ending soon, past the stay limit (R-AGR-7), unsigned, first period without
     * evaluation, and a BTA still in a first period longer than the practice of 1–2 months (R-AGR-1).
     */
    static List<String> flags(String kind, String status, LocalDate start, LocalDate end, Integer stayDays, Integer maxStay,
                              long evaluations, long periods, LocalDate today) {
        List<String> out = new ArrayList<>();
        if (status.equals("ENDED")) return out;
        if (status.equals("DRAFT")) out.add("UNSIGNED");
        if (!end.isAfter(today.plusDays(30))) out.add("ENDING_SOON");
        if (stayDays != null && maxStay != null && stayDays > maxStay) out.add("OVERSTAY");
        if (status.equals("ACTIVE") && periods == 1 && evaluations == 0) out.add("FIRST_PERIOD_NOT_EVALUATED");
        if (periods == 1 && longFirstPeriod(kind, start, end)) out.add("LONG_FIRST_PERIOD");
        return out;
    }

    /** R-AGR-1: a BTA's first period is normally 1–2 months, then evaluated. */
    static boolean longFirstPeriod(String kind, LocalDate start, LocalDate end) {
        return kind.equals("BTA") && end.isAfter(start.plusMonths(2).minusDays(1));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementView get(UUID id) {
        return view(id, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID personOf(UUID id) {
        Agreement a = em.find(Agreement.class, id);
        return a == null ? null : a.personId;
    }

    /** For hvk and integrasjon: the status only, no personal data beyond ids. */
    public record AgreementStatus(UUID id, String kind, String status, String facilityId, UUID unitId, UUID personId,
                                  LocalDate startDate, LocalDate endDate, LocalDate movedInOn, LocalDate endedOn) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementStatus status(UUID id) {
        Agreement a = em.find(Agreement.class, id);
        if (a == null) throw ProblemException.notFound("Avtalen", id);
        return new AgreementStatus(a.id, a.kind, status(a), a.facilityId, a.unitId, a.personId, a.startDate, a.endDate,
                a.movedInOn, a.endedOn);
    }

    /** Used by the PDF: the agreement with its signed (or, for a draft, current) rules. */
    Agreement load(UUID id) {
        Agreement a = em.find(Agreement.class, id);
        if (a == null || !scope.worksAt(a.facilityId)) throw ProblemException.notFound("Avtalen", id);
        return a;
    }

    AgreementView view(UUID id, List<String> warnings) {
        if (em.isJoinedToTransaction()) em.flush();
        Agreement a = load(id);
        Person p = em.find(Person.class, a.personId);
        Facility f = em.find(Facility.class, a.facilityId);
        String unitLabel = (String) em.createNativeQuery("SELECT label FROM unit WHERE id = :u").setParameter("u", a.unitId)
                .getSingleResult();
        String status = status(a);
        Integer rulesVersion = a.rulesVersionId == null ? null : (Integer) em.createNativeQuery(
                "SELECT version FROM house_rules_version WHERE id = :id").setParameter("id", a.rulesVersionId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> periodRows = em.createNativeQuery("SELECT seq, from_date, to_date FROM agreement_period WHERE agreement_id = :a ORDER BY seq")
                .setParameter("a", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> evalRows = em.createNativeQuery("SELECT held_on, summary, created_by FROM agreement_evaluation WHERE agreement_id = :a ORDER BY held_on")
                .setParameter("a", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> feeRows = em.createNativeQuery("SELECT effective_from, monthly_fee_ore, notified_on FROM agreement_fee WHERE agreement_id = :a ORDER BY effective_from")
                .setParameter("a", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> eventRows = em.createNativeQuery("SELECT at, type, by_user, summary FROM agreement_event WHERE agreement_id = :a ORDER BY id")
                .setParameter("a", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object> stay = em.createNativeQuery("SELECT stay_days FROM bta_continuous_stay WHERE agreement_id = :a")
                .setParameter("a", id).getResultList();
        Integer stayDays = stay.isEmpty() ? null : SqlValues.integer(stay.get(0));
        List<Period> periods = periodRows.stream().map(r -> new Period(((Number) r[0]).intValue(), SqlValues.date(r[1]),
                SqlValues.date(r[2]))).toList();
        List<Evaluation> evaluations = evalRows.stream().map(r -> new Evaluation(SqlValues.date(r[0]), (String) r[1],
                (String) r[2])).toList();
        List<String> allWarnings = new ArrayList<>(warnings);
        List<String> flags = flags(a.kind, status, a.startDate, a.endDate, stayDays, f.maxContinuousStayDays, evaluations.size(),
                periods.size(), Clocks.today(clock));
        if (flags.contains("OVERSTAY")) {
            allWarnings.add("Sammenhengende opphold i bo- og tjenesteavtale er " + stayDays + " dager, over grensen på "
                    + f.maxContinuousStayDays + " dager for " + f.name + " (R-AGR-7)");
        }
        // the R-AGR-1 warning stays on the agreement for as long as the long first period runs
        if (flags.contains("LONG_FIRST_PERIOD")) {
            firstPeriodWarnings(a).stream().filter(w -> !allWarnings.contains(w)).forEach(allWarnings::add);
        }
        List<String> missing = status.equals("ENDED") || a.movedInOn != null ? List.of()
                : moveInMissing(a).stream().map(Problem.Violation::message).toList();
        return new AgreementView(a.id, a.kind, status, PersonSummary.of(p), f.id, f.name, a.unitId, unitLabel,
                a.intakeId, a.predecessorId, a.startDate, a.endDate, currentFee(feeRows, a), list(a.feeIncludes),
                a.noticeDays, rulesVersion,
                new Signatures(a.residentSignedOn, a.residentSignatureBy, a.municipalitySignedOn, a.municipalitySignedBy),
                periods, evaluations,
                feeRows.stream().map(r -> new Fee(SqlValues.date(r[0]), ((Number) r[1]).longValue(), SqlValues.date(r[2]))).toList(),
                new FollowUp(a.primaryContact, a.primaryContactAppointedBy, a.individualPlan, a.cooperationGoals,
                        a.cooperationNeeds, a.cooperationStaffProvide, group(id), meetings(id)),
                new Deposit(a.depositOre, a.depositPaidOn, a.depositReturnedOn, a.depositWithheldOre,
                        a.depositWithheldReason, a.insuranceInformedOn),
                a.movedInOn,
                a.noticeGivenOn == null ? null : new Notice(a.noticeBy, a.noticeGivenOn, a.noticeReason, a.noticeEffectiveOn),
                a.movedOutOn == null ? null : new MoveOut(a.movedOutOn, a.destination, a.terminationGround),
                a.endedOn, a.endReason, stayDays, flags, allWarnings, missing,
                eventRows.stream().map(r -> new TimelineEntry(SqlValues.instant(r[0]), (String) r[1], (String) r[2],
                        (String) r[3])).toList());
    }

    /** The fee in force today: the latest change that has taken effect. */
    private long currentFee(List<Object[]> feeRows, Agreement a) {
        LocalDate today = Clocks.today(clock);
        long fee = a.monthlyFeeOre;
        for (Object[] r : feeRows) {
            if (!SqlValues.date(r[0]).isAfter(today)) fee = ((Number) r[1]).longValue();
        }
        return fee;
    }

    // ---------------------------------------------------------------- helpers

    Agreement lock(UUID id) {
        Agreement a = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !scope.worksAt(a.facilityId)) throw ProblemException.notFound("Avtalen", id);
        return a;
    }

    String status(Agreement a) {
        if (a.endedOn != null) return "ENDED";
        if (a.noticeGivenOn != null) return "NOTICE_GIVEN";
        if (a.signedByBoth()) return "ACTIVE";
        return "DRAFT";
    }

    private List<String> firstPeriodWarnings(Agreement a) {
        if (longFirstPeriod(a.kind, a.startDate, a.endDate)) {
            return List.of("Første periode er lengre enn to måneder; praksis er en kort første periode på 1–2 måneder med evaluering (R-AGR-1)");
        }
        return List.of();
    }

    void period(Agreement a, int seq, LocalDate from, LocalDate to) {
        em.createNativeQuery("INSERT INTO agreement_period (agreement_id, seq, from_date, to_date, created_by) VALUES (:a, :s, :f, :t, :by)")
                .setParameter("a", a.id).setParameter("s", seq).setParameter("f", from).setParameter("t", to)
                .setParameter("by", user.describe()).executeUpdate();
    }

    void fee(Agreement a, LocalDate from, long ore, LocalDate notifiedOn) {
        em.createNativeQuery("""
                        INSERT INTO agreement_fee (agreement_id, effective_from, monthly_fee_ore, notified_on, created_by)
                        VALUES (:a, :f, :o, CAST(:n AS date), :by)
                        ON CONFLICT (agreement_id, effective_from) DO UPDATE SET monthly_fee_ore = EXCLUDED.monthly_fee_ore,
                            notified_on = EXCLUDED.notified_on""")
                .setParameter("a", a.id).setParameter("f", from).setParameter("o", ore).setParameter("n", notifiedOn)
                .setParameter("by", user.describe()).executeUpdate();
    }

    void event(Agreement a, String type, String summary) {
        em.createNativeQuery("INSERT INTO agreement_event (agreement_id, type, by_user, summary) VALUES (:a, :t, :by, :s)")
                .setParameter("a", a.id).setParameter("t", type).setParameter("by", user.describe())
                .setParameter("s", summary).executeUpdate();
    }

    private long count(String sql, UUID agreement) {
        return ((Number) em.createNativeQuery(sql).setParameter("a", agreement).getSingleResult()).longValue();
    }

    private ProblemException notNow(Agreement a, String verb) {
        return new ProblemException(409, "agreement-step-not-allowed", "Steget kan ikke gjøres nå",
                "Kan ikke " + verb + " en avtale med status " + status(a), null, null);
    }

    private static ProblemException already(String detail) {
        return new ProblemException(409, "agreement-step-not-allowed", "Steget kan ikke gjøres nå", detail, null, null);
    }

    static String kindName(String kind) {
        return kind.equals("BTA") ? "bo- og tjenesteavtale" : "husleiekontrakt";
    }

    static String fmt(LocalDate d) {
        return d == null ? "" : NB.format(d);
    }

    static String kroner(long ore) {
        return String.format(java.util.Locale.forLanguageTag("nb-NO"), "%,.2f", ore / 100.0).replace('\u00a0', ' ');
    }

    private static List<String> list(String[] a) {
        return a == null ? List.of() : Arrays.asList(a);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
