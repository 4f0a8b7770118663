package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.common.Csv;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;
import no.kommune.bta.sanction.SanctionDtos.EntryView;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanView;

/**
 * The control report as one CSV for a spreadsheet (a header row, one line per measure), in the words of the screens:
 * labels for codes, dates {@code dd.mm.åååå}, times in Oslo time, residents by initials and masked number, no ids.
 */
@ApplicationScoped
public class ControlReportCsv {

    public String render(ControlReport r, Map<UUID, String> residents) {
        ControlReportCells cells = new ControlReportCells(residents);
        Csv csv = Csv.withHeader("tiltak", "dato", "beboer", "grunnlag", "status", "detaljer");
        for (SanctionView s : r.exclusions()) {
            measure(csv, cells, s, "bortvist " + ControlReportCells.period(s.exclusionFrom(), s.exclusionTo())
                    + ", annet bosted: " + ControlReportCells.alternative(s));
        }
        for (SanctionView s : r.terminations()) measure(csv, cells, s, ControlReportCells.arrears(s));
        for (AgreementTermination t : r.agreementTerminations()) termination(csv, cells, t);
        for (SanctionView s : r.appeals()) {
            csv.row("Klage", DocumentFormat.date(s.appealedOn()), cells.resident(s.personId()), s.ground().label(),
                    ControlReportCells.appealOutcome(s), "klage på " + SanctionTexts.name(s.type())
                            + ", klagefrist " + DocumentFormat.date(s.appealDeadline()));
        }
        for (EntryView e : r.entries()) {
            csv.row("Innlåsing uten samtykke", DocumentFormat.dateTime(e.enteredAt()), null, e.ground().label(), null,
                    "boenhet " + e.unitLabel() + ", personale " + DocumentFormat.staff(e.staff()));
        }
        for (VisitorBanView b : r.visitorBans()) {
            csv.row("Besøksforbud", ControlReportCells.banPeriod(b), null, "Ilagt av " + DocumentFormat.inSentence(b.issuedBy().label()),
                    null, b.visitor() + ": " + b.reason());
        }
        for (ReferralView f : r.referrals()) {
            csv.row(SanctionType.TERMINATION_REFERRAL.label(), DocumentFormat.date(f.referredOn()), cells.resident(f.personId()),
                    null, f.status().label(), ControlReportCells.ownersAnswer(f));
        }
        for (var c : r.sanctionsByType()) csv.row("Antall", null, null, SanctionType.valueOf(c.key()).label(), null, c.count());
        csv.row("Kontakter med politiet", null, null, null, null, r.policeContacts());
        for (var f : r.flags()) csv.row("Merknad", null, cells.resident(f.personId()), f.flag().label(), null, f.detail());
        return csv.toString();
    }

    /** An exclusion or termination proposed in the period, with who proposed and approved it (R-SAN-7). */
    private static void measure(Csv csv, ControlReportCells cells, SanctionView s, String detail) {
        String who = ControlReportCells.proposedAndApproved(s);
        csv.row(s.type().label(), DocumentFormat.dateTime(s.proposedAt()), cells.resident(s.personId()), s.ground().label(),
                s.status().label(), ControlReportCells.join(detail, who));
    }

    /** A termination that happened (R-SAN-12): the decision behind it, or that there is none. */
    private static void termination(Csv csv, ControlReportCells cells, AgreementTermination t) {
        StringBuilder detail = new StringBuilder(ControlReportCells.decision(t.decision()));
        if (t.noticeBy() != null) detail.append(" – oppsagt av ").append(DocumentFormat.inSentence(t.noticeBy().label()));
        if (t.noticeEffectiveOn() != null) detail.append(", gjelder fra ").append(DocumentFormat.date(t.noticeEffectiveOn()));
        if (t.movedOutOn() != null) detail.append(", flyttet ut ").append(DocumentFormat.date(t.movedOutOn()));
        csv.row("Avtale sagt opp", DocumentFormat.date(t.noticeGivenOn() != null ? t.noticeGivenOn() : t.movedOutOn()),
                cells.resident(t.personId()), ControlReportCells.terminationGround(t),
                t.decision() == null ? "Uten vedtak" : "Med vedtak", detail.toString());
    }
}
