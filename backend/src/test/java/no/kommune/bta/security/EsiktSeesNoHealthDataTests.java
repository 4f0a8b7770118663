package no.kommune.bta.security;

import static no.kommune.bta.security.matrix.Residents.TODAY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import no.kommune.bta.security.matrix.Contract;
import no.kommune.bta.security.matrix.Contract.Operation;
import no.kommune.bta.security.matrix.Fixtures;
import no.kommune.bta.security.matrix.FreshDatabase;
import no.kommune.bta.security.matrix.HealthDataScan;
import no.kommune.bta.security.matrix.Request;
import no.kommune.bta.security.matrix.Residents;
import no.kommune.bta.security.matrix.Residents.Application;
import no.kommune.bta.security.matrix.Residents.Person;
import no.kommune.bta.security.matrix.Residents.Stage;
import no.kommune.bta.security.matrix.Residents.Stay;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * R-ACC-1 and issue 12: ESIKT prioritises and allocates, and for that needs name, birth year, sex, HVK's
 * assessment summary and the wishes, never the identity number, contact details, sanctions, incidents,
 * assessments or HVK's free-text assessment. Every GET operation the contract gives ESIKT is called on
 * applications in its queue and on a resident who has moved in (with an incident, a sanction and an assessment),
 * and every answer is scanned.
 */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class EsiktSeesNoHealthDataTests {
    private static final String SITE = "osloveien-155";
    private static final String LEADER = "osloveien155-leder";
    private static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);

    private record Site(List<Application> queue, Stay resident) {
        List<UUID> intakes() {
            List<UUID> out = new ArrayList<>(queue.stream().map(Application::intake).toList());
            out.add(resident.application().intake());
            return out;
        }

        List<Person> persons() {
            List<Person> out = new ArrayList<>(queue.stream().map(Application::person).toList());
            out.add(resident.person());
            return out;
        }
    }

    /** The requests per operation; an ESIKT GET operation missing here fails the test. */
    private static final Map<String, Function<Site, List<Function<Request, Request>>>> CALLS = Map.ofEntries(
            Map.entry("getMe", s -> List.of(r -> r)),
            Map.entry("listFacilities", s -> List.of(r -> r)),
            Map.entry("getFacility", s -> List.of(r -> r.path("facilityId", SITE))),
            Map.entry("listFacilityUnits", s -> List.of(r -> r.path("facilityId", SITE))),
            Map.entry("listHouseRules", s -> List.of(r -> r.path("facilityId", SITE))),
            Map.entry("searchPersons", s -> s.persons().stream().<Function<Request, Request>>map(p -> r -> r.query("q", p.familyName())).toList()),
            Map.entry("getPerson", s -> s.persons().stream().<Function<Request, Request>>map(p -> r -> r.path("personId", p.id())).toList()),
            Map.entry("listIntakes", s -> List.of(r -> r, r -> r.query("facility", SITE))),
            Map.entry("getIntake", s -> s.intakes().stream().<Function<Request, Request>>map(i -> r -> r.path("intakeId", i)).toList()),
            Map.entry("listVacancies", s -> List.of(r -> r.query("from", TODAY))),
            Map.entry("getStatistics", s -> List.of(r -> r.query("facility", SITE)
                    .query("from", LAST_MONTH.atDay(1)).query("to", LAST_MONTH.atEndOfMonth()))));

    @Test
    void esikt_receives_no_identity_number_contact_details_sanction_assessment_or_assessment_text() {
        List<Operation> reads = Contract.read().operations().stream()
                .filter(op -> op.method().equals("GET") && op.roles().contains("esikt")).toList();
        Residents made = new Residents();
        List<Application> queue = List.of(made.application(SITE, Stage.SUBMITTED), made.application(SITE, Stage.WAITING),
                made.application(SITE, Stage.ALLOCATED), made.application(SITE, Stage.DECIDED));
        Stay resident = made.movedIn(LEADER, SITE, TODAY);
        Site site = new Site(queue, resident);
        Set<String> records = records(resident);
        HealthDataScan scan = new HealthDataScan(site.persons(), records);

        List<String> findings = new ArrayList<>();
        StringBuilder queueAsListed = new StringBuilder();
        int calls = 0;
        for (Operation op : reads) {
            var requests = CALLS.get(op.operationId());
            if (requests == null) {
                findings.add(op.label() + ": ESIKT may call it, but this test has no request for it");
                continue;
            }
            for (Function<Request, Request> fill : requests.apply(site)) {
                Request.Answer a = fill.apply(Request.of(op)).send(Tokens.user("esikt1"));
                calls++;
                if (a.status() / 100 != 2) {
                    if (a.status() != 403 && a.status() != 404) findings.add(op.operationId() + ": " + a);
                    continue;
                }
                scan.findings(a.body()).forEach(f -> findings.add(op.operationId() + ": " + f));
                if (op.operationId().equals("listIntakes")) queueAsListed.append(a.body());
            }
        }
        // and ESIKT still sees its queue, so that the scan is not passed by showing nothing
        for (Application a : queue) {
            if (!queueAsListed.toString().contains(a.intake().toString())) {
                findings.add("listIntakes: the application " + a.intake() + " in ESIKT's queue is missing");
            }
        }
        List<String> distinct = findings.stream().distinct().toList();
        System.out.printf("ESIKT scan: %d calls over %d operations, %d findings%n", calls, reads.size(), distinct.size());
        distinct.forEach(System.out::println);
        assertTrue(distinct.isEmpty(), "ESIKT received what it must not:\n" + String.join("\n", distinct));
    }

    /** An incident, a proposed exclusion and an assessment of the resident; their ids must reach ESIKT nowhere. */
    private static Set<String> records(Stay resident) {
        String incident = Api.as(LEADER).body(Map.of("facilityId", SITE, "occurredAt",
                        Instant.now().minus(1, ChronoUnit.HOURS).toString(), "personIds", List.of(resident.person().id()),
                        "categories", List.of("VIOLENCE_OR_THREATS"), "serious", true, "description", "Truet en ansatt."))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        String notice = no.kommune.bta.support.AdvanceNotices.ready(LEADER, resident.agreement(), "EXCLUSION", List.of(incident));
        String sanction = Api.as(LEADER).body(Fixtures.exclusionBody(resident.agreement(), UUID.fromString(incident),
                        UUID.fromString(notice)))
                .post("/api/sanctions").then().statusCode(201).extract().path("id");
        String assessment = Api.as(LEADER).body(Map.of("instrument", "AUDIT_C", "takenOn", TODAY.toString(),
                        "answers", Map.of("q1", 3, "q2", 2, "q3", 2)))
                .post("/api/residents/" + resident.person().id() + "/assessments").then().statusCode(201).extract().path("id");
        return Set.of(incident, notice, sanction, assessment);
    }
}
