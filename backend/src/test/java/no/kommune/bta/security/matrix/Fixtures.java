package no.kommune.bta.security.matrix;

import static no.kommune.bta.security.matrix.Residents.TODAY;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.security.matrix.Residents.Application;
import no.kommune.bta.security.matrix.Residents.Person;
import no.kommune.bta.security.matrix.Residents.Stage;
import no.kommune.bta.security.matrix.Residents.Stay;
import no.kommune.bta.support.AdvanceNotices;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;

/**
 * The objects the matrix calls the operations on, all at Bakklandet and all handled by hvk1, built once through
 * the API. An operation that changes its object's state gets an object of its own, in the state its allowed call
 * needs; the read operations share the main resident. Bakklandet's nine units are just enough.
 */
public final class Fixtures {
    public static final String FACILITY = "bakklandet";
    static final String STAFF = "bakklandet1";
    static final String LEADER = "bakklandet-leder";
    /** Proposes the sanctions, so that bakklandet-leder may approve them and record appeal outcomes (R-SAN-7). */
    static final String PROPOSER = "bakklandet-leder2";
    static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);

    final Residents made = new Residents();

    /** Moved in on the first of last month, with a charge for that month, an evaluation, an incident, sanctions at every step and an assessment: the reads and small writes. */
    public final Stay resident;
    public final UUID incident;
    /** A forhåndsvarsel of an exclusion for the incident, its statement recorded: the exclusions cite it (R-SAN-11). */
    public final UUID advanceNotice;
    /** A visitor ban at Bakklandet in force for 30 days: the callers who may lift it (the first lifts, the rest get 409). */
    public final UUID visitorBan;
    /** A forhåndsvarsel still waiting for the resident's statement. */
    public final UUID advanceNoticeAwaitingStatement;
    public final UUID sanctionAwaitingApproval;
    /** A second proposal awaiting approval: the one a fagleder sends back (the first may send it back, the rest get 409). */
    public final UUID sanctionToReturn;
    public final UUID sanctionApproved;
    public final UUID sanctionInForce;
    /** A draft: signatures; its application (decided, allocated here, before move-in) is the one read in ESIKT's queue. */
    public final Stay draft;
    public final Stay readyToMoveIn;
    /** Moved in: notice, then move-out. */
    public final Stay leaving;
    public final Application toPrioritise;
    public final Application toWithdraw;
    public final Application toReject;
    public final Application toAllocate;
    public final Application toInform;
    public final Application toOrient;
    public final Application toDecide;
    public final Application toDraft;
    /** The last unit of Bakklandet still free, for the allocation. */
    public final UUID vacantUnit;
    /** A draft at each outsider's own facility (heidrun1, valoya-leder), to pair with a Bakklandet id. */
    public final Map<String, Stay> outsidersOwn = new HashMap<>();
    public final UUID chargeRun;
    public final UUID unmatchedPayment;
    public final UUID bankImport;
    /** A referral case awaiting the owner's answer on the resident's agreement (R-SAN-6). */
    public final UUID referral;
    /** A conversion of Bakklandet a month ahead, proposed by {@link #PROPOSER}: approved, then withdrawn (R-FAC-3). */
    public final UUID conversion;

    /** Builds the fixtures; the bank file imported is the contract's example of importBankFile. */
    public static Fixtures build(List<Contract.Operation> operations) {
        return new Fixtures(operations.stream().filter(op -> op.operationId().equals("importBankFile")).findFirst().orElseThrow());
    }

    private Fixtures(Contract.Operation bankImportOperation) {
        // the bank file and a payment first: they match no charge, and so leave the resident's arrears alone
        bankImport = made.remember(Api.as("okonomi1").contentType("text/plain").body(bankImportOperation.example().asText())
                .queryParam("filename", "matrix.txt").post("/api/egenbetaling/imports").then().statusCode(201).extract().path("id"));
        unmatchedPayment = made.remember(payment("okonomi1"));
        // since the first of last month, so that last month's charge is overdue (a repayment plan needs arrears)
        resident = made.movedIn(LEADER, FACILITY, LAST_MONTH.atDay(1));
        String agreement = "/api/agreements/" + resident.agreement();
        Api.as(STAFF).body(Map.of("heldOn", TODAY.toString(), "summary", "Første samtale")).post(agreement + "/evaluations")
                .then().statusCode(200);
        incident = made.remember(Api.as(STAFF).body(Map.of("facilityId", FACILITY, "occurredAt",
                        Instant.now().minus(1, ChronoUnit.HOURS).toString(), "personIds", List.of(resident.person().id()),
                        "categories", List.of("VIOLENCE_OR_THREATS"), "serious", true, "ruleNumbers", List.of(1),
                        "description", "Truet en ansatt."))
                .post("/api/incidents").then().statusCode(201).extract().path("id"));
        advanceNotice = made.remember(AdvanceNotices.ready(PROPOSER, resident.agreement(), "EXCLUSION", List.of(incident)));
        visitorBan = made.remember(Api.as(STAFF).body(Map.of("facilityId", FACILITY, "issuedBy", "STAFF", "visitor", "Besøkende X",
                        "fromDate", TODAY.toString(), "toDate", TODAY.plusDays(30).toString(), "reason", "Truet en beboer"))
                .post("/api/visitor-bans").then().statusCode(201).extract().path("id"));
        advanceNoticeAwaitingStatement = made.remember(AdvanceNotices.sent(PROPOSER, resident.agreement(), "EXCLUSION",
                List.of(incident), TODAY.plusDays(7)));
        sanctionAwaitingApproval = exclusion();
        sanctionToReturn = exclusion();
        sanctionApproved = exclusion();
        Api.as(LEADER).post("/api/sanctions/" + sanctionApproved + "/approval").then().statusCode(200);
        sanctionInForce = exclusion();
        Api.as(LEADER).post("/api/sanctions/" + sanctionInForce + "/approval").then().statusCode(200);
        Api.as(PROPOSER).body(Map.of("notifiedOn", TODAY.toString(), "how", "Lest opp og gitt skriftlig"))
                .post("/api/sanctions/" + sanctionInForce + "/notification").then().statusCode(200);
        Api.as(STAFF).body(Map.of("instrument", "AUDIT_C", "takenOn", TODAY.toString(), "answers", Map.of("q1", 2, "q2", 1, "q3", 1)))
                .post("/api/residents/" + resident.person().id() + "/assessments").then().statusCode(201);

        referral = referral(resident.agreement());

        leaving = made.movedIn(LEADER, FACILITY, TODAY);
        readyToMoveIn = made.readyToMoveIn(LEADER, FACILITY);
        draft = made.draft(LEADER, FACILITY);
        toDraft = made.application(FACILITY, Stage.DECIDED);
        toDecide = made.application(FACILITY, Stage.ORIENTED);
        toOrient = made.application(FACILITY, Stage.INFORMED);
        toInform = made.application(FACILITY, Stage.ALLOCATED);
        vacantUnit = made.vacantUnit(FACILITY);
        toAllocate = made.application(FACILITY, Stage.WAITING);
        toPrioritise = made.application(FACILITY, Stage.SUBMITTED);
        toWithdraw = made.application(FACILITY, Stage.SUBMITTED);
        toReject = made.application(FACILITY, Stage.SUBMITTED);
        outsidersOwn.put("heidrun1", made.draft("heidrun1", "heidrunsenteret"));
        outsidersOwn.put("valoya-leder", made.draft("valoya-leder", "valoyveien-9"));

        chargeRun = made.remember(Api.as("okonomi1").body(Map.of("period", LAST_MONTH.toString()))
                .post("/api/egenbetaling/charge-runs").then().statusCode(202).extract().path("id"));
        awaitChargeRun();
        conversion = made.remember(Api.as(PROPOSER).body(Map.of("toKind", "LEASE", "effectiveOn", TODAY.plusMonths(1).toString(),
                        "reason", "Matrisen", "houseRules", List.of(Map.of("number", 1, "text", "Leiligheten holdes i stand.")),
                        "hmsRules", List.of(Map.of("number", 1, "text", "Rømningsveier holdes frie."))))
                .post("/api/facilities/" + FACILITY + "/conversions").then().statusCode(201).extract().path("id"));
    }

    private void awaitChargeRun() {
        for (int i = 0; i < 300; i++) {
            String state = Api.as("okonomi1").get("/api/egenbetaling/charge-runs/" + chargeRun).then().statusCode(200)
                    .extract().path("state");
            if (!"RUNNING".equals(state)) return;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the charge run " + chargeRun + " did not finish");
    }

    /**
     * A referral to the property owner, awaiting the answer, written straight into its table: a referral comes from
     * an approved TERMINATION_REFERRAL in a tenancy, and every fixture here lives at Bakklandet (a BTA). Who may see
     * and answer it follows the agreement's facility and resident, which is what the matrix checks.
     */
    private UUID referral(UUID agreement) {
        UUID id = made.remember(UUID.randomUUID());
        Db.update("INSERT INTO agreement_referral (id, agreement_id, referred_on, referred_by) VALUES (?, ?, ?, ?)",
                id, agreement, TODAY, LEADER);
        return id;
    }

    /** An exclusion of the resident for the incident, proposed by {@link #PROPOSER} (awaiting approval). */
    private UUID exclusion() {
        return made.remember(Api.as(PROPOSER).body(exclusionBody(resident.agreement(), incident, advanceNotice))
                .post("/api/sanctions").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> exclusionBody(UUID agreement, UUID incident, UUID advanceNotice) {
        Map<String, Object> body = new HashMap<>();
        body.put("agreementId", agreement);
        body.put("type", "EXCLUSION");
        body.put("ground", "VIOLENCE_OR_THREATS");
        body.put("incidentIds", List.of(incident));
        body.put("exclusionFrom", TODAY.toString());
        body.put("writtenGrounds", "Truet en ansatt.");
        body.put("proportionality", "Faren for ansatte veier tyngst.");
        body.put("alternativeAccommodation", alternative());
        body.put("advanceNoticeId", advanceNotice);
        return body;
    }

    static Map<String, Object> alternative() {
        return Map.of("place", "Døgnovernatting", "from", TODAY.toString(), "to", TODAY.plusDays(10).toString());
    }

    /** A payment by KID that matches no charge; a new source reference and idempotency key every time. */
    static String payment(String user) {
        String key = UUID.randomUUID().toString();
        return Api.as(user).header("Idempotency-Key", key).body(paymentBody(key)).post("/api/egenbetaling/payments")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * A KID no charge has (the charges' KIDs count up from 000100001), so the payment stays unmatched; a small
     * amount, so that matching it to the resident leaves arrears for the repayment plan.
     */
    static Map<String, Object> paymentBody(String key) {
        return Map.of("kid", "9999999999", "amountOre", 100, "paidOn", TODAY.toString(),
                "sourceReference", "MATRIX-" + key.replace("-", ""));
    }

    /** Every person made. */
    public List<Person> persons() {
        return made.persons();
    }

    /** The persons an outsider must not find in a list: everyone here except the people at their own facility. */
    public List<String> tracesHiddenFrom(String outsiderUsername) {
        Stay own = outsidersOwn.get(outsiderUsername);
        List<String> out = new ArrayList<>();
        for (Person p : persons()) {
            if (own == null || !own.person().equals(p)) out.addAll(p.traces());
        }
        return out;
    }

    /** The residents who have moved in: ESIKT's reach has ended for them. */
    public List<String> movedInTraces() {
        List<String> out = new ArrayList<>(resident.person().traces());
        out.addAll(leaving.person().traces());
        return out;
    }

    public java.util.Set<String> ids() {
        return made.ids();
    }
}
