package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.sanction.SanctionDtos.*;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Incidents, the sanction ladder, four-eyes decisions, entries and visitor bans (R-SAN-1 … R-SAN-10). */
@ApplicationScoped
public class SanctionService {
    static final Set<String> POLICE_REASONS = Set.of("EXCLUSION_OF_THREATENING_PERSON", "SUSPECTED_DEALING",
            "SUSPECTED_WEAPONS", "SUSPECTED_DRINK_DRIVING", "ADVICE", "OTHER");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @ConfigProperty(name = "bta.sanctions.oral-warnings-before-written", defaultValue = "2")
    int oralWarningsNeeded;

    @ConfigProperty(name = "bta.sanctions.warning-window-months", defaultValue = "6")
    int windowMonths;

    // ---------------------------------------------------------------- incidents (R-SAN-1, R-SAN-9)

    @Transactional
    public IncidentView recordIncident(NewIncident body) {
        scope.requireWorksAt(body.facilityId());
        List<Problem.Violation> v = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>(body.categories());
        for (String c : categories) {
            if (!SanctionPolicy.CATEGORY_GROUNDS.contains(c)) v.add(new Problem.Violation("categories", "ukjent kategori: " + c));
        }
        if (body.policeReason() != null && !POLICE_REASONS.contains(body.policeReason())) {
            v.add(new Problem.Violation("policeReason", "ukjent grunn: " + body.policeReason()));
        }
        for (UUID p : body.personIds()) {
            // the residents involved must live (or have lived) at the facility
            long n = ((Number) em.createNativeQuery("SELECT count(*) FROM agreement WHERE person_id = :p AND facility_id = :f")
                    .setParameter("p", p).setParameter("f", body.facilityId()).getSingleResult()).longValue();
            if (n == 0) v.add(new Problem.Violation("personIds", "personen bor ikke ved botiltaket: " + p));
        }
        if (!v.isEmpty()) throw new ProblemException(422, "validation", "Ugyldige felt",
                String.join("; ", v.stream().map(Problem.Violation::message).toList()), null, v);
        Object[] rules = (Object[]) em.createNativeQuery(
                        "SELECT id, version FROM house_rules_version WHERE facility_id = :f ORDER BY version DESC LIMIT 1")
                .setParameter("f", body.facilityId()).getSingleResult();
        UUID rulesId = (UUID) rules[0];
        List<Integer> numbers = body.ruleNumbers() == null ? List.of() : body.ruleNumbers();
        for (int i = 0; i < numbers.size(); i++) {
            long exists = ((Number) em.createNativeQuery("SELECT count(*) FROM house_rule WHERE rules_version_id = :r AND number = :n")
                    .setParameter("r", rulesId).setParameter("n", numbers.get(i)).getSingleResult()).longValue();
            if (exists == 0) throw ProblemException.invalid("ruleNumbers[" + i + "]", "regel " + numbers.get(i) + " finnes ikke i gjeldende versjon");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO incident (id, facility_id, occurred_at, categories, serious, rules_version_id, rule_numbers,
                                              description, police_contacted, police_reason, created_by)
                        VALUES (:id, :f, :at, CAST(:cats AS text[]), :serious, :r, CAST(:nums AS integer[]), :d, :police, :reason, :by)""")
                .setParameter("id", id).setParameter("f", body.facilityId()).setParameter("at", Timestamp.from(body.occurredAt()))
                .setParameter("cats", "{" + String.join(",", categories) + "}").setParameter("serious", Boolean.TRUE.equals(body.serious()))
                .setParameter("r", rulesId).setParameter("nums", "{" + String.join(",", numbers.stream().map(String::valueOf).toList()) + "}")
                .setParameter("d", body.description().strip()).setParameter("police", body.policeReason() != null)
                .setParameter("reason", body.policeReason()).setParameter("by", user.describe()).executeUpdate();
        for (UUID p : new LinkedHashSet<>(body.personIds())) {
            em.createNativeQuery("INSERT INTO incident_person (incident_id, person_id) VALUES (:i, :p)")
                    .setParameter("i", id).setParameter("p", p).executeUpdate();
        }
        return incident(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IncidentView> incidents(String facilityId, UUID personId, int limit, int offset) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        SELECT i.id FROM incident i
                        WHERE i.facility_id IN (:ids) AND (CAST(:f AS text) IS NULL OR i.facility_id = CAST(:f AS text))
                          AND (CAST(:p AS uuid) IS NULL OR EXISTS (SELECT 1 FROM incident_person x WHERE x.incident_id = i.id AND x.person_id = CAST(:p AS uuid)))
                        ORDER BY i.occurred_at DESC LIMIT :l OFFSET :o""")
                .setParameter("ids", scope.facilityIds()).setParameter("f", facilityId).setParameter("p", personId)
                .setParameter("l", limit).setParameter("o", offset).getResultList();
        return incidentsById(ids);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countIncidents(String facilityId, UUID personId) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM incident i
                        WHERE i.facility_id IN (:ids) AND (CAST(:f AS text) IS NULL OR i.facility_id = CAST(:f AS text))
                          AND (CAST(:p AS uuid) IS NULL OR EXISTS (SELECT 1 FROM incident_person x WHERE x.incident_id = i.id AND x.person_id = CAST(:p AS uuid)))""")
                .setParameter("ids", scope.facilityIds()).setParameter("f", facilityId).setParameter("p", personId)
                .getSingleResult()).longValue();
    }

    IncidentView incident(UUID id) {
        return incidentsById(List.of(id)).get(0);
    }

    /** Loads many incidents in one query, in the order of the ids given. */
    List<IncidentView> incidentsById(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT i.id, i.facility_id, i.occurred_at, i.categories, i.serious, v.version, i.rule_numbers,
                               i.description, i.police_reason, i.created_at, i.created_by,
                               ARRAY(SELECT person_id FROM incident_person WHERE incident_id = i.id ORDER BY person_id)
                        FROM incident i JOIN house_rules_version v ON v.id = i.rules_version_id WHERE i.id = ANY (CAST(:ids AS uuid[]))""")
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        java.util.Map<UUID, IncidentView> byId = new java.util.HashMap<>();
        for (Object[] r : rows) {
            byId.put((UUID) r[0], new IncidentView((UUID) r[0], (String) r[1], SqlValues.instant(r[2]), SqlValues.uuids(r[11]),
                    SqlValues.strings(r[3]), (Boolean) r[4], ((Number) r[5]).intValue(),
                    SqlValues.strings(r[6]).stream().map(Integer::valueOf).toList(), (String) r[7], (String) r[8],
                    SqlValues.instant(r[9]), (String) r[10]));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------- sanctions (R-SAN-1 … R-SAN-7)

    @Transactional
    public SanctionView propose(NewSanction body) {
        @SuppressWarnings("unchecked")
        List<Object[]> ag = em.createNativeQuery("""
                        SELECT a.facility_id, a.kind, a.person_id, s.status, f.exclusion_days
                        FROM agreement a JOIN agreement_state s ON s.agreement_id = a.id JOIN facility f ON f.id = a.facility_id
                        WHERE a.id = :a""").setParameter("a", body.agreementId()).getResultList();
        if (ag.isEmpty() || !scope.worksAt((String) ag.get(0)[0])) throw ProblemException.invalid("agreementId", "avtalen finnes ikke");
        Object[] a = ag.get(0);
        String facility = (String) a[0];
        String kind = (String) a[1];
        UUID person = (UUID) a[2];
        if (a[3].equals("ENDED")) throw new ProblemException(409, "agreement-ended", "Avtalen er avsluttet",
                "Reaksjoner gis bare på avtaler som gjelder", null, null);
        Set<String> categories = new HashSet<>();
        boolean serious = false;
        for (int i = 0; i < body.incidentIds().size(); i++) {
            @SuppressWarnings("unchecked")
            List<Object[]> inc = em.createNativeQuery("""
                            SELECT i.categories, i.serious FROM incident i JOIN incident_person p ON p.incident_id = i.id
                            WHERE i.id = :i AND i.facility_id = :f AND p.person_id = :p""")
                    .setParameter("i", body.incidentIds().get(i)).setParameter("f", facility).setParameter("p", person).getResultList();
            if (inc.isEmpty()) throw ProblemException.invalid("incidentIds[" + i + "]", "hendelsen gjelder ikke denne beboeren");
            categories.addAll(SqlValues.strings(inc.get(0)[0]));
            serious |= (Boolean) inc.get(0)[1];
        }
        LocalDate today = Clocks.today(clock);
        SanctionPolicy.History history = history(body.agreementId(), today);
        // R-SAN-5: arrears from the ledger support a termination for non-payment
        long arrears = ((Number) em.createNativeQuery("""
                        SELECT coalesce(sum(open_ore), 0) FROM charge_balance WHERE agreement_id = :a AND due_date < :today AND open_ore > 0""")
                .setParameter("a", body.agreementId()).setParameter("today", today).getSingleResult()).longValue();
        LocalDate exFrom = null, exTo = null;
        Integer exclusionDays = a[4] == null ? null : ((Number) a[4]).intValue();
        if (body.type().equals("EXCLUSION")) {
            if (body.exclusionFrom() == null) throw ProblemException.invalid("exclusionFrom", "må fylles ut for bortvisning");
            exFrom = body.exclusionFrom();
            exTo = exFrom.plusDays((exclusionDays == null ? 5 : exclusionDays) - 1);
        }
        Alternative alt = body.alternativeAccommodation();
        var refusal = SanctionPolicy.check(new SanctionPolicy.Proposal(kind, body.type(), body.ground(), categories, serious,
                history, oralWarningsNeeded, arrears > 0, body.writtenGrounds(), body.proportionality(), exFrom, exTo,
                alt == null ? null : alt.place(), alt == null ? null : alt.from(), alt == null ? null : alt.to()));
        if (refusal.isPresent()) {
            var r = refusal.get();
            throw new ProblemException(r.status(), r.problem(), title(r.problem()), r.message(), r.rule(),
                    List.of(new Problem.Violation(r.field(), r.message())));
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO sanction (id, agreement_id, facility_id, person_id, kind, type, ground, written_grounds,
                                              proportionality, exclusion_from, exclusion_to, alternative_place, alternative_from,
                                              alternative_to, proposed_by)
                        VALUES (:id, :a, :f, :p, :k, :t, :g, :wg, :pr, CAST(:ef AS date), CAST(:et AS date), :ap,
                                CAST(:af AS date), CAST(:at AS date), :by)""")
                .setParameter("id", id).setParameter("a", body.agreementId()).setParameter("f", facility).setParameter("p", person)
                .setParameter("k", kind).setParameter("t", body.type()).setParameter("g", body.ground())
                .setParameter("wg", trim(body.writtenGrounds())).setParameter("pr", trim(body.proportionality()))
                .setParameter("ef", exFrom).setParameter("et", exTo)
                .setParameter("ap", alt == null ? null : alt.place().strip()).setParameter("af", alt == null ? null : alt.from())
                .setParameter("at", alt == null ? null : alt.to()).setParameter("by", user.describe()).executeUpdate();
        for (UUID inc : new LinkedHashSet<>(body.incidentIds())) {
            em.createNativeQuery("INSERT INTO sanction_incident (sanction_id, incident_id) VALUES (:s, :i)")
                    .setParameter("s", id).setParameter("i", inc).executeUpdate();
        }
        return sanction(id);
    }

    /** R-SAN-7: an individual decision takes effect only when another fagleder of the facility approves it. */
    @Transactional
    public SanctionView approve(UUID id) {
        SanctionView s = sanctionForUpdate(id);
        if (!user.hasRole(Roles.FAGLEDER) || !scope.worksAt(s.facilityId())) {
            throw ProblemException.forbidden("Bare en fagleder ved botiltaket kan godkjenne");
        }
        if (!SanctionPolicy.needsApproval(s.type())) {
            throw new ProblemException(409, "sanction-needs-no-approval", "Tiltaket trenger ikke godkjenning",
                    "Advarsler og skriftlig klage gjelder straks", null, null);
        }
        if (s.approvedAt() != null) throw new ProblemException(409, "sanction-already-approved", "Allerede godkjent", null, null, null);
        if (s.proposedBy().equals(user.describe())) {
            throw ProblemException.rule(403, "r-san-7-four-eyes", "R-SAN-7", "Forslagsstilleren kan ikke godkjenne selv",
                    "Et enkeltvedtak om bortvisning eller oppsigelse må godkjennes av en annen fagleder enn den som foreslo det");
        }
        em.createNativeQuery("UPDATE sanction SET approved_at = now(), approved_by = :by WHERE id = :id")
                .setParameter("by", user.describe()).setParameter("id", id).executeUpdate();
        if (s.type().equals("TERMINATION") || s.type().equals("TERMINATION_REFERRAL")) {
            noticeOnAgreement(s);
        }
        return sanction(id);
    }

    /** An approved termination gives notice on the agreement (BTA), or records the referral to the owner (LEASE). */
    private void noticeOnAgreement(SanctionView s) {
        LocalDate today = Clocks.today(clock);
        if (s.kind().equals("BTA")) {
            int days = ((Number) em.createNativeQuery("SELECT notice_days FROM agreement WHERE id = :a")
                    .setParameter("a", s.agreementId()).getSingleResult()).intValue();
            em.createNativeQuery("""
                            UPDATE agreement SET notice_given_on = :d, notice_by = 'MUNICIPALITY', notice_reason = :r,
                                   notice_effective_on = :e, version = version + 1
                            WHERE id = :a AND notice_given_on IS NULL AND ended_on IS NULL""")
                    .setParameter("d", today).setParameter("r", "Oppsigelse vedtatt (" + s.ground() + ")")
                    .setParameter("e", today.plusDays(days)).setParameter("a", s.agreementId()).executeUpdate();
            agreementEvent(s.agreementId(), "NOTICE_GIVEN", "Oppsagt av kommunen etter godkjent vedtak, fra " + today.plusDays(days));
        } else {
            agreementEvent(s.agreementId(), "TERMINATION_REFERRAL", "Henvist til eieren av boligen for vurdering av oppsigelse");
        }
    }

    @Transactional
    public SanctionView notify(UUID id, NotificationRequest body) {
        SanctionView s = sanctionForUpdate(id);
        if (SanctionPolicy.needsApproval(s.type()) && s.approvedAt() == null) {
            throw ProblemException.rule(409, "r-san-7-not-approved", "R-SAN-7", "Vedtaket er ikke godkjent",
                    "Beboeren varsles når vedtaket er godkjent av en annen fagleder");
        }
        LocalDate deadline = SanctionPolicy.needsApproval(s.type()) ? body.notifiedOn().plusWeeks(3) : null;
        em.createNativeQuery("UPDATE sanction SET notified_on = :n, notified_how = :h, appeal_deadline = CAST(:d AS date) WHERE id = :id")
                .setParameter("n", body.notifiedOn()).setParameter("h", body.how().strip()).setParameter("d", deadline)
                .setParameter("id", id).executeUpdate();
        return sanction(id);
    }

    @Transactional
    public SanctionView appeal(UUID id, AppealRequest body) {
        SanctionView s = sanctionForUpdate(id);
        if (s.appealDeadline() == null) {
            throw new ProblemException(409, "sanction-not-appealable", "Ikke et enkeltvedtak med klagefrist",
                    "Klage registreres på bortvisning og oppsigelse etter at beboeren er varslet", "R-SAN-7", null);
        }
        if (body.outcome() != null && !Set.of("UPHELD", "CHANGED", "REVERSED").contains(body.outcome())) {
            throw ProblemException.invalid("outcome", "må være UPHELD, CHANGED eller REVERSED");
        }
        em.createNativeQuery("UPDATE sanction SET appealed_on = :a, appeal_outcome = :o, appeal_outcome_on = CAST(:oo AS date) WHERE id = :id")
                .setParameter("a", body.appealedOn()).setParameter("o", body.outcome())
                .setParameter("oo", body.outcome() == null ? null : body.outcomeOn() == null ? Clocks.today(clock) : body.outcomeOn())
                .setParameter("id", id).executeUpdate();
        return sanction(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SanctionView get(UUID id) {
        SanctionView s = sanction(id);
        if (!visible(s)) throw ProblemException.notFound("Reaksjonen", id);
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionView> list(String facility, String status, UUID agreementId, int limit, int offset) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        SELECT s.id FROM sanction s
                        WHERE (s.facility_id IN (:ids) OR (:hvk = true AND EXISTS (SELECT 1 FROM intake i WHERE i.person_id = s.person_id AND i.caseworker = :me)))
                          AND (CAST(:f AS text) IS NULL OR s.facility_id = CAST(:f AS text))
                          AND (CAST(:a AS uuid) IS NULL OR s.agreement_id = CAST(:a AS uuid))
                          AND (CAST(:awaiting AS boolean) = false OR (s.type IN ('EXCLUSION', 'TERMINATION', 'TERMINATION_REFERRAL') AND s.approved_at IS NULL))
                        ORDER BY s.proposed_at DESC LIMIT :l OFFSET :o""")
                .setParameter("ids", scope.facilityIds()).setParameter("hvk", user.hasRole(Roles.HVK))
                .setParameter("me", user.describe()).setParameter("f", facility).setParameter("a", agreementId)
                .setParameter("awaiting", "AWAITING_APPROVAL".equals(status)).setParameter("l", limit).setParameter("o", offset)
                .getResultList();
        return sanctions(ids);
    }

    /** The resident's ladder: what has been given, and the grounds each step would need (for the SPA). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SanctionHistory history(UUID agreementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> ag = em.createNativeQuery("SELECT facility_id, kind FROM agreement WHERE id = :a")
                .setParameter("a", agreementId).getResultList();
        if (ag.isEmpty() || !scope.worksAt((String) ag.get(0)[0])) throw ProblemException.notFound("Avtalen", agreementId);
        String kind = (String) ag.get(0)[1];
        List<SanctionView> all = list(null, null, agreementId, 500, 0);
        List<LadderStep> ladder = SanctionPolicy.ladder(kind).stream()
                .map(t -> new LadderStep(t, (int) all.stream().filter(s -> s.type().equals(t) && !"REVERSED".equals(s.appealOutcome())).count(),
                        SanctionPolicy.groundsFor(kind, t).stream().sorted().toList())).toList();
        return new SanctionHistory(agreementId, kind, ladder, all);
    }

    private SanctionPolicy.History history(UUID agreementId, LocalDate today) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE type = 'ORAL_WARNING' AND proposed_at >= CAST(:since AS date)),
                               count(*) FILTER (WHERE type IN ('WRITTEN_WARNING', 'WRITTEN_COMPLAINT'))
                        FROM sanction s JOIN agreement a ON a.id = s.agreement_id
                        WHERE a.person_id = (SELECT person_id FROM agreement WHERE id = :a)
                          AND s.facility_id = (SELECT facility_id FROM agreement WHERE id = :a)
                          AND s.appeal_outcome IS DISTINCT FROM 'REVERSED'""")
                .setParameter("since", today.minusMonths(windowMonths)).setParameter("a", agreementId).getSingleResult();
        return new SanctionPolicy.History(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
    }

    private boolean visible(SanctionView s) {
        if (scope.worksAt(s.facilityId())) return true;
        if (!user.hasRole(Roles.HVK)) return false;
        return ((Number) em.createNativeQuery("SELECT count(*) FROM intake WHERE person_id = :p AND caseworker = :me")
                .setParameter("p", s.personId()).setParameter("me", user.describe()).getSingleResult()).longValue() > 0;
    }

    private SanctionView sanctionForUpdate(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object> locked = em.createNativeQuery("SELECT id FROM sanction WHERE id = :id FOR UPDATE").setParameter("id", id).getResultList();
        if (locked.isEmpty()) throw ProblemException.notFound("Reaksjonen", id);
        SanctionView s = sanction(id);
        if (!scope.worksAt(s.facilityId())) throw ProblemException.notFound("Reaksjonen", id);
        return s;
    }

    SanctionView sanction(UUID id) {
        List<SanctionView> one = sanctions(List.of(id));
        if (one.isEmpty()) throw ProblemException.notFound("Reaksjonen", id);
        return one.get(0);
    }

    /** Loads many sanctions in one query, in the order of the ids given. */
    List<SanctionView> sanctions(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.id, s.agreement_id, s.facility_id, s.person_id, s.kind, s.type, s.ground, s.written_grounds,
                               s.proportionality, s.exclusion_from, s.exclusion_to, s.alternative_place, s.alternative_from,
                               s.alternative_to, s.proposed_at, s.proposed_by, s.approved_at, s.approved_by, s.notified_on,
                               s.notified_how, s.appeal_deadline, s.appealed_on, s.appeal_outcome, s.appeal_outcome_on,
                               ARRAY(SELECT incident_id FROM sanction_incident WHERE sanction_id = s.id ORDER BY incident_id)
                        FROM sanction s WHERE s.id = ANY (CAST(:ids AS uuid[]))""")
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        java.util.Map<UUID, SanctionView> byId = new java.util.HashMap<>();
        for (Object[] r : rows) {
            String type = (String) r[5];
            boolean decision = SanctionPolicy.needsApproval(type);
            String status;
            if (decision && r[16] == null) status = "AWAITING_APPROVAL";
            else if ("REVERSED".equals(r[22])) status = "REVERSED";
            else if (r[21] != null && r[22] == null) status = "APPEALED";
            else if (decision && r[18] == null) status = "APPROVED";
            else status = "IN_FORCE";
            byId.put((UUID) r[0], new SanctionView((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4], type,
                    (String) r[6], status, SqlValues.uuids(r[24]), (String) r[7], (String) r[8], SqlValues.date(r[9]), SqlValues.date(r[10]),
                    r[11] == null ? null : new Alternative((String) r[11], SqlValues.date(r[12]), SqlValues.date(r[13])),
                    SqlValues.instant(r[14]), (String) r[15], SqlValues.instant(r[16]), (String) r[17], SqlValues.date(r[18]),
                    (String) r[19], SqlValues.date(r[20]), SqlValues.date(r[21]), (String) r[22], SqlValues.date(r[23])));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------- entries (R-SAN-8) and visitor bans (R-SAN-9)

    @Transactional
    public EntryView recordEntry(NewEntry body) {
        @SuppressWarnings("unchecked")
        List<Object[]> u = em.createNativeQuery("""
                        SELECT u.facility_id, f.agreement_kind, f.entry_grounds, u.label FROM unit u JOIN facility f ON f.id = u.facility_id
                        WHERE u.id = :u""").setParameter("u", body.unitId()).getResultList();
        if (u.isEmpty()) throw ProblemException.invalid("unitId", "boenheten finnes ikke");
        String facility = (String) u.get(0)[0];
        scope.requireWorksAt(facility);
        List<String> grounds = SqlValues.strings(u.get(0)[2]);
        if (!grounds.contains(body.ground())) {
            boolean lease = "LEASE".equals(u.get(0)[1]);
            throw new ProblemException(422, "r-san-8-entry-ground-not-allowed", "Ikke en lovlig grunn til å låse seg inn",
                    lease ? "I en bolig med husleiekontrakt kan personalet bare låse seg inn ved fare for liv eller helse"
                            : "Grunnen står ikke på botiltakets liste over når personalet kan låse seg inn: " + grounds,
                    lease ? "R-SAN-6" : "R-SAN-8", List.of(new Problem.Violation("ground", "ikke tillatt her")));
        }
        if (body.enteredAt().isAfter(clock.instant().plus(5, ChronoUnit.MINUTES))) {
            throw ProblemException.invalid("enteredAt", "kan ikke være fram i tid");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO entry_log (id, facility_id, unit_id, ground, entered_at, staff, present, found, created_by)
                        VALUES (:id, :f, :u, :g, :at, :staff, :present, :found, :by)""")
                .setParameter("id", id).setParameter("f", facility).setParameter("u", body.unitId()).setParameter("g", body.ground())
                .setParameter("at", Timestamp.from(body.enteredAt())).setParameter("staff", user.describe())
                .setParameter("present", trim(body.present())).setParameter("found", trim(body.found()))
                .setParameter("by", user.describe()).executeUpdate();
        return new EntryView(id, facility, body.unitId(), (String) u.get(0)[3], body.ground(), body.enteredAt(), user.describe(),
                trim(body.present()), trim(body.found()));
    }

