package no.kommune.bta.sanction;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementTerms;
import no.kommune.bta.agreement.Party;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Download;
import no.kommune.bta.common.PdfRenderer;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.person.Person;
import no.kommune.bta.sanction.LetterQueries.CitedIncident;
import no.kommune.bta.sanction.LetterQueries.LetterAgreement;
import no.kommune.bta.sanction.SanctionDtos.AdvanceNoticeView;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.sanction.SanctionLetters.AppealRoute;
import no.kommune.bta.sanction.SanctionLetters.NoticeFacts;
import no.kommune.bta.sanction.SanctionLetters.Parties;
import no.kommune.bta.security.PersonAccess;

/**
 * The letters the resident receives as PDF in bokmål (R-SAN-11): the enkeltvedtak behind an exclusion, a
 * termination or a referral to the owner, and the forhåndsvarsel before one. The wording is {@link SanctionLetters}';
 * this class gathers the facts. Staff of the facility read them while they see the resident (R-ACC-3).
 */
@ApplicationScoped
public class DecisionLetterPdf {

    /** A letter, whose it is (for the access log) and the name it is saved under. */
    public record Rendered(UUID personId, String filename, byte[] pdf) {
        /** The letter as a response the browser shows, saved under its human name (issue 18). */
        public Response inline() {
            return Download.inline(pdf, "application/pdf", filename);
        }
    }

    @Inject
    SanctionQueries sanctions;

    @Inject
    AdvanceNoticeService advanceNotices;

    @Inject
    LetterQueries queries;

    @Inject
    SanctionConfig config;

    @Inject
    PersonAccess access;

    @Inject
    Template letter;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered decision(UUID sanctionId) {
        SanctionView s = sanctions.byId(sanctionId).filter(x -> access.atFacility(x.personId(), x.facilityId()))
                .orElseThrow(() -> ProblemException.notFound(SanctionTexts.SANCTION, sanctionId));
        if (!SanctionPolicy.needsApproval(s.type())) throw ProblemException.of(ProblemType.NOT_A_DECISION, SanctionTexts.NOT_A_DECISION);
        LetterAgreement a = queries.agreement(s.agreementId());
        List<CitedIncident> incidents = queries.incidents(s.incidentIds());
        NoticeFacts notice = s.advanceNoticeId() == null ? null : noticeFacts(advanceNotices.view(s.advanceNoticeId()));
        SanctionDtos.Alternative alt = s.alternativeAccommodation();
        SanctionLetters.Decision d = new SanctionLetters.Decision(s.id(), s.type(), s.ground(), a.parties(),
                queries.rules(a.rulesVersionId(), ruleNumbers(incidents)), incidents.stream().map(CitedIncident::occurrence).toList(),
                s.writtenGrounds(), s.proportionality(), s.exclusionFrom(), s.exclusionTo(), alt == null ? null : alt.place(),
                alt == null ? null : alt.from(), alt == null ? null : alt.to(), Boolean.TRUE.equals(s.urgent()), notice,
                s.proposedAt().atZone(Clocks.OSLO).toLocalDate(), s.proposedBy(),
                s.approvedAt() == null ? null : s.approvedAt().atZone(Clocks.OSLO).toLocalDate(), s.approvedBy(), s.notifiedOn(),
                s.appealDeadline(), terminationEffectiveOn(s, a),
                // R-SAN-5: the arrears a termination for non-payment rests on, as they stood when it was proposed
                s.arrearsOre() == null ? null : new SanctionLetters.Arrears(s.arrearsOre(),
                        s.arrearsMonths().stream().map(java.time.YearMonth::parse).toList()),
                route(a.parties()));
        LocalDate dated = d.approvedOn() != null ? d.approvedOn() : d.proposedOn();
        return new Rendered(s.personId(), "Vedtak om " + SanctionTexts.name(s.type()) + " " + name(a.parties()) + " " + dated + ".pdf",
                render(SanctionLetters.decision(d)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered advanceNotice(UUID id) {
        AdvanceNoticeView n = advanceNotices.get(id);
        LetterAgreement a = queries.agreement(n.agreementId());
        List<CitedIncident> incidents = queries.incidents(n.incidentIds());
        SanctionLetters.Warning w = new SanctionLetters.Warning(n.id(), n.type(), a.parties(),
                queries.rules(a.rulesVersionId(), ruleNumbers(incidents)), incidents.stream().map(CitedIncident::occurrence).toList(),
                n.description(), noticeFacts(n), n.createdBy(), route(a.parties()));
        return new Rendered(n.personId(), "Forhåndsvarsel " + name(a.parties()) + " " + n.sentOn() + ".pdf",
                render(SanctionLetters.warning(w)));
    }

    /**
     * A BTA termination ends on the date of the municipality's notice on the agreement; before that is recorded, once
     * the resident is notified, the notice period counts from the notification (R-AGR-2); before that, not yet known.
     */
    private static LocalDate terminationEffectiveOn(SanctionView s, LetterAgreement a) {
        if (s.type() != SanctionType.TERMINATION) return null;
        if (a.noticeBy() == Party.MUNICIPALITY && a.noticeEffectiveOn() != null) return a.noticeEffectiveOn();
        return s.notifiedOn() == null ? null : AgreementTerms.effectiveNotice(a.kind(), a.parties().noticeDays(), s.notifiedOn());
    }

    /** The facility's fagleder, at the facility's address or else the configured one (R-SAN-11, fvl § 27). */
    private AppealRoute route(Parties p) {
        String address = p.facilityAddress() != null ? p.facilityAddress() : config.appealAddress().orElse(null);
        return new AppealRoute("fagleder ved " + p.facilityName() + ", " + p.operator(), address, config.appealBody());
    }

    private static String name(Parties p) {
        return Person.fullName(p.givenName(), p.familyName());
    }

    private static NoticeFacts noticeFacts(AdvanceNoticeView n) {
        SanctionDtos.Statement st = n.statement();
        return new NoticeFacts(n.sentOn(), n.deliveredHow(), n.statementDeadline(), st == null ? null : st.receivedOn(),
                st == null ? null : st.text(), st != null && Boolean.TRUE.equals(st.noneReceived()));
    }

    private static List<Integer> ruleNumbers(Collection<CitedIncident> incidents) {
        return incidents.stream().flatMap(i -> i.ruleNumbers().stream()).distinct().sorted().toList();
    }

    private byte[] render(SanctionLetters.Letter l) {
        return PdfRenderer.render(letter.data("letter", l).render());
    }
}
