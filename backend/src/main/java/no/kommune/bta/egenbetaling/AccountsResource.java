package no.kommune.bta.egenbetaling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ClosePeriodRequest;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ClosedPeriods;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.DimensionsRequest;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.FacilityDimensions;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The municipality's accounts (R-PAY-6): closing a month, and the accounting dimensions each facility's lines
 * carry in the export. Same path family as {@link EgenbetalingResource}. No person data.
 */
@Path("/api/egenbetaling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "egenbetaling")
public class AccountsResource {

    @Inject
    LedgerService ledger;

    @GET
    @Path("closed-periods")
    @RolesAllowed({Roles.OKONOMI, Roles.INTEGRASJON})
    public ClosedPeriods getClosedPeriods() {
        return ledger.closedPeriods();
    }

    @POST
    @Path("closed-periods")
    @RolesAllowed(Roles.OKONOMI)
    public ClosedPeriods closePeriod(@Valid @NotNull(message = "mangler innhold") ClosePeriodRequest body) {
        return ledger.closePeriod(body);
    }

    @GET
    @Path("accounting-dimensions")
    @RolesAllowed({Roles.OKONOMI, Roles.INTEGRASJON})
    public PageResult<FacilityDimensions> getAccountingDimensions(@RestQuery String page, @RestQuery String size) {
        return ledger.dimensions(Paging.of(page, size));
    }

    @PUT
    @Path("accounting-dimensions/{facilityId}")
    @RolesAllowed(Roles.OKONOMI)
    public FacilityDimensions setAccountingDimensions(@RestPath String facilityId,
            @Valid @NotNull(message = "mangler innhold") DimensionsRequest body) {
        return ledger.saveDimensions(facilityId, body);
    }
}
