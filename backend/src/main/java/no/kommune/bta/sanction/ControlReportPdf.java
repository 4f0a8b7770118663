package no.kommune.bta.sanction;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;

/** The control report as PDF for internal control and the county governor (R-SAN-10). */
@ApplicationScoped
public class ControlReportPdf {

    @Inject
    Template controlreport;

    public byte[] render(ControlReport r, String facilityName) {
        String html = controlreport.data("report", r).data("facility", facilityName).data("from", r.from()).data("to", r.to())
                .render();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not render the control report", e);
        }
    }
}
