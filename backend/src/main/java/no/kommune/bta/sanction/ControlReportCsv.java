package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
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
        StringBuilder sb = new StringBuilder("tiltak;dato;beboer;grunnlag;status;detaljer\n");
        for (SanctionView s : r.exclusions()) line(sb, s, "bortvist " + s.exclusionFrom() + "–" + s.exclusionTo()
                + ", annet bosted: " + s.alternativeAccommodation().place());
        for (SanctionView s : r.terminations()) line(sb, s, "");
        for (AgreementTermination t : r.agreementTerminations()) terminationLine(sb, t);
        for (SanctionView s : r.appeals()) line(sb, s, "klage " + s.appealedOn() + (s.appealOutcome() == null ? "" : ", utfall " + s.appealOutcome()));
        for (EntryView e : r.entries()) {
            sb.append("INNLASING;").append(e.enteredAt()).append(";;").append(e.ground()).append(";;")
                    .append(esc("boenhet " + e.unitLabel() + ", personale " + e.staff())).append('\n');
        }
        for (VisitorBanView b : r.visitorBans()) {
            sb.append("BESOKSFORBUD;").append(b.fromDate()).append(";;").append(b.issuedBy()).append(";;")
                    .append(esc(b.visitor() + ": " + b.reason())).append('\n');
        }
        referrals(sb, r);
        for (var c : r.sanctionsByType()) sb.append("ANTALL;;;").append(c.key()).append(";;").append(c.count()).append('\n');
        for (var f : r.flags()) sb.append("FLAGG;;").append(f.personId() == null ? "" : f.personId()).append(';')
                .append(f.flag()).append(";;").append(esc(f.detail())).append('\n');
        return sb.toString();
    }

    /** R-SAN-6: one line per referral case in a tenancy, with the owner's answer when there is one. */
    private static void referrals(StringBuilder sb, ControlReport r) {
        for (ReferralView f : r.referrals()) {
            String answer = f.respondedOn() == null ? "venter på eierens svar"
                    : "svar " + f.respondedOn() + (f.effectiveOn() == null ? "" : ", virkning fra " + f.effectiveOn()) + ": " + f.outcome();
            sb.append("HENVISNING;").append(f.referredOn()).append(';').append(f.personId()).append(";;")
                    .append(f.status()).append(';').append(esc(answer)).append('\n');
        }
    }

    private static void line(StringBuilder sb, SanctionView s, String detail) {
        sb.append(s.type()).append(';').append(s.proposedAt()).append(';').append(s.personId()).append(';')
                .append(s.ground()).append(';').append(s.status()).append(';').append(esc(detail)).append('\n');
    }

    /** A termination that happened (R-SAN-12): the decision behind it, or UTEN_VEDTAK when there is none. */
    private static void terminationLine(StringBuilder sb, AgreementTermination t) {
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
        sb.append("OPPSAGT;").append(t.noticeGivenOn() != null ? t.noticeGivenOn() : t.movedOutOn()).append(';').append(t.personId())
                .append(';').append(ground == null ? "" : ground).append(';').append(d == null ? "UTEN_VEDTAK" : "VEDTAK").append(';')
                .append(esc(detail.toString())).append('\n');
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.contains(";") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
