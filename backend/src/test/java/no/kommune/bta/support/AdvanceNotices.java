package no.kommune.bta.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The forhåndsvarsel step before an exclusion or a termination (R-SAN-11), for tests whose subject comes after it:
 * a forhåndsvarsel sent today, and the resident's statement recorded, so that the decision may cite it at once.
 */
public final class AdvanceNotices {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private AdvanceNotices() {
    }

    /** A forhåndsvarsel of {@code type} (EXCLUSION or TERMINATION) on the incidents, its statement recorded: its id. */
    public static String ready(String user, Object agreementId, String type, List<?> incidentIds) {
        String id = sent(user, agreementId, type, incidentIds, today().plusDays(7));
        Api.as(user).body(Map.of("receivedOn", today().toString(), "text", "Beboeren forklarte seg muntlig for personalet."))
                .post("/api/advance-notices/" + id + "/statement").then().statusCode(200);
        return id;
    }

    /** A forhåndsvarsel sent today with the given deadline, no statement yet: its id. */
    public static String sent(String user, Object agreementId, String type, List<?> incidentIds, LocalDate deadline) {
        return Api.as(user).body(Map.of("type", type, "incidentIds", incidentIds.stream().map(String::valueOf).toList(),
                        "description", "Vi vurderer " + (type.equals("EXCLUSION") ? "bortvisning" : "oppsigelse")
                                + " etter hendelsene det vises til.",
                        "sentOn", today().toString(), "deliveredHow", "Gitt personlig og lest opp",
                        "statementDeadline", deadline.toString()))
                .post("/api/agreements/" + agreementId + "/advance-notices").then().statusCode(201).extract().path("id");
    }

    private static LocalDate today() {
        return LocalDate.now(OSLO);
    }
}
