package no.kommune.bta.sanction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.sanction.SanctionDtos.TerminationDecision;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanView;

/**
 * The control report's cells as its readers see them in the CSV and the PDF alike (R-SAN-10, issue 18): the screens'
 * Norwegian labels for codes, Oslo times, amounts in kroner, residents as the report may name them and no ids.
 */
final class ControlReportCells {
    static final String NONE = "–";

    private final Map<UUID, String> residents;
    private final Map<String, String> facilities;

    /**
     * {@code residents}: each resident the report names, as its readers may see them; {@code facilities}: the name of
     * each facility when the report covers more than one (the whole municipality), else empty: no facility column.
     */
    ControlReportCells(Map<UUID, String> residents, Map<String, String> facilities) {
        this.residents = residents;
        this.facilities = facilities;
    }

    /** Whether the report covers several facilities, so each line names its own. */
    boolean perFacility() {
        return !facilities.isEmpty();
    }

    String facility(String facilityId) {
        return facilities.getOrDefault(facilityId, facilityId);
    }

    /** A table whose first column is the facility: kept when the report covers several facilities, else left out. */
    ControlReportPdf.Section section(String heading, List<String> columns, List<List<String>> rows) {
        if (perFacility()) return new ControlReportPdf.Section(heading, columns, rows);
        return new ControlReportPdf.Section(heading, columns.subList(1, columns.size()),
                rows.stream().map(row -> row.subList(1, row.size())).toList());
    }

    String resident(UUID person) {
        return person == null ? "" : residents.getOrDefault(person, "");
    }

    /** {@code 21.11.2026–25.11.2026}; an open end stays open. */
    static String period(LocalDate from, LocalDate to) {
        return DocumentFormat.date(from) + "–" + DocumentFormat.date(to);
    }

    /** Where the resident lived while excluded (R-SAN-4). */
    static String alternative(SanctionView s) {
        var alt = s.alternativeAccommodation();
        return alt == null ? "" : alt.place() + " (" + period(alt.from(), alt.to()) + ")";
    }

    /** Who proposed the measure and who approved it when (R-SAN-7). */
    static String proposedAndApproved(SanctionView s) {
        String proposed = "foreslått av " + DocumentFormat.staff(s.proposedBy());
        return s.approvedAt() == null ? proposed + ", ikke godkjent"
                : proposed + ", godkjent " + DocumentFormat.dateTime(s.approvedAt()) + " av " + DocumentFormat.staff(s.approvedBy());
    }

    /** R-SAN-5: the arrears a termination for non-payment rested on when proposed, or empty. */
    static String arrears(SanctionView s) {
        return s.arrearsOre() == null ? "" : "restanse da vedtaket ble foreslått: " + DocumentFormat.kroner(s.arrearsOre());
    }

    /** The appeal's outcome, or that it is not decided (R-SAN-7). */
    static String appealOutcome(SanctionView s) {
        if (s.appealOutcome() == null) return "Ikke avgjort";
        return s.appealOutcome().label() + (s.appealOutcomeOn() == null ? "" : " " + DocumentFormat.date(s.appealOutcomeOn()));
    }

    /** The decision behind a termination that happened (R-SAN-12), or that there is none. */
    static String decision(TerminationDecision d) {
        if (d == null) return "Uten vedtak";
        StringBuilder text = new StringBuilder(d.type().label()).append(" (").append(DocumentFormat.inSentence(d.ground().label()))
                .append("), godkjent ").append(DocumentFormat.dateTime(d.approvedAt())).append(" av ")
                .append(DocumentFormat.staff(d.approvedBy()));
        if (d.notifiedOn() != null) text.append(", gjort kjent ").append(DocumentFormat.date(d.notifiedOn()));
        if (d.appealOutcome() != null) text.append(", klage: ").append(DocumentFormat.inSentence(d.appealOutcome().label()));
        return text.toString();
    }

    /** The ground a termination that happened rests on: the decision's, else the one recorded at move-out. */
    static String terminationGround(AgreementTermination t) {
        if (t.decision() != null) return t.decision().ground().label();
        return t.terminationGround() == null ? "" : t.terminationGround().label();
    }

    /** The owner's answer to a referral (R-SAN-6), or that it is awaited. */
    static String ownersAnswer(ReferralView f) {
        if (f.respondedOn() == null) return "venter på eierens svar";
        return "svar " + DocumentFormat.date(f.respondedOn())
                + (f.effectiveOn() == null ? "" : ", virkning fra " + DocumentFormat.date(f.effectiveOn()))
                + (f.outcome() == null ? "" : ": " + f.outcome());
    }

    /** A visitor ban's period; an open end stays open. */
    static String banPeriod(VisitorBanView b) {
        return b.toDate() == null ? "fra " + DocumentFormat.date(b.fromDate()) : period(b.fromDate(), b.toDate());
    }

    /** Two parts of one cell, the first left out when empty; never a ';', so a CSV cell needs no quotes for it. */
    static String join(String first, String second) {
        return first.isEmpty() ? second : first + " – " + second;
    }

    static String orNone(String text) {
        return text == null || text.isEmpty() ? NONE : text;
    }
}
