package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.egenbetaling.EgenbetalingConfig;
import no.kommune.bta.egenbetaling.LedgerService;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.sanction.SanctionDtos.Alternative;
import no.kommune.bta.sanction.SanctionDtos.LadderStep;
import no.kommune.bta.sanction.SanctionDtos.NewSanction;
import no.kommune.bta.sanction.SanctionDtos.SanctionHistory;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.PersonAccess;

/** Proposing a measure on the ladder (R-SAN-1 … R-SAN-7), and reading sanctions and a resident's history. */
@ApplicationScoped
public class SanctionService {
    /** The most sanctions one agreement's history page shows. */
    static final int HISTORY_LIMIT = 500;

    @Inject
    LedgerService ledger;

    @Inject
    SanctionRepository sanctions;

    @Inject
    SanctionQueries queries;

    @Inject
    IncidentQueries incidents;

    @Inject
    SanctionConfig config;

    @Inject
    EgenbetalingConfig.Arrears arrearsConfig;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PersonAccess access;

    @Inject
    FacilityScope scope;

    @Inject
    AdvanceNoticeService advanceNotices;

    /** R-ACC-5, called by retention in the transaction of a batch of persons: the free text of sanctions, notices and incidents goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(List<UUID> personIds) {
        queries.anonymise(personIds);
    }

    @Transactional
    public SanctionView propose(NewSanction body) {
        SanctionQueries.ProposalAgreement a = queries.proposalAgreement(body.agreementId())
                .filter(x -> access.atFacility(x.personId(), x.facilityId()))
                .orElseThrow(() -> ProblemException.invalid("agreementId", SanctionTexts.AGREEMENT_NOT_FOUND));
        if (a.status() == AgreementStatus.ENDED) throw ProblemException.of(ProblemType.AGREEMENT_ENDED, SanctionTexts.AGREEMENT_ENDED);
        Set<IncidentCategory> categories = EnumSet.noneOf(IncidentCategory.class);
        boolean serious = false;
        // R-FAC-2: the rules the resident signed, those on the agreement the sanction is given on
        IncidentQueries.RulesVersion rules = incidents.rulesOfAgreement(body.agreementId())
                .or(() -> incidents.rulesInForce(a.facilityId())).orElseThrow();
        for (int i = 0; i < body.incidentIds().size(); i++) {
            IncidentQueries.Cited cited = incidents.citedFor(body.incidentIds().get(i), a.facilityId(), a.personId())
                    .orElseThrow(invalid("incidentIds[" + i + "]", SanctionTexts.INCIDENT_NOT_OF_RESIDENT));
            for (int n : cited.ruleNumbers()) {
                if (!incidents.ruleExists(rules.id(), n)) {
                    throw ProblemException.of(ProblemType.RULE_NOT_IN_SIGNED_VERSION, "incidentIds[" + i + "]",
                            SanctionTexts.incidentRuleNotInSignedVersion(n, rules.version()));
                }
            }
            categories.addAll(cited.categories());
            serious |= cited.serious();
        }
        LocalDate today = Clocks.today(clock);
        SanctionPolicy.History history = queries.history(body.agreementId(), today.minusMonths(config.warningWindowMonths()));
        // R-SAN-5: the arrears in the ledger today, as egenbetaling reads them (the one reading of arrears)
        long arrearsOre = ledger.overdueOre(body.agreementId());
        SanctionType type = Enums.find(SanctionType.class, body.type()).orElse(null);
        SanctionGround ground = Enums.find(SanctionGround.class, body.ground()).orElse(null);
        LocalDate exFrom = null, exTo = null;
        if (type == SanctionType.EXCLUSION) {
            if (body.exclusionFrom() == null) throw ProblemException.invalid("exclusionFrom", SanctionTexts.EXCLUSION_FROM_MISSING);
            exFrom = body.exclusionFrom();
            exTo = SanctionPolicy.exclusionEnd(exFrom, a.exclusionDays() == null ? config.exclusionDaysFallback() : a.exclusionDays());
        }
        Alternative alt = body.alternativeAccommodation();
        SanctionPolicy.check(new SanctionPolicy.Proposal(a.kind(), type, ground, categories, serious, history,
                config.oralWarningsBeforeWritten(), arrearsOre, arrearsConfig.flagThresholdOre(), body.writtenGrounds(),
                body.proportionality(), exFrom, exTo,
                alt == null ? null : alt.place(), alt == null ? null : alt.from(), alt == null ? null : alt.to()))
                .ifPresent(r -> {
                    throw ProblemException.of(r.type(), r.field(), r.message());
                });
        UUID advanceNotice = dueProcess(body, type, ground, exFrom, today);
        Sanction s = new Sanction();
        s.id = UUID.randomUUID();
        s.agreementId = body.agreementId();
        s.facilityId = a.facilityId();
        s.personId = a.personId();
        s.kind = a.kind();
        s.type = type;
        s.ground = ground;
        s.writtenGrounds = trim(body.writtenGrounds());
        s.proportionality = trim(body.proportionality());
        s.exclusionFrom = exFrom;
        s.exclusionTo = exTo;
        if (alt != null) {
            s.alternativePlace = alt.place().strip();
            s.alternativeFrom = alt.from();
            s.alternativeTo = alt.to();
        }
        s.advanceNoticeId = advanceNotice;
        s.urgent = Boolean.TRUE.equals(body.urgent());
        s.proposedBy = user.describe();
        if (SanctionPolicy.recordsArrears(ground)) {
            // R-SAN-5: the amount and the months it covers, as they stood on the day of the proposal
            s.arrearsOre = arrearsOre;
            s.arrearsMonths = queries.overdueMonths(body.agreementId(), today).toArray(LocalDate[]::new);
        }
        s.incidentIds.addAll(body.incidentIds());
        sanctions.persist(s);
        sanctions.flush();
        return view(s.id);
    }

    /**
     * R-SAN-11: before an exclusion (unless urgent: violence or threats) and before a termination the resident has had
     * a forhåndsvarsel and a chance to give a statement; the decision cites it. R-SAN-7: an exclusion starts today or
     * later, as it starts no earlier than its approval. Returns the forhåndsvarsel cited, or null.
     */
    private UUID dueProcess(NewSanction body, SanctionType type, SanctionGround ground, LocalDate exclusionFrom, LocalDate today) {
        if (exclusionFrom != null && exclusionFrom.isBefore(today)) {
            throw ProblemException.invalid("exclusionFrom", SanctionTexts.EXCLUSION_FROM_IN_PAST);
        }
        DueProcess.Notice notice = advanceNotices.citedBy(body.advanceNoticeId(), body.agreementId(), type);
        DueProcess.check(type, ground, Boolean.TRUE.equals(body.urgent()), notice, body.incidentIds(), today).ifPresent(r -> {
            throw ProblemException.of(r.type(), r.field(), r.message());
        });
        return body.advanceNoticeId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SanctionView get(UUID id) {
        SanctionView s = view(id);
        if (!visible(s)) throw ProblemException.notFound(SanctionTexts.SANCTION, id);
        return s;
    }

    /** Newest first; {@code awaitingApproval} keeps only decisions no second fagleder has approved yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionView> list(String facility, boolean awaitingApproval, UUID agreementId, int limit, int offset) {
        scope.requireOwnFilter(facility);
        return queries.page(access.scope(), facility, agreementId, awaitingApproval, limit, offset);
    }

    /** The resident whose sanction history it is, for the access log; null when there is no such agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID historyPerson(UUID agreementId) {
        return queries.agreement(agreementId).map(SanctionQueries.AgreementRef::personId).orElse(null);
    }

    /** The resident's ladder: what has been given, and the grounds each step would need (for the SPA). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SanctionHistory history(UUID agreementId) {
        SanctionQueries.AgreementRef a = queries.agreement(agreementId).filter(x -> access.atFacility(x.personId(), x.facilityId()))
                .orElseThrow(() -> ProblemException.notFound(SanctionTexts.AGREEMENT, agreementId));
        List<SanctionView> all = list(null, false, agreementId, HISTORY_LIMIT, 0);
        List<LadderStep> ladder = SanctionPolicy.ladder(a.kind()).stream()
                .map(t -> new LadderStep(t, (int) all.stream().filter(s -> s.type() == t && s.appealOutcome() != AppealOutcome.REVERSED
                                && s.status() != SanctionStatus.RETURNED).count(),
                        SanctionPolicy.groundsFor(a.kind(), t).stream().sorted(Comparator.comparing(Enum::name)).toList()))
                .toList();
        return new SanctionHistory(agreementId, a.kind(), ladder, all);
    }

    SanctionView view(UUID id) {
        return queries.byId(id).orElseThrow(() -> ProblemException.notFound(SanctionTexts.SANCTION, id));
    }

    /** R-ACC-3: the facility's staff while they see the person there; the HVK caseworker while they handle them. */
    private boolean visible(SanctionView s) {
        return access.recordAt(s.personId(), s.facilityId());
    }

    private static java.util.function.Supplier<ProblemException> invalid(String field, String message) {
        return () -> ProblemException.invalid(field, message);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
