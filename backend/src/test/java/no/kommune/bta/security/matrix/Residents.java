package no.kommune.bta.security.matrix;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.People;

/**
 * Persons, applications and agreements made through the API with real tokens, one step at a time: HVK registers
 * and applies (hvk1), ESIKT prioritises and allocates (esikt1), the facility drafts, signs and moves in. Every
 * person gets a name found nowhere else, so that a list can be searched for it; every id made is remembered.
 */
public final class Residents {
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String HVK = "hvk1";
    static final String ESIKT = "esikt1";

    /** How far an application has come. */
    public enum Stage { SUBMITTED, WAITING, ALLOCATED, INFORMED, ORIENTED, DECIDED }

    public record Person(UUID id, String nationalId, String givenName, String familyName) {
        /** What must not be found in a list shown to someone who may not see the person. */
        public List<String> traces() {
            return List.of(id.toString(), givenName, familyName);
        }
    }

    public record Application(Person person, UUID intake, String facility, UUID unit) {
    }

    public record Stay(Application application, UUID agreement) {
        public Person person() {
            return application.person();
        }
    }

    private final Random random = new Random();
    private final List<Person> persons = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();

    /** Every person made, in order. */
    public List<Person> persons() {
        return persons;
    }

    /** Every id made (persons, applications, units, agreements and whatever {@link #remember} was given). */
    public Set<String> ids() {
        return ids;
    }

    public UUID remember(Object id) {
        ids.add(id.toString());
        return UUID.fromString(id.toString());
    }

    public static final String PHONE = "+47 912 34 567";
    public static final String ADDRESS = "Testveien 1, 0001 Oslo";
    public static final String NAV_CONTACT = "NAV Testby, veileder Vera";

    /** A woman of 22 to 26 (inside every facility's target group) with contact details and a NAV contact. */
    public Person person() {
        String given = name(), family = name();
        LocalDate birth = TODAY.minusYears(22).minusDays(random.nextInt(4 * 365));
        String number = People.syntheticNumber(birth, "FEMALE");
        String id = Api.as(HVK).body(Map.of("nationalId", number, "givenName", given,
                        "familyName", family, "phone", PHONE, "email", email(given),
                        "address", ADDRESS, "navContact", NAV_CONTACT))
                .post("/api/persons").then().statusCode(201).extract().path("id");
        Person p = new Person(remember(id), number, given, family);
        persons.add(p);
        return p;
    }

    public static String email(String givenName) {
        return givenName.toLowerCase() + "@example.org";
    }

    /** HVK's assessment in the application of this person: free text that only HVK and the facility may read. */
    public static String assessment(Person p) {
        return "Vurdering " + p.familyName() + ": trenger tett oppfølging i et rusfritt bomiljø.";
    }

    /** A fresh applicant whose application has come as far as {@code stage}, allocated (from that stage on) at the facility. */
    public Application application(String facility, Stage stage) {
        return application(facility, stage, TODAY);
    }

    /** As {@link #application(String, Stage)}, received and allocated from {@code since} (today or earlier). */
    public Application application(String facility, Stage stage, LocalDate since) {
        Person p = person();
        String intake = Api.as(HVK).body(Map.of("personId", p.id(), "receivedOn", since.toString(), "facilityWishes", List.of(facility),
                        "assessment", assessment(p),
                        "needs", "Daglig oppfølging", "wishes", "Ønsker " + facility))
                .post("/api/intakes").then().statusCode(201).extract().path("id");
        UUID id = remember(intake);
        String base = "/api/intakes/" + id;
        UUID unit = null;
        if (stage.compareTo(Stage.WAITING) >= 0) {
            Api.as(ESIKT).body(Map.of("priority", 2, "reason", "Venter på plass")).post(base + "/priority").then().statusCode(200);
        }
        if (stage.compareTo(Stage.ALLOCATED) >= 0) {
            unit = vacantUnit(facility);
            Api.as(ESIKT).body(Map.of("unitId", unit, "fromDate", since.toString(), "coordinator", "Lars Leder"))
                    .post(base + "/allocation").then().statusCode(200);
        }
        if (stage.compareTo(Stage.INFORMED) >= 0) {
            Api.as(HVK).body(Map.of("informedOn", TODAY.toString())).post(base + "/applicant-informed").then().statusCode(200);
        }
        if (stage.compareTo(Stage.ORIENTED) >= 0) {
            Api.as(HVK).body(Map.of("heldOn", TODAY.toString(), "participants", List.of("APPLICANT", "HVK", "FACILITY"),
                    "applicantAnswer", "ACCEPTED")).post(base + "/orientation-meeting").then().statusCode(200);
        }
        if (stage.compareTo(Stage.DECIDED) >= 0) {
            Api.as(HVK).body(Map.of("decisionDate", TODAY.toString(), "scope", "Praktisk bistand i hverdagen."))
                    .post(base + "/service-decision").then().statusCode(200);
        }
        return new Application(p, id, facility, unit);
    }

    /** A draft agreement from today, made by {@code user} on a decided application at the facility. */
    public Stay draft(String user, String facility) {
        return draft(user, facility, TODAY);
    }

    private Stay draft(String user, String facility, LocalDate since) {
        Application a = application(facility, Stage.DECIDED, since);
        String id = Api.as(user).body(Map.of("intakeId", a.intake(), "startDate", since.toString()))
                .post("/api/agreements").then().statusCode(201).extract().path("id");
        return new Stay(a, remember(id));
    }

    /** Signed by both parties, with a primary contact and an accepted individual plan: nothing stands before move-in. */
    public Stay readyToMoveIn(String leader, String facility) {
        return readyToMoveIn(leader, facility, TODAY);
    }

    private Stay readyToMoveIn(String leader, String facility, LocalDate since) {
        Stay s = draft(leader, facility, since);
        String base = "/api/agreements/" + s.agreement();
        Api.as(leader).body(Map.of("party", "RESIDENT", "signedOn", TODAY.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(leader).body(Map.of("party", "MUNICIPALITY", "signedOn", TODAY.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(leader).body(Map.of("name", "Berit Bakken")).post(base + "/primary-contact").then().statusCode(200);
        Api.as(leader).body(Map.of("individualPlan", "ACCEPTED")).post(base + "/follow-up").then().statusCode(200);
        return s;
    }

    /** A resident who moved in on {@code since} (today or earlier), allocated and with an agreement from that day. */
    public Stay movedIn(String leader, String facility, LocalDate since) {
        Stay s = readyToMoveIn(leader, facility, since);
        Api.as(leader).body(Map.of("movedInOn", since.toString())).post("/api/agreements/" + s.agreement() + "/move-in")
                .then().statusCode(200);
        return s;
    }

    /** The first unit of the facility that is free from today. */
    public UUID vacantUnit(String facility) {
        String unit = Api.as(ESIKT).queryParam("facility", facility).queryParam("from", TODAY.toString()).get("/api/vacancies")
                .then().statusCode(200).extract().path("items[0].unitId");
        if (unit == null) throw new IllegalStateException("no unit of " + facility + " is free from " + TODAY);
        return remember(unit);
    }

    private String name() {
        StringBuilder s = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) s.append((char) ('a' + random.nextInt(26)));
        return s.toString();
    }
}
