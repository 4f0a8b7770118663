package no.kommune.bta.security.matrix;

import static no.kommune.bta.security.matrix.Residents.TODAY;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.security.matrix.Callers.Outsider;
import no.kommune.bta.support.People;

/**
 * How each operation of the contract is called: which fixture goes into its path, query and body (the body is the
 * contract's request example with the fixture's ids and dates put in). A contract operation without an entry here
 * fails the matrix, and so does an entry without an operation.
 */
public final class Cases {
    private static final String BAKKLANDET = Fixtures.FACILITY;
    private static final YearMonth LAST_MONTH = Fixtures.LAST_MONTH;

    /** Fills in one request for the fixtures. */
    @FunctionalInterface
    public interface Fill {
        Request fill(Fixtures f, Request r);
    }

    /** Fills in the request of an outsider's extra call. */
    @FunctionalInterface
    public interface OutsiderFill {
        Request fill(Fixtures f, Outsider o, Request r);
    }

    /** An extra call for staff of another facility, with what it must answer. */
    public record Variant(String label, OutsiderFill fill, Expected.Kind expected) {
    }

    /**
     * One operation's calls. {@code afterMoveIn} is the request on the moved-in resident (for ESIKT, whose reach ends at
     * move-in); {@code namesFacility} says the request names Bakklandet itself, so an outsider gets 403 before any id
     * is looked at; {@code showsResident} asks the facility's staff and the caseworker to find the resident in the list;
     * {@code last} runs the operation after all others (it changes what they stand on).
     */
    public static final class Case {
        final Fill fill;
        Fill afterMoveIn;
        final List<Variant> variants = new ArrayList<>();
        boolean namesFacility;
        boolean idInBody;
        boolean opensCare;
        boolean showsResident;
        boolean last;

        private Case(Fill fill) {
            this.fill = fill;
        }

        Case afterMoveIn(Fill f) {
            afterMoveIn = f;
            return this;
        }

        Case variant(String label, OutsiderFill f, Expected.Kind expected) {
            variants.add(new Variant(label, f, expected));
            return this;
        }

        Case namingTheFacility() {
            namesFacility = true;
            return this;
        }

        /** The person-bound id is in the body: an outsider gets what an unknown id gets ({@link Expected.Kind#AS_UNKNOWN}). */
        Case idInTheBody() {
            idInBody = true;
            return this;
        }

        /**
         * The call starts a care relationship (HVK opening an application for a registered person): another caseworker
         * is let through, and becomes the caseworker of the new application. It runs last, after the lists were read.
         */
        Case openingCare() {
            opensCare = true;
            last = true;
            return this;
        }

        Case showingTheResident() {
            showsResident = true;
            return this;
        }

        Case runLast() {
            last = true;
            return this;
        }
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private Cases() {
    }

    public static Map<String, Case> all() {
        return CASES;
    }

    private static Case put(String operationId, Fill fill) {
        Case c = new Case(fill);
        if (CASES.put(operationId, c) != null) throw new IllegalStateException("two cases for " + operationId);
        return c;
    }

    private static Request agreement(Request r, UUID agreement) {
        return r.path("agreementId", agreement);
    }

    private static Request resident(Fixtures f, Request r) {
        return agreement(r, f.resident.agreement());
    }

    private static Request conversion(Fixtures f, Request r) {
        return r.path("facilityId", BAKKLANDET).path("conversionId", f.conversion);
    }

