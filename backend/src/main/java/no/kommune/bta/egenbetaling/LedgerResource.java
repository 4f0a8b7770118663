package no.kommune.bta.egenbetaling;

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
import no.kommune.bta.agreement.AgreementService;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Paging;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.HousingBenefitRequest;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.Ledger;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentSetup;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentSetupRequest;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.RefundRequest;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.RepaymentPlanRequest;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An agreement's ledger, payment method, repayment plans and bostøtte (R-PAY-2, R-PAY-4, R-PAY-5):
 * egenbetaling's endpoints under the agreement's path. They are logged as the agreement's, as before.
 * The class has the same path as AgreementResource, so Quarkus REST matches both as one path family
 * (a wrong method on these paths is a 405, as before they moved).
 */
@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "agreement", idParam = "agreementId")
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @Inject
    AgreementService agreements;

    @Inject
    AuditContext audit;

    @GET
    @Path("{agreementId}/ledger")
    @RolesAllowed({Roles.OKONOMI, Roles.FAGLEDER, Roles.BOTILTAK})
    public Ledger getLedger(@RestPath UUID agreementId, @RestQuery String page, @RestQuery String size) {
        Paging paging = Paging.of(page, size, LedgerService.LEDGER_PAGE_SIZE, LedgerService.LEDGER_MAX_SIZE);
        return ledger.ledger(audited(agreementId), paging);
    }

    @POST
    @Path("{agreementId}/payment-method")
    @RolesAllowed({Roles.OKONOMI, Roles.FAGLEDER, Roles.BOTILTAK})
    public PaymentSetup setPaymentMethod(@RestPath UUID agreementId,
            @Valid @NotNull(message = "mangler innhold") PaymentSetupRequest body) {
        return ledger.setPaymentMethod(audited(agreementId), body);
    }

    @POST
    @Path("{agreementId}/repayment-plans")
    @RolesAllowed({Roles.OKONOMI, Roles.FAGLEDER})
    public Response createRepaymentPlan(@RestPath UUID agreementId,
            @Valid @NotNull(message = "mangler innhold") RepaymentPlanRequest body) {
        return Response.status(201).entity(ledger.createPlan(audited(agreementId), body)).build();
    }

    @POST
    @Path("{agreementId}/housing-benefit")
    @RolesAllowed({Roles.OKONOMI, Roles.FAGLEDER, Roles.BOTILTAK})
    public Response recordHousingBenefit(@RestPath UUID agreementId,
            @Valid @NotNull(message = "mangler innhold") HousingBenefitRequest body) {
        return Response.status(201).entity(ledger.recordBenefit(audited(agreementId), body)).build();
    }

    @POST
    @Path("{agreementId}/refunds")
    @RolesAllowed(Roles.OKONOMI)
    public Response recordRefund(@RestPath UUID agreementId, @Valid @NotNull(message = "mangler innhold") RefundRequest body) {
        return Response.status(201).entity(ledger.refund(audited(agreementId), body)).build();
    }

    /** Tells the access log whose ledger the call touches. */
    private UUID audited(UUID agreementId) {
        audit.person(agreements.personOf(agreementId));
        return agreementId;
    }
}
