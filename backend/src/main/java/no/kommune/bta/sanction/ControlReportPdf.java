package no.kommune.bta.sanction;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.common.PdfRenderer;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;
import no.kommune.bta.sanction.SanctionDtos.Count;

/**
 * The control report as PDF for internal control and the county governor (R-SAN-10), in the words of the screens:
 * labels for codes, Oslo times, amounts in kroner, residents by initials and masked number, no ids.
 */
@ApplicationScoped
public class ControlReportPdf {

    @Inject
    Template controlreport;

    private static final String FACILITY = "Botiltak";

    /** One part of the report: a heading and a table (or "Ingen." when it has no rows). */
    @TemplateData
    public record Section(String heading, List<String> columns, List<List<String>> rows) {
    }

    /** {@code facilities}: each facility's name when the report covers the whole municipality (a column of its own). */
    public byte[] render(ControlReport r, String facilityName, Map<UUID, String> residents, Map<String, String> facilities) {
        ControlReportCells c = new ControlReportCells(residents, facilities);
        List<String> flags = r.flags().stream().map(f -> f.flag().label() + ": " + f.detail()
                + (f.personId() == null ? "" : " (" + c.resident(f.personId()) + ")")).toList();
        List<Section> sections = List.of(
                new Section("Reaksjoner etter type", List.of("Type", "Antall"),
                        counts(r.sanctionsByType(), k -> SanctionType.valueOf(k).label())),
                c.section("Bortvisninger", List.of(FACILITY, "Beboer", "Periode", "Grunnlag", "Annet bosted", "Status", "Vedtaket"),
                        r.exclusions().stream().map(s -> List.of(c.facility(s.facilityId()), c.resident(s.personId()),
                                ControlReportCells.period(s.exclusionFrom(), s.exclusionTo()), s.ground().label(),
                                ControlReportCells.alternative(s), s.status().label(),
                                ControlReportCells.proposedAndApproved(s))).toList()),
                c.section("Oppsigelser", List.of(FACILITY, "Foreslått", "Beboer", "Type", "Grunnlag", "Status", "Vedtaket"),
                        r.terminations().stream().map(s -> List.of(c.facility(s.facilityId()),
                                DocumentFormat.dateTime(s.proposedAt()), c.resident(s.personId()), s.type().label(),
                                s.ground().label(), s.status().label(),
                                ControlReportCells.join(ControlReportCells.arrears(s), ControlReportCells.proposedAndApproved(s))))
                                .toList()),
                c.section("Gjennomførte oppsigelser og vedtakene bak dem", List.of(FACILITY, "Oppsagt", "Beboer", "Oppsagt av",
                                "Gjelder fra", "Flyttet ut", "Grunnlag", "Vedtaket"),
                        r.agreementTerminations().stream().map(t -> List.of(c.facility(t.facilityId()),
                                ControlReportCells.orNone(DocumentFormat.date(t.noticeGivenOn())), c.resident(t.personId()),
                                t.noticeBy() == null ? ControlReportCells.NONE : t.noticeBy().label(),
                                ControlReportCells.orNone(DocumentFormat.date(t.noticeEffectiveOn())),
                                ControlReportCells.orNone(DocumentFormat.date(t.movedOutOn())), ControlReportCells.terminationGround(t),
                                ControlReportCells.decision(t.decision()))).toList()),
                c.section("Klager", List.of(FACILITY, "Klage mottatt", "Beboer", "Reaksjon", "Klagefrist", "Utfall"),
                        r.appeals().stream().map(s -> List.of(c.facility(s.facilityId()), DocumentFormat.date(s.appealedOn()),
                                c.resident(s.personId()), s.type().label(), DocumentFormat.date(s.appealDeadline()),
                                ControlReportCells.appealOutcome(s))).toList()),
                new Section("Innlåsinger etter grunn", List.of("Grunn", "Antall"),
                        counts(r.entriesByGround(), k -> EntryGround.valueOf(k).label())),
                c.section("Innlåsinger uten samtykke", List.of(FACILITY, "Tidspunkt", "Boenhet", "Grunn", "Personale"),
                        r.entries().stream().map(e -> List.of(c.facility(e.facilityId()), DocumentFormat.dateTime(e.enteredAt()),
                                e.unitLabel(), e.ground().label(), DocumentFormat.staff(e.staff()))).toList()),
                c.section("Besøksforbud", List.of(FACILITY, "Periode", "Ilagt av", "Grunn"),
                        r.visitorBans().stream().map(b -> List.of(c.facility(b.facilityId()), ControlReportCells.banPeriod(b),
                                b.issuedBy().label(), b.reason())).toList()),
                c.section("Henvisninger til eieren av boligen (leieforhold)",
                        List.of(FACILITY, "Henvist", "Beboer", "Status", "Eierens svar"),
                        r.referrals().stream().map(f -> List.of(c.facility(f.facilityId()), DocumentFormat.date(f.referredOn()),
                                c.resident(f.personId()), f.status().label(), ControlReportCells.ownersAnswer(f))).toList()));
        String html = controlreport.data("facility", facilityName)
                .data("period", ControlReportCells.period(r.from(), r.to()))
                .data("flags", flags).data("sections", sections).data("policeContacts", r.policeContacts())
                .render();
        return PdfRenderer.render(html);
    }

    private static List<List<String>> counts(List<Count> counts, Function<String, String> label) {
        return counts.stream().map(k -> List.of(label.apply(k.key()), String.valueOf(k.count()))).toList();
    }
}
