package no.kommune.bta.sanction;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /** One part of the report: a heading and a table (or "Ingen." when it has no rows). */
    @TemplateData
    public record Section(String heading, List<String> columns, List<List<String>> rows) {
    }

    public byte[] render(ControlReport r, String facilityName, Map<UUID, String> residents) {
        ControlReportCells c = new ControlReportCells(residents);
        List<String> flags = r.flags().stream().map(f -> f.flag().label() + ": " + f.detail()
                + (f.personId() == null ? "" : " (" + c.resident(f.personId()) + ")")).toList();
        List<Section> sections = List.of(
                new Section("Reaksjoner etter type", List.of("Type", "Antall"),
                        counts(r.sanctionsByType(), k -> SanctionType.valueOf(k).label())),
                new Section("Bortvisninger", List.of("Beboer", "Periode", "Grunnlag", "Annet bosted", "Status", "Vedtaket"),
                        r.exclusions().stream().map(s -> List.of(c.resident(s.personId()),
                                ControlReportCells.period(s.exclusionFrom(), s.exclusionTo()), s.ground().label(),
                                ControlReportCells.alternative(s), s.status().label(), ControlReportCells.proposedAndApproved(s))).toList()),
                new Section("Oppsigelser", List.of("Foreslått", "Beboer", "Type", "Grunnlag", "Status", "Vedtaket"),
                        r.terminations().stream().map(s -> List.of(DocumentFormat.dateTime(s.proposedAt()), c.resident(s.personId()),
                                s.type().label(), s.ground().label(), s.status().label(),
                                ControlReportCells.join(ControlReportCells.arrears(s), ControlReportCells.proposedAndApproved(s)))).toList()),
                new Section("Gjennomførte oppsigelser og vedtakene bak dem",
                        List.of("Oppsagt", "Beboer", "Oppsagt av", "Gjelder fra", "Flyttet ut", "Grunnlag", "Vedtaket"),
                        r.agreementTerminations().stream().map(t -> List.of(ControlReportCells.orNone(DocumentFormat.date(t.noticeGivenOn())),
                                c.resident(t.personId()), t.noticeBy() == null ? ControlReportCells.NONE : t.noticeBy().label(),
                                ControlReportCells.orNone(DocumentFormat.date(t.noticeEffectiveOn())),
                                ControlReportCells.orNone(DocumentFormat.date(t.movedOutOn())), ControlReportCells.terminationGround(t),
                                ControlReportCells.decision(t.decision()))).toList()),
                new Section("Klager", List.of("Klage mottatt", "Beboer", "Reaksjon", "Klagefrist", "Utfall"),
                        r.appeals().stream().map(s -> List.of(DocumentFormat.date(s.appealedOn()), c.resident(s.personId()),
                                s.type().label(), DocumentFormat.date(s.appealDeadline()), ControlReportCells.appealOutcome(s))).toList()),
                new Section("Innlåsinger etter grunn", List.of("Grunn", "Antall"),
                        counts(r.entriesByGround(), k -> EntryGround.valueOf(k).label())),
                new Section("Innlåsinger uten samtykke", List.of("Tidspunkt", "Boenhet", "Grunn", "Personale"),
                        r.entries().stream().map(e -> List.of(DocumentFormat.dateTime(e.enteredAt()), e.unitLabel(), e.ground().label(),
                                DocumentFormat.staff(e.staff()))).toList()),
                new Section("Besøksforbud", List.of("Periode", "Ilagt av", "Grunn"),
                        r.visitorBans().stream().map(b -> List.of(ControlReportCells.banPeriod(b), b.issuedBy().label(), b.reason())).toList()),
                new Section("Henvisninger til eieren av boligen (leieforhold)", List.of("Henvist", "Beboer", "Status", "Eierens svar"),
                        r.referrals().stream().map(f -> List.of(DocumentFormat.date(f.referredOn()), c.resident(f.personId()),
                                f.status().label(), ControlReportCells.ownersAnswer(f))).toList()));
        String html = controlreport.data("facility", facilityName)
                .data("period", ControlReportCells.period(r.from(), r.to()))
                .data("flags", flags).data("sections", sections).data("policeContacts", r.policeContacts())
                .render();
        return PdfRenderer.render(html);
    }

    private static List<List<String>> counts(List<Count> counts, java.util.function.Function<String, String> label) {
        return counts.stream().map(k -> List.of(label.apply(k.key()), String.valueOf(k.count()))).toList();
    }
}
