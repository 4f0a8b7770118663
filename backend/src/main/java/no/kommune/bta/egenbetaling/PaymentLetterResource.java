package no.kommune.bta.egenbetaling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Download;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/**
 * What the payment method brings about for one resident (R-PAY-2), as PDF: the month's invoice (INVOICE) and the
 * letter with the KID and account (STANDING_ORDER). Under the agreement's path, like {@link LedgerResource}, and
 * logged as the agreement's.
 */
@Path("/api/agreements")
@Audited(resourceType = "agreement", idParam = "agreementId")
public class PaymentLetterResource {

    @Inject
    ClerkService clerk;

    @Inject
    AuditContext audit;

    @GET
    @Path("{agreementId}/invoices/{period}")
    @Produces("application/pdf")
    @RolesAllowed(Roles.OKONOMI)
    public Response getInvoice(@RestPath UUID agreementId, @RestPath String period) {
        var month = ClerkService.period("period", period);
        return pdf(clerk.invoice(agreementId, month));
    }

    @GET
    @Path("{agreementId}/standing-order-letter.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.OKONOMI)
    public Response getStandingOrderLetter(@RestPath UUID agreementId) {
        return pdf(clerk.standingOrderLetter(agreementId));
    }

    private Response pdf(ClerkService.Rendered r) {
        audit.person(r.personIds().get(0));
        return Download.inline(r.pdf(), "application/pdf", r.filename());
    }
}