    @Transactional
    public VisitorBanView recordVisitorBan(NewVisitorBan body) {
        scope.requireWorksAt(body.facilityId());
        if (!Set.of("STAFF", "POLICE").contains(body.issuedBy())) throw ProblemException.invalid("issuedBy", "må være STAFF eller POLICE");
        String kind = (String) em.createNativeQuery("SELECT agreement_kind FROM facility WHERE id = :f")
                .setParameter("f", body.facilityId()).getSingleResult();
        if (kind.equals("LEASE") && body.issuedBy().equals("STAFF")) {
            throw ProblemException.rule(422, "r-san-6-not-lawful-in-tenancy", "R-SAN-6", "Ikke lovlig i et leieforhold",
                    "Utleier kan ikke nekte leietakere besøk; bare politiet kan ilegge besøksforbud her");
        }
        if (body.toDate() != null && body.toDate().isBefore(body.fromDate())) throw ProblemException.invalid("toDate", "kan ikke være før fra-datoen");
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO visitor_ban (id, facility_id, issued_by, visitor, from_date, to_date, reason, created_by)
                        VALUES (:id, :f, :i, :v, :from, CAST(:to AS date), :r, :by)""")
                .setParameter("id", id).setParameter("f", body.facilityId()).setParameter("i", body.issuedBy())
                .setParameter("v", body.visitor().strip()).setParameter("from", body.fromDate()).setParameter("to", body.toDate())
                .setParameter("r", body.reason().strip()).setParameter("by", user.describe()).executeUpdate();
        return new VisitorBanView(id, body.facilityId(), body.issuedBy(), body.visitor().strip(), body.fromDate(), body.toDate(),
                body.reason().strip(), user.describe());
    }

    // ---------------------------------------------------------------- control report (R-SAN-10)

    /** The municipality as a whole in reports, for the roles that may see it. */
    public static final String ALL_FACILITIES = FacilityScope.WHOLE_MUNICIPALITY;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ControlReport controlReport(String facility, LocalDate from, LocalDate to) {
        // internal control reads any facility and all of them together; a fagleder only their own
        List<String> fs = scope.reportFacilities(facility, Set.of(Roles.KONTROLL),
                "Kontrollrapporten for hele kommunen er for internkontrollen (rollen kontroll)");
        if (to.isBefore(from)) throw ProblemException.badRequest("to", "kan ikke være før from");
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        SELECT id FROM sanction WHERE facility_id IN (:fs)
                          AND (proposed_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to ORDER BY proposed_at""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getResultList();
        List<SanctionView> sanctions = sanctions(ids);
        List<Count> byType = sanctions.stream().map(SanctionView::type).distinct().sorted()
                .map(t -> new Count(t, sanctions.stream().filter(s -> s.type().equals(t)).count())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> entryRows = em.createNativeQuery("""
                        SELECT e.id, e.facility_id, e.unit_id, u.label, e.ground, e.entered_at, e.staff, e.present, e.found
                        FROM entry_log e JOIN unit u ON u.id = e.unit_id WHERE e.facility_id IN (:fs)
                          AND (e.entered_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to ORDER BY e.entered_at""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getResultList();
        List<EntryView> entries = entryRows.stream().map(r -> new EntryView((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], SqlValues.instant(r[5]), (String) r[6], (String) r[7], (String) r[8])).toList();
        List<Count> byGround = entries.stream().map(EntryView::ground).distinct().sorted()
                .map(g -> new Count(g, entries.stream().filter(e -> e.ground().equals(g)).count())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> banRows = em.createNativeQuery("""
                        SELECT id, facility_id, issued_by, visitor, from_date, to_date, reason, created_by FROM visitor_ban
                        WHERE facility_id IN (:fs) AND from_date <= :to AND (to_date IS NULL OR to_date >= :from) ORDER BY from_date""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getResultList();
        List<VisitorBanView> bans = banRows.stream().map(r -> new VisitorBanView((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], SqlValues.date(r[4]), SqlValues.date(r[5]), (String) r[6], (String) r[7])).toList();
        long police = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM incident WHERE facility_id IN (:fs) AND police_contacted
                          AND (occurred_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
        List<ControlFlag> flags = new ArrayList<>();
        // terminations (not for non-payment) with no written warning before them, in one query
        @SuppressWarnings("unchecked")
        List<UUID> unwarned = ids.isEmpty() ? List.of() : em.createNativeQuery("""
                        SELECT s.id FROM sanction s
                        WHERE s.id IN (:ids) AND s.type = 'TERMINATION' AND s.ground <> 'NON_PAYMENT'
                          AND NOT EXISTS (SELECT 1 FROM sanction w WHERE w.person_id = s.person_id AND w.facility_id = s.facility_id
                                            AND w.type = 'WRITTEN_WARNING' AND w.proposed_at < s.proposed_at)""")
                .setParameter("ids", ids).getResultList();
        for (SanctionView t : sanctions) {
            if (unwarned.contains(t.id())) {
                flags.add(new ControlFlag("TERMINATION_WITHOUT_WRITTEN_WARNING", "Oppsigelse uten tidligere skriftlig advarsel", t.personId()));
            }
        }
        List<SanctionView> exclusions = sanctions.stream().filter(s -> s.type().equals("EXCLUSION")).toList();
        for (int i = 0; i < exclusions.size(); i++) {
            for (int j = i + 1; j < exclusions.size(); j++) {
                SanctionView x = exclusions.get(i), y = exclusions.get(j);
                if (x.personId().equals(y.personId()) && x.facilityId().equals(y.facilityId())
                        && Math.abs(ChronoUnit.DAYS.between(x.exclusionFrom(), y.exclusionFrom())) <= 30) {
                    flags.add(new ControlFlag("EXCLUSIONS_CLOSE_TOGETHER", "To bortvisninger innen 30 dager for samme beboer", x.personId()));
                }
            }
        }
        long noAnswer = entries.stream().filter(e -> e.ground().equals("NO_ANSWER_AT_HMS_ROUND")).count();
        if (noAnswer > 0) flags.add(new ControlFlag("ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER",
                noAnswer + " innlåsinger fordi beboeren ikke svarte på HMS-runden", null));
        return new ControlReport(facility, from, to, byType, exclusions,
                sanctions.stream().filter(s -> s.type().equals("TERMINATION") || s.type().equals("TERMINATION_REFERRAL")).toList(),
                sanctions.stream().filter(s -> s.appealedOn() != null).toList(), byGround, entries, bans, police, flags);
    }

    // ---------------------------------------------------------------- helpers

    @Transactional(Transactional.TxType.SUPPORTS)
    public String facilityName(String facility) {
        if (ALL_FACILITIES.equals(facility)) return "Hele kommunen";
        return (String) em.createNativeQuery("SELECT name FROM facility WHERE id = :f").setParameter("f", facility).getSingleResult();
    }

    private void agreementEvent(UUID agreement, String type, String summary) {
        em.createNativeQuery("INSERT INTO agreement_event (agreement_id, type, by_user, summary) VALUES (:a, :t, :by, :s)")
                .setParameter("a", agreement).setParameter("t", type).setParameter("by", user.describe())
                .setParameter("s", summary).executeUpdate();
    }

    private static String title(String problem) {
        return switch (problem) {
            case "r-san-6-not-lawful-in-tenancy" -> "Ikke lovlig etter husleieloven";
            case "r-san-4-exclusion-needs-alternative-housing" -> "Annet bosted mangler";
            case "r-san-7-decision-needs-grounds" -> "Enkeltvedtaket mangler begrunnelse";
            default -> "Tiltaket kan ikke registreres";
        };
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
