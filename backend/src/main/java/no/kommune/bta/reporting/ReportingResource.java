package no.kommune.bta.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.kommune.bta.audit.Audited;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
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

    @GET
    @Path("statistics")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.FAGLEDER, Roles.BOTILTAK, Roles.ESIKT, Roles.KONTROLL})
    public Response getStatistics(@RestQuery String facility, @RestQuery String from, @RestQuery String to,
                                  @RestQuery String format) {
        if (facility == null || facility.isBlank()) throw ProblemException.badRequest("facility", "må fylles ut");
        StatisticsService.Statistics s = statistics.compute(facility, QueryParams.date("from", from), QueryParams.date("to", to));
        if ("csv".equals(format)) {
            return Response.ok(csv(s), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"statistikk-" + facility + ".csv\"").build();
        }
        if (format != null && !format.equals("json")) throw ProblemException.badRequest("format", "må være json eller csv");
        return Response.ok(s, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("overview")
    @RolesAllowed({Roles.FAGLEDER, Roles.BOTILTAK})
    public List<OverviewService.Item> getOverview() {
        return overview.overview();
    }

    static String csv(StatisticsService.Statistics s) {
        StringBuilder sb = new StringBuilder("tabell;nøkkel;verdi\n");
        line(sb, "nøkkeltall", "beboere", s.residentsServed());
        line(sb, "nøkkeltall", "innflyttinger", s.moveIns());
        line(sb, "nøkkeltall", "utflyttinger", s.moveOuts());
        line(sb, "nøkkeltall", "bor der fortsatt", s.stillLiving());
        line(sb, "nøkkeltall", "gjennomsnittlig botid (dager)", s.meanStayDays());
        line(sb, "nøkkeltall", "median botid (dager)", s.medianStayDays());
        line(sb, "nøkkeltall", "andel til varig bolig", s.permanentHousingShare());
        line(sb, "nøkkeltall", "belegg", s.occupancy());
        line(sb, "nøkkeltall", "median ventetid (dager)", s.medianWaitingDays());
        line(sb, "nøkkeltall", "venteliste ved periodens slutt", s.waitingListAtEnd());
        line(sb, "nøkkeltall", "restanse ved periodens slutt (øre)", s.arrearsAtEndOre());
        s.moveOutsByDestination().forEach(c -> line(sb, "utflytting etter bosted", c.key(), c.count()));
        s.moveOutsByReason().forEach(c -> line(sb, "utflytting etter grunn", c.key(), c.count()));
        s.stayBuckets().forEach(c -> line(sb, "botid (dager)", c.key(), c.count()));
        s.sanctionsByType().forEach(c -> line(sb, "reaksjoner", c.key(), c.count()));
        line(sb, "kontroll", "innlåsinger uten samtykke", s.entriesWithoutConsent());
        return sb.toString();
    }

    private static void line(StringBuilder sb, String table, String key, Object value) {
        sb.append(table).append(';').append(key).append(';').append(value == null ? "" : value).append('\n');
    }
}