    private static String hourAgo() {
        return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static {
        // ---------------------------------------------------------------- me, facilities
        put("getMe", (f, r) -> r);
        put("getMyDigest", (f, r) -> r);
        put("setMyDigest", (f, r) -> r);
        put("listFacilities", (f, r) -> r);
        put("getFacility", (f, r) -> r.path("facilityId", BAKKLANDET));
        // R-PAY-8: the example body keeps Bakklandet collecting egenbetaling, as it does
        put("setFacilityEgenbetaling", (f, r) -> r.path("facilityId", BAKKLANDET));
        put("listFacilityUnits", (f, r) -> r.path("facilityId", BAKKLANDET));
        put("listHouseRules", (f, r) -> r.path("facilityId", BAKKLANDET));
        put("createHouseRulesVersion", (f, r) -> r.path("facilityId", BAKKLANDET)
                .with("validFrom", TODAY.plusMonths(2).toString()));
        // R-FAC-3: a month ahead, so that no call converts Bakklandet; the fixture is proposed by bakklandet-leder2
        put("proposeConversion", (f, r) -> r.path("facilityId", BAKKLANDET).with("effectiveOn", TODAY.plusMonths(1).toString()));
        put("listConversions", (f, r) -> r.path("facilityId", BAKKLANDET));
        put("getConversion", Cases::conversion);
        put("approveConversion", Cases::conversion);
        put("withdrawConversion", Cases::conversion).runLast();

        // ---------------------------------------------------------------- persons
        put("createPerson", (f, r) -> r.with("nationalId", People.syntheticNumber(TODAY.minusYears(30), "FEMALE")));
        put("listPersons", (f, r) -> r.query("q", f.resident.person().familyName())).showingTheResident();
        put("searchPersons", (f, r) -> r.with("query", f.resident.person().familyName())).showingTheResident();
        put("getPerson", (f, r) -> r.path("personId", f.resident.person().id()))
                .afterMoveIn((f, r) -> r.path("personId", f.resident.person().id()));
        put("getPersonSummary", (f, r) -> r.path("personId", f.resident.person().id()))
                .afterMoveIn((f, r) -> r.path("personId", f.resident.person().id()));
        put("getPersonAccessLog", (f, r) -> r.path("personId", f.resident.person().id()));
        put("getPersonInnsyn", (f, r) -> r.path("personId", f.resident.person().id()).query("kind", "READ"));
        put("getPersonInnsynPdf", (f, r) -> r.path("personId", f.resident.person().id()));

        // ---------------------------------------------------------------- intake
        put("createIntake", (f, r) -> r.with("personId", f.draft.person().id())).openingCare();
        put("listIntakes", (f, r) -> r);
        put("searchIntakes", (f, r) -> r.with("query", f.resident.person().familyName()));
        put("getIntake", (f, r) -> r.path("intakeId", f.draft.application().intake()))
                .afterMoveIn((f, r) -> r.path("intakeId", f.resident.application().intake()));
        // the application being prioritised: a correction leaves its status as it is (issue 18)
        put("correctIntake", (f, r) -> r.path("intakeId", f.toPrioritise.intake())
                .with("givenName", f.toPrioritise.person().givenName()).with("familyName", f.toPrioritise.person().familyName())
                .with("receivedOn", TODAY.toString()));
        put("prioritiseIntake", (f, r) -> r.path("intakeId", f.toPrioritise.intake()))
                .afterMoveIn((f, r) -> r.path("intakeId", f.resident.application().intake()));
        put("allocateUnit", (f, r) -> r.path("intakeId", f.toAllocate.intake())
                .with("unitId", f.vacantUnit).with("fromDate", TODAY.toString()))
                .afterMoveIn((f, r) -> r.path("intakeId", f.resident.application().intake())
                        .with("unitId", f.vacantUnit).with("fromDate", TODAY.toString()));
        put("recordApplicantInformed", (f, r) -> r.path("intakeId", f.toInform.intake()).with("informedOn", TODAY.toString()));
        put("recordOrientationMeeting", (f, r) -> r.path("intakeId", f.toOrient.intake()).with("heldOn", TODAY.toString()));
        put("recordServiceDecision", (f, r) -> r.path("intakeId", f.toDecide.intake()).with("decisionDate", TODAY.toString()));
        put("withdrawIntake", (f, r) -> r.path("intakeId", f.toWithdraw.intake()));
        put("rejectIntake", (f, r) -> r.path("intakeId", f.toReject.intake()));
        put("listVacancies", (f, r) -> r.query("from", TODAY));

        // ---------------------------------------------------------------- agreements
        put("createAgreement", (f, r) -> r.with("intakeId", f.toDraft.intake()).with("startDate", TODAY.toString())).idInTheBody();
        put("listAgreements", (f, r) -> r).showingTheResident();
        put("searchAgreements", (f, r) -> r.with("query", f.resident.person().familyName())).showingTheResident();
        put("getAgreement", Cases::resident);
        put("getAgreementStatus", Cases::resident);
        put("getAgreementDocument", Cases::resident);
        put("signAgreement", (f, r) -> agreement(r, f.draft.agreement()).with("signedOn", TODAY.toString()));
        put("recordEvaluation", (f, r) -> resident(f, r).with("heldOn", TODAY.toString()));
        put("renewAgreement", (f, r) -> resident(f, r).with("toDate", TODAY.plusYears(3).toString()));
        put("changeFee", (f, r) -> resident(f, r).with("notifiedOn", TODAY.toString())
                .with("effectiveFrom", TODAY.plusMonths(2).toString()));
        put("giveNotice", (f, r) -> agreement(r, f.leaving.agreement()).with("givenOn", TODAY.toString()));
        put("appointPrimaryContact", Cases::resident);
        put("recordFollowUp", Cases::resident);
        put("setResponsibilityGroup", Cases::resident);
        put("recordMeeting", (f, r) -> resident(f, r).with("heldOn", TODAY.toString()));
        put("recordDeposit", (f, r) -> resident(f, r).with("paidOn", TODAY.toString()).with("insuranceInformedOn", TODAY.toString()));
        put("moveIn", (f, r) -> agreement(r, f.readyToMoveIn.agreement()).with("movedInOn", TODAY.toString()));
        put("moveOut", (f, r) -> agreement(r, f.leaving.agreement()).with("movedOutOn", TODAY.toString()));
        // the draft is voided after every other operation has used it (signatures, ESIKT's queue)
        put("voidAgreement", (f, r) -> agreement(r, f.draft.agreement())).runLast();
        put("listAgreementReferrals", Cases::resident);
        put("respondToReferral", (f, r) -> r.path("referralId", f.referral).with("respondedOn", TODAY.toString())
                .with("effectiveOn", TODAY.plusMonths(3).toString()));

        // ---------------------------------------------------------------- incidents and sanctions
        put("recordIncident", (f, r) -> r.with("facilityId", BAKKLANDET).with("occurredAt", hourAgo())
                .with("personIds", List.of(f.resident.person().id())))
                .namingTheFacility()
                .variant("own facility, Bakklandet's resident", (f, o, r) -> r.with("facilityId", o.facility()), Expected.Kind.AS_UNKNOWN);
        put("listIncidents", (f, r) -> r.query("personId", f.resident.person().id())).showingTheResident();
        put("proposeSanction", (f, r) -> r.with("agreementId", f.resident.agreement())
                .with("incidentIds", List.of(f.incident)).with("exclusionFrom", TODAY.toString())
                .with("alternativeAccommodation", Fixtures.alternative()).with("advanceNoticeId", f.advanceNotice))
                .idInTheBody()
                .variant("own agreement, Bakklandet's incident",
                        (f, o, r) -> r.with("agreementId", f.outsidersOwn.get(o.caller().label()).agreement()),
                        Expected.Kind.AS_UNKNOWN);
        put("listSanctions", (f, r) -> r.query("agreementId", f.resident.agreement())).showingTheResident();
        put("getSanction", (f, r) -> r.path("sanctionId", f.sanctionInForce));
        put("approveSanction", (f, r) -> r.path("sanctionId", f.sanctionAwaitingApproval));
        put("returnSanction", (f, r) -> r.path("sanctionId", f.sanctionToReturn));
        put("recordSanctionNotification", (f, r) -> r.path("sanctionId", f.sanctionApproved).with("notifiedOn", TODAY.toString()));
        put("recordSanctionAppeal", (f, r) -> r.path("sanctionId", f.sanctionInForce).with("appealedOn", TODAY.toString())
                .with("outcomeOn", TODAY.toString()));
        put("getSanctionHistory", Cases::resident);
        put("getDecisionLetter", (f, r) -> r.path("sanctionId", f.sanctionInForce));
        put("recordAdvanceNotice", (f, r) -> resident(f, r).with("incidentIds", List.of(f.incident))
                .with("sentOn", TODAY.toString()).with("statementDeadline", TODAY.plusDays(7).toString()));
        put("listAdvanceNotices", Cases::resident);
        put("getAdvanceNotice", (f, r) -> r.path("advanceNoticeId", f.advanceNotice));
        put("recordAdvanceNoticeStatement", (f, r) -> r.path("advanceNoticeId", f.advanceNoticeAwaitingStatement)
                .with("receivedOn", TODAY.toString()));
        put("getAdvanceNoticeLetter", (f, r) -> r.path("advanceNoticeId", f.advanceNotice));
        put("recordEntry", (f, r) -> r.with("unitId", f.resident.application().unit()).with("enteredAt", hourAgo()));
        put("recordVisitorBan", (f, r) -> r.with("facilityId", BAKKLANDET).with("fromDate", TODAY.toString())
                .with("toDate", TODAY.plusDays(30).toString()));
        put("listEntries", (f, r) -> r);
        put("listVisitorBans", (f, r) -> r.query("status", "ALL"));
        put("liftVisitorBan", (f, r) -> r.path("banId", f.visitorBan));
        put("getControlReport", (f, r) -> r.query("facility", BAKKLANDET).query("from", LAST_MONTH.atDay(1))
                .query("to", LAST_MONTH.atEndOfMonth()));

        // ---------------------------------------------------------------- egenbetaling
        put("startChargeRun", (f, r) -> r.with("period", YearMonth.from(TODAY).toString()));
        put("getChargeRun", (f, r) -> r.path("runId", f.chargeRun));
        put("registerPayment", (f, r) -> {
            String key = UUID.randomUUID().toString();
            Fixtures.paymentBody(key).forEach(r::with);
            return r.header("Idempotency-Key", key);
        });
        put("listUnmatchedPayments", (f, r) -> r);
        put("matchPayment", (f, r) -> r.path("paymentId", f.unmatchedPayment).with("agreementId", f.resident.agreement()));
        put("importBankFile", (f, r) -> r.query("filename", "matrix-again.txt"));
        put("getBankImport", (f, r) -> r.path("importId", f.bankImport));
        put("getArrears", (f, r) -> r);
        put("searchArrears", (f, r) -> r.with("query", f.resident.person().familyName()));
        put("exportAccounts", (f, r) -> r.query("from", LAST_MONTH.atDay(1)).query("to", TODAY));
        put("getClosedPeriods", (f, r) -> r);
        put("closePeriod", (f, r) -> r.with("closedThrough", LAST_MONTH.minusMonths(1).toString()));
        put("getAccountingDimensions", (f, r) -> r);
        put("setAccountingDimensions", (f, r) -> r.path("facilityId", BAKKLANDET).with("art", "16200").with("ansvar", "4130")
                .with("funksjon", "254"));
        put("recordRefund", (f, r) -> resident(f, r).with("amountOre", 100).with("refundedOn", TODAY.toString()));
        put("getLedger", Cases::resident);
        put("setPaymentMethod", (f, r) -> resident(f, r).with("deductionAgreementSignedOn", TODAY.toString()));
        // 40 instalments cover the arrears whether or not this month's charge is overdue yet
        put("createRepaymentPlan", (f, r) -> resident(f, r).with("startDate", YearMonth.from(TODAY).plusMonths(1).atDay(1).toString())
                .with("instalments", 40));
        put("recordHousingBenefit", (f, r) -> resident(f, r).with("appliedOn", TODAY.toString())
                .with("fromDate", YearMonth.from(TODAY).atDay(1).toString())
                .with("toDate", YearMonth.from(TODAY).plusMonths(11).atEndOfMonth().toString()));
        // the clerk's desk (issue 14): okonomi reads every agreement's account
        put("listChargeRuns", (f, r) -> r);
        put("listBankImports", (f, r) -> r);
        put("searchAccounts", (f, r) -> r.query("q", f.resident.person().familyName())).showingTheResident();
        put("getMonthlyInvoices", (f, r) -> r.query("period", LAST_MONTH.toString()));
        put("getNavDeductions", (f, r) -> r.query("period", LAST_MONTH.toString()));
        put("getInvoice", (f, r) -> resident(f, r).path("period", LAST_MONTH.toString()));
        put("getStandingOrderLetter", Cases::resident);

        // ---------------------------------------------------------------- reports, feed, follow-up, retention
        put("getStatistics", (f, r) -> r.query("facility", BAKKLANDET).query("from", LAST_MONTH.atDay(1))
                .query("to", LAST_MONTH.atEndOfMonth()));
        put("getOverview", (f, r) -> r);
        put("listEvents", (f, r) -> r);
        put("listInstruments", (f, r) -> r);
        put("recordAssessment", (f, r) -> r.path("personId", f.resident.person().id()).with("takenOn", TODAY.toString()));
        put("listAssessments", (f, r) -> r.path("personId", f.resident.person().id()));
        put("recordAssessmentSharing", (f, r) -> r.path("personId", f.resident.person().id()).with("effectiveOn", TODAY.toString()));
        put("getRetentionPreview", (f, r) -> r);
        put("runRetention", (f, r) -> r);

        // ---------------------------------------------------------------- access log
        put("verifyAccessLog", (f, r) -> r);
    }
}
