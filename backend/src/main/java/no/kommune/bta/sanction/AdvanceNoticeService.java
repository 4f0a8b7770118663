package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.AdvanceNoticeView;
import no.kommune.bta.sanction.SanctionDtos.NewAdvanceNotice;
import no.kommune.bta.sanction.SanctionDtos.StatementRequest;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.PersonAccess;

/**
 * The forhåndsvarsel before an exclusion or a termination and the resident's statement (R-SAN-11, forvaltningsloven
 * § 16). Facility staff of the agreement's facility record and read them while they see the resident (R-ACC-3);
 * any other forhåndsvarsel or agreement is as unknown as a missing one.
 */
@ApplicationScoped
public class AdvanceNoticeService {

    @Inject
    AdvanceNoticeRepository notices;

    @Inject
    AdvanceNoticeQueries queries;

    @Inject
    SanctionQueries sanctionQueries;

    @Inject
    IncidentQueries incidents;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PersonAccess access;

    @Transactional
    public AdvanceNoticeView record(UUID agreementId, NewAdvanceNotice body) {
        SanctionQueries.ProposalAgreement a = sanctionQueries.proposalAgreement(agreementId)
                .filter(x -> access.atFacility(x.personId(), x.facilityId()))
                .orElseThrow(() -> ProblemException.notFound(SanctionTexts.AGREEMENT, agreementId));
        if (a.status() == AgreementStatus.ENDED) throw ProblemException.of(ProblemType.AGREEMENT_ENDED, SanctionTexts.AGREEMENT_ENDED);
        SanctionType type = Enums.find(SanctionType.class, body.type()).filter(DueProcess.NOTICE_TYPES::contains)
                .orElseThrow(() -> ProblemException.invalid("type", SanctionTexts.ADVANCE_NOTICE_TYPE));
        if (a.kind() == AgreementKind.LEASE) {
            throw ProblemException.of(ProblemType.SANCTION_NOT_LAWFUL_IN_TENANCY, "type", SanctionTexts.ADVANCE_NOTICE_IN_TENANCY);
        }
        if (body.sentOn().isAfter(Clocks.today(clock))) throw ProblemException.invalid("sentOn", SanctionTexts.NOT_IN_THE_FUTURE);
        if (body.statementDeadline().isBefore(body.sentOn())) {
            throw ProblemException.invalid("statementDeadline", SanctionTexts.BEFORE_SENT);
        }
        for (int i = 0; i < body.incidentIds().size(); i++) {
            if (incidents.citedFor(body.incidentIds().get(i), a.facilityId(), a.personId()).isEmpty()) {
                throw ProblemException.invalid("incidentIds[" + i + "]", SanctionTexts.INCIDENT_NOT_OF_RESIDENT);
            }
        }
        AdvanceNotice n = new AdvanceNotice();
        n.id = UUID.randomUUID();
        n.agreementId = agreementId;
        n.facilityId = a.facilityId();
        n.personId = a.personId();
        n.type = type;
        n.description = body.description().strip();
        n.sentOn = body.sentOn();
        n.deliveredHow = body.deliveredHow().strip();
        n.statementDeadline = body.statementDeadline();
        n.createdBy = user.describe();
        n.incidentIds.addAll(body.incidentIds());
        notices.persist(n);
        notices.flush();
        return view(n.id);
    }

    /** The resident's statement (its day and text), or that none came by the deadline; recorded once. */
    @Transactional
    public AdvanceNoticeView recordStatement(UUID id, StatementRequest body) {
        AdvanceNotice n = notices.findForUpdate(id).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound(SanctionTexts.ADVANCE_NOTICE, id));
        if (n.statementRecorded()) throw ProblemException.of(ProblemType.STATEMENT_ALREADY_RECORDED, SanctionTexts.STATEMENT_ALREADY_RECORDED);
        LocalDate today = Clocks.today(clock);
        boolean none = Boolean.TRUE.equals(body.noneReceived());
        boolean text = body.text() != null && !body.text().isBlank();
        if (none) {
            if (body.receivedOn() != null || text) throw ProblemException.invalid("noneReceived", SanctionTexts.STATEMENT_EITHER);
            if (!DueProcess.mayRecordNoneReceived(n.statementDeadline, today)) {
                throw ProblemException.of(ProblemType.STATEMENT_DEADLINE_NOT_PASSED, "noneReceived",
                        SanctionTexts.deadlineNotPassed(n.statementDeadline));
            }
            n.noStatement(user.describe(), clock.instant());
        } else {
            if (body.receivedOn() == null) throw ProblemException.invalid("receivedOn", SanctionTexts.STATEMENT_EITHER);
            if (!text) throw ProblemException.invalid("text", SanctionTexts.STATEMENT_EITHER);
            if (body.receivedOn().isBefore(n.sentOn)) throw ProblemException.invalid("receivedOn", SanctionTexts.BEFORE_SENT);
            if (body.receivedOn().isAfter(today)) throw ProblemException.invalid("receivedOn", SanctionTexts.NOT_IN_THE_FUTURE);
            n.statementReceived(body.receivedOn(), body.text().strip(), user.describe(), clock.instant());
        }
        notices.flush();
        return view(n.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdvanceNoticeView get(UUID id) {
        AdvanceNoticeView v = view(id);
        if (!access.atFacility(v.personId(), v.facilityId())) throw ProblemException.notFound(SanctionTexts.ADVANCE_NOTICE, id);
        return v;
    }

    /** The agreement's forhåndsvarsler, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdvanceNoticeView> list(UUID agreementId) {
        sanctionQueries.agreement(agreementId).filter(x -> access.atFacility(x.personId(), x.facilityId()))
                .orElseThrow(() -> ProblemException.notFound(SanctionTexts.AGREEMENT, agreementId));
        return queries.forAgreement(agreementId, Clocks.today(clock));
    }

    /** The resident of the agreement, for the access log; null when there is no such agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID personOfAgreement(UUID agreementId) {
        return sanctionQueries.agreement(agreementId).map(SanctionQueries.AgreementRef::personId).orElse(null);
    }

    /**
     * R-SAN-11: the forhåndsvarsel a proposal of {@code type} on the agreement cites, as the rule reads it; null when
     * it cites none. One of another agreement, or unknown, is refused; so is one cited by a warning.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DueProcess.Notice citedBy(UUID id, UUID agreementId, SanctionType type) {
        if (id == null) return null;
        if (!DueProcess.NOTICE_TYPES.contains(type)) throw ProblemException.invalid("advanceNoticeId", SanctionTexts.ADVANCE_NOTICE_NOT_FOR_WARNINGS);
        AdvanceNotice n = notices.findByIdOptional(id).filter(x -> x.agreementId.equals(agreementId))
                .orElseThrow(() -> ProblemException.of(ProblemType.ADVANCE_NOTICE_MISSING, "advanceNoticeId",
                        SanctionTexts.ADVANCE_NOTICE_NOT_FOUND));
        return new DueProcess.Notice(n.type, n.statementDeadline, n.statementRecorded(), Set.copyOf(n.incidentIds));
    }

    AdvanceNoticeView view(UUID id) {
        return queries.byId(id, Clocks.today(clock)).orElseThrow(() -> ProblemException.notFound(SanctionTexts.ADVANCE_NOTICE, id));
    }

    private boolean visible(AdvanceNotice n) {
        return access.atFacility(n.personId, n.facilityId);
    }
}
