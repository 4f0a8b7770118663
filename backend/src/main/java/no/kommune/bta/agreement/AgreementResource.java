package no.kommune.bta.agreement;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementDtos.*;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Download;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.person.PersonDtos.PersonSearch;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "agreement", idParam = "agreementId")
public class AgreementResource {

    @Inject
    AgreementService service;

    @Inject
    AgreementPdf pdf;

    @Inject
    ReferralService referrals;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public Response createAgreement(@Valid @NotNull(message = "mangler innhold") NewAgreement body, UriInfo uri) {
        AgreementView v = service.create(body);
        audit.person(v.person().id());
        audit.resourceId(v.id());
        return Response.created(uri.getBaseUriBuilder().path("api/agreements/{id}").build(v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public PageResult<AgreementSummary> listAgreements(@RestQuery String facility, @RestQuery String status,
                                                       @RestQuery String endingBefore, @RestQuery String overstay,
                                                       @RestQuery String open, @RestQuery String mine,
                                                       @RestQuery String sort, @RestQuery String page,
                                                       @RestQuery String size) {
        return list(facility, status, endingBefore, overstay, open, mine, PersonMatch.NONE, sort, page, size);
    }

    /** Issue 18: the list found by the resident's name or number, the text in the body (never in a URL). */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public PageResult<AgreementSummary> searchAgreements(@Valid @NotNull(message = "mangler innhold") PersonSearch body,
                                                         @RestQuery String facility, @RestQuery String status,
                                                         @RestQuery String endingBefore, @RestQuery String overstay,
                                                         @RestQuery String open, @RestQuery String mine,
                                                         @RestQuery String sort, @RestQuery String page,
                                                         @RestQuery String size) {
        return list(facility, status, endingBefore, overstay, open, mine, PersonMatch.of(body.query()), sort, page, size);
    }

    /** Both forms of the list; every resident on the page is access-logged (R-ACC-4). */
    private PageResult<AgreementSummary> list(String facility, String status, String endingBefore, String overstay,
                                              String open, String mine, PersonMatch match, String sort, String page,
                                              String size) {
        PageResult<AgreementSummary> found = service.list(facility, status,
                QueryParams.optionalDate("endingBefore", endingBefore), QueryParams.flag("overstay", overstay),
                QueryParams.flag("open", open), QueryParams.flag("mine", mine), match, sort, Paging.of(page, size));
        audit.listed(found.items().stream().map(a -> a.person().id()).toList());
        return found;
    }

    @GET
    @Path("{agreementId}")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView getAgreement(@RestPath UUID agreementId) {
        audit.person(service.personOf(agreementId));
        return service.get(agreementId);
    }

    @GET
    @Path("{agreementId}/status")
    @RolesAllowed({Roles.HVK, Roles.INTEGRASJON, Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementStatusView getAgreementStatus(@RestPath UUID agreementId) {
        AgreementStatusView v = service.status(agreementId);
        audit.person(v.personId());
        return v;
    }

    @GET
    @Path("{agreementId}/document.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public Response getAgreementDocument(@RestPath UUID agreementId) {
        audit.person(service.personOf(agreementId));
        AgreementPdf.Rendered document = pdf.render(agreementId);
        return Download.inline(document.pdf(), "application/pdf", document.filename());
    }

    @POST
    @Path("{agreementId}/signatures")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView signAgreement(@RestPath UUID agreementId,
                                       @Valid @NotNull(message = "mangler innhold") SignatureRequest body) {
        audit.person(service.personOf(agreementId));
        return service.sign(agreementId, body);
    }

    @POST
    @Path("{agreementId}/evaluations")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView recordEvaluation(@RestPath UUID agreementId,
                                          @Valid @NotNull(message = "mangler innhold") EvaluationRequest body) {
        audit.person(service.personOf(agreementId));
        return service.evaluate(agreementId, body);
    }

    @POST
    @Path("{agreementId}/renewals")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView renewAgreement(@RestPath UUID agreementId,
                                        @Valid @NotNull(message = "mangler innhold") RenewalRequest body) {
        audit.person(service.personOf(agreementId));
        return service.renew(agreementId, body);
    }

    @POST
    @Path("{agreementId}/fee-changes")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView changeFee(@RestPath UUID agreementId,
                                   @Valid @NotNull(message = "mangler innhold") FeeChangeRequest body) {
        audit.person(service.personOf(agreementId));
        return service.changeFee(agreementId, body);
    }

    @POST
    @Path("{agreementId}/notice")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView giveNotice(@RestPath UUID agreementId,
                                    @Valid @NotNull(message = "mangler innhold") NoticeRequest body) {
        audit.person(service.personOf(agreementId));
        return service.giveNotice(agreementId, body);
    }

    @POST
    @Path("{agreementId}/deposit")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView recordDeposit(@RestPath UUID agreementId,
                                       @Valid @NotNull(message = "mangler innhold") DepositRequest body) {
        audit.person(service.personOf(agreementId));
        return service.recordDeposit(agreementId, body);
    }

    @POST
    @Path("{agreementId}/move-in")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView moveIn(@RestPath UUID agreementId,
                                @Valid @NotNull(message = "mangler innhold") MoveInRequest body) {
        audit.person(service.personOf(agreementId));
        return service.moveIn(agreementId, body);
    }

    @GET
    @Path("{agreementId}/referrals")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public List<ReferralDtos.ReferralView> listAgreementReferrals(@RestPath UUID agreementId) {
        audit.person(service.personOf(agreementId));
        return referrals.ofAgreement(agreementId);
    }

    @POST
    @Path("{agreementId}/void")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView voidAgreement(@RestPath UUID agreementId,
                                       @Valid @NotNull(message = "mangler innhold") VoidRequest body) {
        audit.person(service.personOf(agreementId));
        return service.voidAgreement(agreementId, body);
    }

    @POST
    @Path("{agreementId}/move-out")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView moveOut(@RestPath UUID agreementId,
                                 @Valid @NotNull(message = "mangler innhold") MoveOutRequest body) {
        audit.person(service.personOf(agreementId));
        return service.moveOut(agreementId, body);
    }
}
