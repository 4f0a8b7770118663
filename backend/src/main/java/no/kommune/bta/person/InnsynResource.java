package no.kommune.bta.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Download;
import no.kommune.bta.common.Paging;
import no.kommune.bta.person.InnsynDtos.PersonInnsyn;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Innsyn for the person (R-ACC-2): their access log with filters and who may see them now, as JSON for the Innsyn
 * page and as the PDF the person is given.
 */
@Path("/api/persons/{personId}")
@Audited(resourceType = "person", idParam = "personId")
public class InnsynResource {

    @Inject
    InnsynService service;

    @Inject
    InnsynPdf pdf;

    @Inject
    AuditContext audit;

    @GET
    @Path("innsyn")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HVK, Roles.FAGLEDER})
    public PersonInnsyn getPersonInnsyn(@RestPath UUID personId, @RestQuery String from, @RestQuery String to,
                                        @RestQuery String kind, @RestQuery String page, @RestQuery String size) {
        audit.person(personId);
        return service.innsyn(personId, InnsynService.filter(from, to, kind), Paging.of(page, size));
    }

    @GET
    @Path("innsyn.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.HVK, Roles.FAGLEDER})
    public Response getPersonInnsynPdf(@RestPath UUID personId, @RestQuery String from, @RestQuery String to,
                                       @RestQuery String kind) {
        audit.person(personId);
        InnsynService.Report report = service.report(personId, InnsynService.filter(from, to, kind));
        return Download.inline(pdf.render(report), "application/pdf", InnsynPdf.filename(report));
    }
}
