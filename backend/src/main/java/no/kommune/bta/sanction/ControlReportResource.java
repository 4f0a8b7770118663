package no.kommune.bta.sanction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Download;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.sanction.SanctionDtos.ControlFlag;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** The control-regime report as JSON, CSV or PDF (R-SAN-10). */
@Path("/api/control-reports")
public class ControlReportResource {

    @Inject
    ControlReportService service;

    @Inject
    AuditContext audit;

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
        if (format != null && !List.of("json", "csv", "pdf").contains(format)) {
            throw ProblemException.badRequest("format", SanctionTexts.FORMAT);
        }
        ControlReport r = service.report(facility, QueryParams.date("from", from), QueryParams.date("to", to));
        List<UUID> persons = personsIn(r);
        audit.listed(persons);
        if (format == null || format.equals("json")) return Response.ok(r, MediaType.APPLICATION_JSON).build();
        String facilityName = service.facilityName(facility);
        String filename = "Kontrollrapport " + facilityName + " " + r.from() + "–" + r.to() + "." + format;
        if ("csv".equals(format)) {
            return Download.attachment(csv.render(r, service.residentLabels(persons), service.facilityNames(facility)),
                    "text/csv; charset=UTF-8", filename);
        }
        return Download.attachment(pdf.render(r, facilityName, service.residentLabels(persons), service.facilityNames(facility)),
                "application/pdf", filename);
    }

    /** Every person the report names, in any format (R-ACC-4). */
    private static List<UUID> personsIn(ControlReport r) {
        return Stream.of(r.exclusions().stream().map(SanctionView::personId),
                        r.terminations().stream().map(SanctionView::personId),
                        r.appeals().stream().map(SanctionView::personId),
                        r.agreementTerminations().stream().map(AgreementTermination::personId),
                        r.flags().stream().map(ControlFlag::personId),
                        r.referrals().stream().map(ReferralView::personId))
                .flatMap(s -> s).toList();
    }
}
