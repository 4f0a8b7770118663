package no.kommune.bta.reporting;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverviewTests {

    @Test
    void the_overview_lists_due_items_only_for_the_callers_facilities() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        String unit = Api.as("esikt1").queryParam("facility", "valoyveien-9").queryParam("from", today.toString())
                .get("/api/vacancies").then().extract().path("items[0].unitLabel");
        UUID intake = AgreementFlowTests.decidedIntake("valoyveien-9", unit, today, "MALE", LocalDate.of(1980, 1, 1));
        String draft = Api.as("valoya-leder").body(Map.of("intakeId", intake, "startDate", today.toString(),
                "endDate", today.plusDays(10).toString())).post("/api/agreements").then().statusCode(201).extract().path("id");
        Api.as("valoya1").get("/api/overview").then().statusCode(200)
                .body("facilityId", everyItem(equalTo("valoyveien-9")))
                .body("kind", hasItems("UNSIGNED", "AGREEMENT_ENDING", "ALLOCATION_AWAITING_MOVE_IN"))
                .body("find { it.kind == 'UNSIGNED' && it.agreementId == '" + draft + "' }.link", equalTo("/avtaler/" + draft))
                .body("intakeId", hasItem(intake.toString()));
        Api.as("bakklandet1").get("/api/overview").then().statusCode(200)
                .body("facilityId", everyItem(equalTo("bakklandet")));
        Api.as("hvk1").get("/api/overview").then().statusCode(403);
    }
}
