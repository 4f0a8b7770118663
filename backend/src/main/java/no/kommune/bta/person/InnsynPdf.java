package no.kommune.bta.person;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.common.PdfRenderer;
import no.kommune.bta.person.InnsynDtos.InnsynEntry;
import no.kommune.bta.person.InnsynService.Report;

/** Innsyn as the PDF the person is given (R-ACC-2): "Hvem har sett opplysningene dine", in bokmål, times in Europe/Oslo. */
@ApplicationScoped
public class InnsynPdf {

    @Inject
    Template innsyn;

    /** One printed line of the log. */
    public record Line(String when, String staffName, String role, String unit, String what, String outcome) {
    }

    public byte[] render(Report r) {
        List<Line> lines = r.entries().stream().map(InnsynPdf::line).toList();
        String html = innsyn.data("title", InnsynTexts.TITLE)
                .data("personName", r.personName())
                .data("birthDate", InnsynTexts.date(r.birthDate()))
                .data("period", InnsynTexts.period(r.filter().from(), r.filter().to()))
                .data("kind", InnsynTexts.kind(r.filter().kind()))
                .data("producedAt", DocumentFormat.dateTime(r.producedAt()))
                .data("producedBy", r.producedBy())
                .data("lines", lines)
                .data("truncated", lines.size() < r.totalEntries() ? InnsynTexts.truncated(lines.size(), r.totalEntries()) : null)
                .data("holders", r.holders())
                .data("standing", r.standingAccess())
                .render();
        return PdfRenderer.render(html);
    }

    /** "Innsyn Ida Solbakken 2026-12-02.pdf": whose log, and the day (in Oslo) it was made (issue 18). */
    public static String filename(Report r) {
        return "Innsyn " + r.personName() + " " + r.producedAt().atZone(Clocks.OSLO).toLocalDate() + ".pdf";
    }

    private static Line line(InnsynEntry e) {
        return new Line(DocumentFormat.dateTime(e.at()), e.staffName(), e.roleText(),
                e.unit() == null ? "" : e.unit(), e.what(), e.outcomeText());
    }
}
