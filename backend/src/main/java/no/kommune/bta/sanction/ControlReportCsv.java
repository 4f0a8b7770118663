package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import no.kommune.bta.common.Csv;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;
import no.kommune.bta.sanction.SanctionDtos.EntryView;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.sanction.SanctionDtos.TerminationDecision;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanView;

/** The control report as one CSV (`;`, ISO dates, a header row), one line per measure. */
@ApplicationScoped
public class ControlReportCsv {

    public String render(ControlReport r) {
        Csv csv = Csv.withHeader("tiltak", "dato", "beboer", "grunnlag", "status", "detaljer");
        for (SanctionView s : r.exclusions()) line(csv, s, "bortvist " + s.exclusionFrom() + "–" + s.exclusionTo()
                + ", annet bosted: " + s.alternativeAccommodation().place());
        for (SanctionView s : r.terminations()) line(csv, s, "");
        for (AgreementTermination t : r.agreementTerminations()) terminationLine(csv, t);
        for (SanctionView s : r.appeals()) line(csv, s, "klage " + s.appealedOn() + (s.appealOutcome() == null ? "" : ", utfall " + s.appealOutcome()));
        for (EntryView e : r.entries()) {
            csv.row("INNLASING", e.enteredAt(), null, e.ground(), null, "boenhet " + e.unitLabel() + ", personale " + e.staff());
        }
        for (VisitorBanView b : r.visitorBans()) {
            csv.row("BESOKSFORBUD", b.fromDate(), null, b.issuedBy(), null, b.visitor() + ": " + b.reason());
        }
        referrals(csv, r);
        for (var c : r.sanctionsByType()) csv.row("ANTALL", null, null, c.key(), null, c.count());
        for (var f : r.flags()) csv.row("FLAGG", null, f.personId(), f.flag(), null, f.detail());
        return csv.toString();
    }

    /** R-SAN-6: one line per referral case in a tenancy, with the owner's answer when there is one. */
    private static void referrals(Csv csv, ControlReport r) {
        for (ReferralView f : r.referrals()) {
            String answer = f.respondedOn() == null ? "venter på eierens svar"
                    : "svar " + f.respondedOn() + (f.effectiveOn() == null ? "" : ", virkning fra " + f.effectiveOn()) + ": " + f.outcome();
            csv.row("HENVISNING", f.referredOn(), f.personId(), null, f.status(), answer);
        }
    }

    private static void line(Csv csv, SanctionView s, String detail) {
        csv.row(s.type(), s.proposedAt(), s.personId(), s.ground(), s.status(), detail);
    }

    /** A termination that happened (R-SAN-12): the decision behind it, or UTEN_VEDTAK when there is none. */
    private static void terminationLine(Csv csv, AgreementTermination t) {
        TerminationDecision d = t.decision();
        Object ground = d != null ? d.ground() : t.terminationGround();
        StringBuilder detail = new StringBuilder();
        if (d != null) {
            detail.append("vedtak ").append(d.sanctionId()).append(" godkjent ").append(d.approvedAt());
            if (d.notifiedOn() != null) detail.append(", underrettet ").append(d.notifiedOn());
            if (d.appealOutcome() != null) detail.append(", klage ").append(d.appealOutcome());
            detail.append("; ");
        }
        detail.append("avtale ").append(t.agreementId());
        if (t.noticeEffectiveOn() != null) detail.append(", virkning ").append(t.noticeEffectiveOn());
        if (t.movedOutOn() != null) {
            detail.append(", flyttet ut ").append(t.movedOutOn()).append(" (").append(t.terminationGround()).append(')');
        }
        csv.row("OPPSAGT", t.noticeGivenOn() != null ? t.noticeGivenOn() : t.movedOutOn(), t.personId(), ground,
                d == null ? "UTEN_VEDTAK" : "VEDTAK", detail.toString());
    }
}
