package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * R-PAY-8, last sentence: egenbetaling is collected in BTA facilities; in LEASE facilities the property owner collects
 * rent, unless a facility is configured otherwise (the facility setting {@code collectsEgenbetaling}, set by økonomi).
 * Each test puts back the setting it changed.
 */
@QuarkusTest
class CollectsEgenbetalingTests {
    static final String LEASE = EgenbetalingFlowTests.FAC;
    static final String BTA = "osloveien-155";
    static final String MONTH = "2026-04";
    static final LocalDate MOVED_IN = LocalDate.of(2026, 4, 1);

    static boolean collects(String facility) {
        return Api.as("okonomi1").get("/api/facilities/" + facility).then().statusCode(200).extract().path("collectsEgenbetaling");
    }

    static void setCollects(String facility, boolean collects) {
        Api.as("okonomi1").body(Map.of("collectsEgenbetaling", collects)).post("/api/facilities/" + facility + "/egenbetaling")
                .then().statusCode(200).body("id", equalTo(facility)).body("collectsEgenbetaling", equalTo(collects));
    }

    /** A resident of Valøyveien 9 (a tenancy facility) since the first of the month. */
    static String tenant() {
        return AgreementFlowTests.movedIn(EgenbetalingFlowTests.LEDER, LEASE, EgenbetalingFlowTests.vacant(), MOVED_IN);
    }

    /**
     * What the month's run charges a new resident of Valøyveien 9 (changed first by {@code change}) while the facility
     * is set to collect or not; the setting is put back afterwards.
     */
    static long chargedAtLease(boolean collects, Consumer<String> change) throws InterruptedException {
        boolean before = collects(LEASE);
        try {
            setCollects(LEASE, collects);
            String ag = tenant();
            change.accept(ag);
            return charged(ag);
        } finally {
            setCollects(LEASE, before);
        }
    }

    /** What the agreement's lines for the month add up to after the month's run, in øre; 0 when it was not charged. */
    static long charged(String agreement) throws InterruptedException {
        EgenbetalingFlowTests.run(MONTH);
        return EgenbetalingFlowTests.monthTotal(agreement, MONTH);
    }

    @Test
    void R_PAY_8_bta_facilities_collect_lease_facilities_do_not_and_only_okonomi_changes_it() {
        for (String lease : List.of("jakobsliveien-107", "osloveien-133", "gamle-oslovei-91", "smahus")) {
            assertEquals(false, collects(lease), lease);
        }
        for (String bta : List.of("bakklandet", "heidrunsenteret", "valoyveien-9-sokkelen")) {
            assertEquals(true, collects(bta), bta);
        }
        Api.as("hvk1").get("/api/facilities").then().statusCode(200)
                .body("items.find { it.id == 'smahus' }.collectsEgenbetaling", equalTo(false))
                .body("items.find { it.id == 'bakklandet' }.collectsEgenbetaling", equalTo(true));
        String path = "/api/facilities/smahus/egenbetaling";
        Api.as("valoya-leder").body(Map.of("collectsEgenbetaling", true)).post(path).then().statusCode(403);
        Api.as("hvk1").body(Map.of("collectsEgenbetaling", true)).post(path).then().statusCode(403);
        Api.asInvalid("okonomi1").body(Map.of()).post(path).then().statusCode(422)
                .body("violations.field", equalTo(List.of("collectsEgenbetaling")));
        Api.asInvalid("okonomi1").body(Map.of("collectsEgenbetaling", "kanskje")).post(path).then().statusCode(400);
        Api.asInvalid("okonomi1").body(Map.of("collectsEgenbetaling", true, "other", 1)).post(path).then().statusCode(400);
        Api.as("okonomi1").body(Map.of("collectsEgenbetaling", true)).post("/api/facilities/finnes-ikke/egenbetaling").then()
                .statusCode(404);
        assertEquals(false, collects("smahus"), "nothing was changed by the refused calls");
        setCollects("smahus", true);
        setCollects("smahus", false);
    }

    @Test
    void R_PAY_8_a_lease_facility_s_resident_is_not_charged() throws Exception {
        assertEquals(0, chargedAtLease(false, ag -> { })); // every tenancy facility's default
    }

    @Test
    void R_PAY_8_a_lease_facility_configured_to_collect_is_charged() throws Exception {
        assertEquals(600_000, chargedAtLease(true, ag -> { }));
    }

    @Test
    void R_PAY_8_a_bta_facility_set_not_to_collect_is_not_charged() throws Exception {
        // a unit of this test's own, so that the other tests' vacancies at Osloveien 155 stay as they were
        String unit = "Betalingstest " + UUID.randomUUID().toString().substring(0, 8);
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT')", UUID.randomUUID(), BTA, unit);
        String ag;
        try {
            // set before the move-in: a move-in recorded after the month's run is charged at once where the facility collects
            setCollects(BTA, false);
            ag = AgreementFlowTests.movedIn("osloveien155-leder", BTA, unit, MOVED_IN);
            assertEquals(0, charged(ag));
        } finally {
            setCollects(BTA, true);
        }
        // set back, the facility collects again: the month is charged
        assertEquals(450_000, charged(ag));
    }

    @Test
    void R_PAY_8_an_agreement_of_the_kind_the_facility_had_before_a_conversion_follows_its_own_kind() throws Exception {
        // as a bo- og tjenesteavtale left from before the facility became a tenancy facility: the unit collects for it
        assertEquals(600_000, chargedAtLease(false, ag -> Db.update("UPDATE agreement SET kind = 'BTA' WHERE id = ?::uuid", ag)));
    }
}
