package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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

    /** {@code facilities}: each facility's name when the report covers the whole municipality (a column of its own). */
    public String render(ControlReport r, Map<UUID, String> residents, Map<String, String> facilities) {
        ControlReportCells cells = new ControlReportCells(residents, facilities);
        Lines csv = new Lines(cells);
        for (SanctionView s : r.exclusions()) {
            measure(csv, s, "bortvist " + ControlReportCells.period(s.exclusionFrom(), s.exclusionTo())
                    + ", annet bosted: " + ControlReportCells.alternative(s));
        }
        for (SanctionView s : r.terminations()) measure(csv, s, ControlReportCells.arrears(s));
        for (AgreementTermination t : r.agreementTerminations()) termination(csv, t);
        for (SanctionView s : r.appeals()) {
            csv.row("Klage", s.facilityId(), DocumentFormat.date(s.appealedOn()), cells.resident(s.personId()),
                    s.ground().label(), ControlReportCells.appealOutcome(s), "klage på " + SanctionTexts.name(s.type())
                            + ", klagefrist " + DocumentFormat.date(s.appealDeadline()));
        }
        for (EntryView e : r.entries()) {
            csv.row("Innlåsing uten samtykke", e.facilityId(), DocumentFormat.dateTime(e.enteredAt()), null,
                    e.ground().label(), null, "boenhet " + e.unitLabel() + ", personale " + DocumentFormat.staff(e.staff()));
        }
        for (VisitorBanView b : r.visitorBans()) {
            csv.row("Besøksforbud", b.facilityId(), ControlReportCells.banPeriod(b), null,
                    "Ilagt av " + DocumentFormat.inSentence(b.issuedBy().label()), null, b.visitor() + ": " + b.reason());
        }
        for (ReferralView f : r.referrals()) {
            csv.row(SanctionType.TERMINATION_REFERRAL.label(), f.facilityId(), DocumentFormat.date(f.referredOn()),
                    cells.resident(f.personId()), null, f.status().label(), ControlReportCells.ownersAnswer(f));
        }
        for (var c : r.sanctionsByType()) {
            csv.row("Antall", null, null, null, SanctionType.valueOf(c.key()).label(), null, c.count());
        }
        csv.row("Kontakter med politiet", null, null, null, null, null, r.policeContacts());
        for (var f : r.flags()) csv.row("Merknad", null, null, cells.resident(f.personId()), f.flag().label(), null, f.detail());
        return csv.toString();
    }

    /** The file's lines: the measure, the facility's name when the report covers several, then the other cells. */
    private static final class Lines {
        private final ControlReportCells cells;
        private final Csv csv;

        Lines(ControlReportCells cells) {
            this.cells = cells;
            this.csv = cells.perFacility() ? Csv.withHeader("tiltak", "botiltak", "dato", "beboer", "grunnlag", "status", "detaljer")
                    : Csv.withHeader("tiltak", "dato", "beboer", "grunnlag", "status", "detaljer");
        }

        void row(String measure, String facilityId, Object date, Object resident, Object ground, Object status, Object detail) {
            if (cells.perFacility()) {
                csv.row(measure, facilityId == null ? null : cells.facility(facilityId), date, resident, ground, status, detail);
            } else {
                csv.row(measure, date, resident, ground, status, detail);
            }
        }

        String resident(UUID person) {
            return cells.resident(person);
        }

        @Override
        public String toString() {
            return csv.toString();
        }
    }

    /** An exclusion or termination proposed in the period, with who proposed and approved it (R-SAN-7). */
    private static void measure(Lines csv, SanctionView s, String detail) {
        String who = ControlReportCells.proposedAndApproved(s);
        csv.row(s.type().label(), s.facilityId(), DocumentFormat.dateTime(s.proposedAt()), csv.resident(s.personId()),
                s.ground().label(), s.status().label(), ControlReportCells.join(detail, who));
    }

    /** A termination that happened (R-SAN-12): the decision behind it, or that there is none. */
    private static void termination(Lines csv, AgreementTermination t) {
        StringBuilder detail = new StringBuilder(ControlReportCells.decision(t.decision()));
        if (t.noticeBy() != null) detail.append(" – oppsagt av ").append(DocumentFormat.inSentence(t.noticeBy().label()));
        if (t.noticeEffectiveOn() != null) detail.append(", gjelder fra ").append(DocumentFormat.date(t.noticeEffectiveOn()));
        if (t.movedOutOn() != null) detail.append(", flyttet ut ").append(DocumentFormat.date(t.movedOutOn()));
        LocalDate on = t.noticeGivenOn() != null ? t.noticeGivenOn() : t.movedOutOn();
        csv.row("Avtale sagt opp", t.facilityId(), DocumentFormat.date(on), csv.resident(t.personId()),
                ControlReportCells.terminationGround(t), t.decision() == null ? "Uten vedtak" : "Med vedtak", detail.toString());
    }
}
