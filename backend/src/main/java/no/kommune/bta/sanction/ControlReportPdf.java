package no.kommune.bta.sanction;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kommune.bta.common.PdfRenderer;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;

/** The control report as PDF for internal control and the county governor (R-SAN-10). */
@ApplicationScoped
public class ControlReportPdf {

    @Inject
    Template controlreport;

    public byte[] render(ControlReport r, String facilityName) {
        String html = controlreport.data("report", r).data("facility", facilityName).data("from", r.from()).data("to", r.to())
                .render();
        return PdfRenderer.render(html);
    }
}
