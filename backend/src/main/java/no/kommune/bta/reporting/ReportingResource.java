package no.kommune.bta.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Download;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "statistics")
public class ReportingResource {

    @Inject
    StatisticsService statistics;

    @Inject
    OverviewService overview;

    @Inject
    AuditContext audit;

    @GET
    @Path("statistics")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.FAGLEDER, Roles.BOTILTAK, Roles.ESIKT, Roles.KONTROLL})
    public Response getStatistics(@RestQuery String facility, @RestQuery String from, @RestQuery String to,
                                  @RestQuery String format) {
        if (facility == null || facility.isBlank()) throw ProblemException.badRequest("facility", "må fylles ut");
        Statistics s = statistics.compute(facility, QueryParams.date("from", from), QueryParams.date("to", to));
        if ("csv".equals(format)) {
            return Download.attachment(StatisticsTexts.csv(s), "text/csv; charset=UTF-8",
                    "Statistikk " + s.facilityName() + " " + s.from() + "–" + s.to() + ".csv");
        }
        if (format != null && !format.equals("json")) throw ProblemException.badRequest("format", "må være json eller csv");
        return Response.ok(s, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("overview")
    @RolesAllowed({Roles.FAGLEDER, Roles.BOTILTAK})
    public List<OverviewService.Item> getOverview() {
        List<OverviewService.Item> items = overview.overview();
        audit.listed(items.stream().map(OverviewService.Item::personId).toList());
        return items;
    }
}
