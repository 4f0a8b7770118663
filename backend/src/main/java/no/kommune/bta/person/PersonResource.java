package no.kommune.bta.person;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.audit.AccessLogView;
import no.kommune.bta.person.PersonDtos.NewPerson;
import no.kommune.bta.person.PersonDtos.PersonCase;
import no.kommune.bta.person.PersonDtos.PersonSearch;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.person.PersonDtos.PersonView;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/persons")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "person", idParam = "personId")
public class PersonResource {

    @Inject
    PersonService service;

    @Inject
    AuditContext audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HVK)
    public Response createPerson(@Valid @NotNull(message = "mangler innhold") NewPerson body, UriInfo uri) {
        PersonView p = service.create(body);
        audit.person(p.id());
        audit.resourceId(p.id());
        return Response.created(uri.getBaseUriBuilder().path("api/persons/{id}").build(p.id())).entity(p).build();
    }

    /** By name only: a number never travels in a URL (a {@code q} with a digit is a 400); see {@link #searchPersons}. */
    @GET
    @RolesAllowed({Roles.HVK, Roles.BOTILTAK, Roles.FAGLEDER})
    public PageResult<PersonSummary> listPersons(@RestQuery String q, @RestQuery String page, @RestQuery String size) {
        return listed(service.searchByName(q, Paging.of(page, size)));
    }

    /** By name or number, with the text in the body, so that proxies and access logs never see a number. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HVK, Roles.BOTILTAK, Roles.FAGLEDER})
    public PageResult<PersonSummary> searchPersons(@Valid @NotNull(message = "mangler innhold") PersonSearch body,
                                                   @RestQuery String page, @RestQuery String size) {
        return listed(service.search(body.query(), Paging.of(page, size)));
    }

    /** Every person a search shows is access-logged (R-ACC-4). */
    private PageResult<PersonSummary> listed(PageResult<PersonSummary> found) {
        audit.listed(found.items().stream().map(PersonSummary::id).toList());
        return found;
    }

    @GET
    @Path("{personId}")
    @RolesAllowed({Roles.HVK, Roles.BOTILTAK, Roles.FAGLEDER})
    public PersonView getPerson(@RestPath UUID personId) {
        audit.person(personId);
        return service.get(personId);
    }

    /** The case view's header (issue 18): contact details, agreement, application and access in one read. */
    @GET
    @Path("{personId}/summary")
    @RolesAllowed({Roles.HVK, Roles.BOTILTAK, Roles.FAGLEDER})
    public PersonCase getPersonSummary(@RestPath UUID personId) {
        audit.person(personId);
        return service.caseOf(personId);
    }

    @GET
    @Path("{personId}/access-log")
    @RolesAllowed({Roles.HVK, Roles.FAGLEDER})
    public PageResult<AccessLogView> getPersonAccessLog(@RestPath UUID personId, @RestQuery String page,
                                                        @RestQuery String size) {
        audit.person(personId);
        return service.accessLog(personId, Paging.of(page, size));
    }
}
