package no.kommune.bta.sanction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** The control-regime report as JSON, CSV or PDF (R-SAN-10). */
@Path("/api/control-reports")
public class ControlReportResource {

    @Inject
    ControlReportService service;

    @Inject
    ControlReportCsv csv;

    @Inject
    ControlReportPdf pdf;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @RolesAllowed({Roles.FAGLEDER, Roles.KONTROLL})
    @Audited(resourceType = "control-report", idParam = "facility")
    public Response getControlReport(@RestQuery String facility, @RestQuery String from, @RestQuery String to,
                                     @RestQuery String format) {
        if (facility == null || facility.isBlank()) throw ProblemException.badRequest("facility", SanctionTexts.REQUIRED);
        ControlReport r = service.report(facility, QueryParams.date("from", from), QueryParams.date("to", to));
        if ("csv".equals(format)) {
            return Response.ok(csv.render(r), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"kontrollrapport-" + facility + ".csv\"").build();
        }
        if ("pdf".equals(format)) {
            return Response.ok(pdf.render(r, service.facilityName(facility)), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"kontrollrapport-" + facility + ".pdf\"").build();
        }
        if (format != null && !format.equals("json")) throw ProblemException.badRequest("format", SanctionTexts.FORMAT);
        return Response.ok(r, MediaType.APPLICATION_JSON).build();
    }
}
