package no.kommune.bta.sanction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.audit.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.sanction.SanctionDtos.*;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Incidents, entries without consent, visitor bans and the control-regime report (R-SAN-8 … R-SAN-10). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ControlResource {

    @Inject
    SanctionService service;

    @Inject
    ControlReportCsv csv;

    @Inject
    ControlReportPdf pdf;

    @Inject
    AuditContext audit;

    @POST
    @Path("incidents")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "incident")
    public Response recordIncident(@Valid @NotNull(message = "mangler innhold") NewIncident body) {
        IncidentView v = service.recordIncident(body);
        audit.resourceId(v.id());
        if (v.personIds().size() == 1) audit.person(v.personIds().get(0));
        return Response.status(201).entity(v).build();
    }

    @GET
    @Path("incidents")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "incident")
    public PageResult<IncidentView> listIncidents(@RestQuery String facility, @RestQuery UUID personId,
                                                  @RestQuery String page, @RestQuery String size) {
        Paging p = Paging.of(page, size);
        if (personId != null) audit.person(personId);
        return new PageResult<>(service.incidents(facility, personId, p.size(), p.offset()), p.page(), p.size(),
                service.countIncidents(facility, personId));
    }

    @POST
    @Path("entries")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "entry")
    public Response recordEntry(@Valid @NotNull(message = "mangler innhold") NewEntry body) {
        EntryView v = service.recordEntry(body);
        audit.resourceId(v.id());
        return Response.status(201).entity(v).build();
    }

    @POST
    @Path("visitor-bans")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "visitor-ban")
    public Response recordVisitorBan(@Valid @NotNull(message = "mangler innhold") NewVisitorBan body) {
        VisitorBanView v = service.recordVisitorBan(body);
        audit.resourceId(v.id());
        return Response.status(201).entity(v).build();
    }

    @GET
    @Path("control-reports")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @RolesAllowed({Roles.FAGLEDER, Roles.KONTROLL})
    @Audited(resourceType = "control-report", idParam = "facility")
    public Response getControlReport(@RestQuery String facility, @RestQuery String from, @RestQuery String to,
                                     @RestQuery String format) {
        if (facility == null || facility.isBlank()) throw ProblemException.badRequest("facility", "må fylles ut");
        ControlReport r = service.controlReport(facility, QueryParams.date("from", from), QueryParams.date("to", to));
        if ("csv".equals(format)) {
            return Response.ok(csv.render(r), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"kontrollrapport-" + facility + ".csv\"").build();
        }
        if ("pdf".equals(format)) {
            return Response.ok(pdf.render(r, service.facilityName(facility)), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"kontrollrapport-" + facility + ".pdf\"").build();
        }
        if (format != null && !format.equals("json")) throw ProblemException.badRequest("format", "må være json, csv eller pdf");
        return Response.ok(r, MediaType.APPLICATION_JSON).build();
    }
}
