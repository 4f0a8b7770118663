package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.PaymentMethodAtMoveIn;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Csv;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.*;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.security.AccessScope;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.PersonAccess;
import no.kommune.bta.security.Roles;

/** Ledger, arrears with ageing, repayment plans, bostøtte and the accounts export (R-PAY-2, R-PAY-4 … R-PAY-6). */
@ApplicationScoped
public class LedgerService {

    @Inject
    LedgerQueries queries;

    @Inject
    ArrearsQueries arrears;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @Inject
    PersonAccess access;

    @Inject
    EgenbetalingConfig.Arrears config;

    @Inject
    EgenbetalingConfig.Accounting accounting;

    @Inject
    ChargeQueries charges;

    /** A refund is recorded when it has been paid: from this day to today. */
    static final LocalDate EARLIEST_REFUND = LocalDate.of(2000, 1, 1);

    /** okonomi and other systems work across facilities; facility staff only at their own. */
    boolean allFacilities() {
        return user.hasRole(Roles.OKONOMI) || user.hasRole(Roles.INTEGRASJON);
    }

    /** okonomi reads every agreement's account; facility staff while they see the resident there (R-ACC-3). */
    LedgerQueries.Parties requireAccess(UUID agreementId) {
        LedgerQueries.Parties parties = queries.partiesOf(agreementId).orElse(null);
        if (parties == null || !(allFacilities() || access.atFacility(parties.personId(), parties.facilityId()))) {
            throw ProblemException.notFound(EgenbetalingTexts.AGREEMENT, agreementId);
        }
        return parties;
    }

    /** R-PAY-4: overdue arrears from the threshold on flag the agreement. */
    private boolean flagged(long overdueOre) {
        return overdueOre >= config.flagThresholdOre();
    }

    /** R-ACC-5, called by retention in the transaction of a batch of persons: the free text on the person's ledgers goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(List<UUID> personIds) {
        queries.anonymise(personIds);
    }

    /**
     * R-PAY-4: the agreements whose resident the grants show as facility staff (the caller's, or the e-mail digest's
     * from the facilities stored at opt-in) with overdue arrears at the flag threshold, largest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArrearsQueries.AgreementArrears> flaggedArrears(AccessScope grants) {
        return arrears.atLeast(Clocks.today(clock), grants, config.flagThresholdOre());
    }

    /** What is overdue on the agreement today, in øre (0 when nothing is): the one reading of arrears (R-SAN-5). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long overdueOre(UUID agreementId) {
        return overdue(agreementId);
    }

    private long overdue(UUID agreementId) {
        return arrears.overdueOre(agreementId, Clocks.today(clock));
    }

    // ---------------------------------------------------------------- R-PAY-2

    @Transactional
    public PaymentSetup setPaymentMethod(UUID agreementId, PaymentSetupRequest body) {
        requireAccess(agreementId);
        save(agreementId, "method", body.method(), body.deductionAgreementSignedOn());
        return queries.paymentSetup(agreementId).orElseThrow();
    }

    /** The method named at move-in, in the move-in's transaction (the agreement command checked the access). */
    void atMoveIn(@Observes PaymentMethodAtMoveIn e) {
        save(e.agreementId(), "paymentMethod", e.method(), e.deductionAgreementSignedOn());
    }

    private void save(UUID agreementId, String field, String methodName, LocalDate signedOn) {
        PaymentMethod method = Enums.parse(PaymentMethod.class, field, methodName, EgenbetalingTexts.oneOf(PaymentMethod.values()));
        if (method.needsSignedDeductionAgreement() && signedOn == null) {
            throw ProblemException.of(ProblemType.DEDUCTION_NEEDS_SIGNED_AGREEMENT, EgenbetalingTexts.DEDUCTION_NEEDS_SIGNED_AGREEMENT);
        }
        queries.savePaymentSetup(agreementId, method, method.needsSignedDeductionAgreement() ? signedOn : null, user.describe());
    }

    // ---------------------------------------------------------------- ledger (R-PAY-4)

    /** The lines of a ledger page when the caller names no size: ten years of monthly charges and payments. */
    public static final int LEDGER_PAGE_SIZE = 240;
    /** The most lines a caller may ask for at once (about 100 kB of JSON). */
    public static final int LEDGER_MAX_SIZE = 500;

    /** The ledger with its latest {@link #LEDGER_PAGE_SIZE} lines. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ledger ledger(UUID agreementId) {
        return ledger(agreementId, new Paging(0, LEDGER_PAGE_SIZE));
    }

    /**
     * The ledger with one page of its lines counted from the newest: every line is read for the running balance,
     * only the page's are answered (a ledger paid onto thousands of times stays a small answer).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ledger ledger(UUID agreementId, Paging paging) {
        LedgerQueries.Parties parties = requireAccess(agreementId);
        List<LedgerLine> lines = new ArrayList<>();
        long running = 0;
        for (LedgerQueries.Entry e : queries.entries(agreementId)) {
            running += e.debitOre() - e.creditOre();
            lines.add(new LedgerLine(e.date(), e.type(), text(e), e.debitOre(), e.creditOre(), running, e.kid()));
        }
        long balance = queries.balance(agreementId);
        long overdue = overdue(agreementId);
        LedgerQueries.DepositAndEnd d = queries.depositAndEnd(agreementId);
        long credit = Math.max(0, -balance);
        Deposit deposit = d.depositOre() == null ? null
                : new Deposit(d.depositOre(), d.paidOn(), d.returnedOn(), d.withheldOre(), d.withheldReason());
        int end = Math.max(0, lines.size() - paging.offset());
        List<LedgerLine> page = lines.subList(Math.max(0, end - paging.size()), end);
        return new Ledger(agreementId, parties.personName(), balance, overdue, credit, d.endedOn() == null ? 0 : credit,
                queries.paymentSetup(agreementId).orElse(null), latestChargeKid(lines), List.copyOf(page), paging.page(),
                paging.size(), lines.size(),
                plans(agreementId), queries.benefits(agreementId), deposit, flagged(overdue));
    }

    /** The KID of the latest charge line (not of a correction), or null before the first charge. */
    private static String latestChargeKid(List<LedgerLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            LedgerLine l = lines.get(i);
            if (l.type() == LedgerLineType.CHARGE && l.kid() != null) return l.kid();
        }
        return null;
    }

    private static String text(LedgerQueries.Entry e) {
        return switch (e.type()) {
            case CHARGE -> EgenbetalingTexts.chargeLine(e.period(), e.days());
            case CORRECTION -> EgenbetalingTexts.correctionLine(e.period(), e.cause(), e.days());
            case PAYMENT -> EgenbetalingTexts.paymentLine(e.channel());
            case REFUND -> EgenbetalingTexts.REFUND_LINE;
        };
    }

    /**
     * R-PAY-8: a credit left when the agreement has ended is owed to the resident; okonomi records that it was
     * paid back. While the agreement runs, credit settles the next charges instead.
     */
    @Transactional
    public Ledger refund(UUID agreementId, RefundRequest body) {
        requireAccess(agreementId);
        charges.lock(List.of(agreementId));
        LedgerQueries.DepositAndEnd d = queries.depositAndEnd(agreementId);
        LocalDate today = Clocks.today(clock);
        if (body.refundedOn().isBefore(EARLIEST_REFUND) || body.refundedOn().isAfter(today)) {
            throw ProblemException.invalid("refundedOn", EgenbetalingTexts.refundDate(EARLIEST_REFUND, today));
        }
        if (d.endedOn() == null) throw ProblemException.of(ProblemType.REFUND_ONLY_AFTER_END, EgenbetalingTexts.REFUND_ONLY_AFTER_END);
        long credit = Math.max(0, -queries.balance(agreementId));
        if (body.amountOre() > credit) {
            throw ProblemException.of(ProblemType.REFUND_MORE_THAN_CREDIT, "amountOre", EgenbetalingTexts.refundMoreThanCredit(credit));
        }
        queries.insertRefund(UUID.randomUUID(), agreementId, body.amountOre(), body.refundedOn(),
                body.reference() == null || body.reference().isBlank() ? null : body.reference().strip(), user.describe());
        return ledger(agreementId);
    }

    /**
     * R-PAY-4: one page of the arrears with age, per facility and resident, the largest first, with the totals over
     * every agreement the caller may list; arrears never end an agreement by themselves.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Arrears arrears(String facility, PersonMatch match, String sort, Paging p) {
        if (facility != null && !allFacilities() && !scope.worksAt(facility)) {
            throw ProblemException.forbidden(EgenbetalingTexts.notAtFacility(facility));
        }
        ArrearsQueries.ArrearsPage found = arrears.page(Clocks.today(clock), allFacilities(), access.scope(), facility, match, sort, p.size(),
                p.offset());
        List<ArrearsRow> items = found.items().stream()
                .map(a -> new ArrearsRow(a.agreementId(), a.facilityId(), a.personId(), a.personName(), a.unitLabel(),
                        a.days0to30Ore(), a.days31to60Ore(), a.days61to90Ore(), a.over90Ore(), a.totalOre(), flagged(a.totalOre()),
                        a.hasRepaymentPlan()))
                .toList();
        return new Arrears(items, p.page(), p.size(), found.totalItems(), found.days0to30Ore(), found.days31to60Ore(),
                found.days61to90Ore(), found.over90Ore(), found.totalOre(), config.flagThresholdOre());
    }

    // ---------------------------------------------------------------- repayment plans and bostøtte

    @Transactional
    public RepaymentPlan createPlan(UUID agreementId, RepaymentPlanRequest body) {
        requireAccess(agreementId);
        if (!(user.hasRole(Roles.FAGLEDER) || user.hasRole(Roles.OKONOMI))) {
            throw ProblemException.forbidden(EgenbetalingTexts.PLAN_BY_FAGLEDER_OR_OKONOMI);
        }
        long debt = overdue(agreementId);
        if (debt <= 0) throw ProblemException.of(ProblemType.NO_ARREARS, EgenbetalingTexts.NO_ARREARS);
        if (!RepaymentPlanProgress.covers(body.instalmentOre(), body.instalments(), debt)) {
            throw ProblemException.invalid("instalments",
                    EgenbetalingTexts.planTooSmall(body.instalmentOre() * body.instalments(), debt));
        }
        UUID id = UUID.randomUUID();
        queries.insertPlan(id, agreementId, debt, body.startDate(), body.instalmentOre(), body.instalments(), user.describe());
        return plans(agreementId).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Each plan with how it stands today ({@link RepaymentPlanProgress}). */
    List<RepaymentPlan> plans(UUID agreementId) {
        LocalDate today = Clocks.today(clock);
        long overdueNow = overdue(agreementId);
        List<RepaymentPlan> out = new ArrayList<>();
        for (LedgerQueries.PlanRow r : queries.plans(agreementId)) {
            var plan = new RepaymentPlanProgress.Plan(r.debtOre(), r.startDate(), r.instalmentOre(), r.instalments());
            var progress = RepaymentPlanProgress.of(plan, today, queries.paidSince(agreementId, r.startDate()),
                    queries.fallenDue(agreementId, r.startDate(), today), overdueNow);
            out.add(new RepaymentPlan(r.id(), r.debtOre(), r.startDate(), r.instalmentOre(), r.instalments(), progress.state(),
                    progress.paidTowardsOre(), progress.expectedByTodayOre(), r.createdAt(), r.createdBy()));
        }
        return out;
    }

    @Transactional
    public HousingBenefit recordBenefit(UUID agreementId, HousingBenefitRequest body) {
        requireAccess(agreementId);
        HousingBenefitStatus status = Enums.parse(HousingBenefitStatus.class, "status", body.status(),
                EgenbetalingTexts.oneOf(HousingBenefitStatus.values()));
        if (status == HousingBenefitStatus.GRANTED && (body.amountOre() == null || body.fromDate() == null)) {
            throw ProblemException.invalid(body.amountOre() == null ? "amountOre" : "fromDate", EgenbetalingTexts.REQUIRED_WHEN_GRANTED);
        }
        UUID id = UUID.randomUUID();
        queries.insertBenefit(id, agreementId, status, body.appliedOn(), body.amountOre(), body.fromDate(), body.toDate(),
                user.describe());
        return queries.benefits(agreementId).stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- export, closed periods, dimensions (R-PAY-6)

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExportRow> export(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw ProblemException.badRequest("to", EgenbetalingTexts.NOT_BEFORE_FROM);
        return queries.export(from, to, defaults());
    }

    private LedgerQueries.Dimensions defaults() {
        return new LedgerQueries.Dimensions(accounting.art(), accounting.ansvar(), accounting.funksjon());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClosedPeriods closedPeriods() {
        var through = queries.closedThrough();
        return new ClosedPeriods(through.map(t -> YearMonth.from(t).toString()).orElse(null),
                through.map(t -> YearMonth.from(t).plusMonths(1).toString()).orElse(null), queries.closings());
    }

    /**
     * Closes the accounts through a month that is over: nothing is booked in it or before it any more, and
     * lines that concern it (a late correction, a late payment) are booked in the first open month. A month
     * once closed stays closed.
     */
    @Transactional
    public ClosedPeriods closePeriod(ClosePeriodRequest body) {
        YearMonth month = closable(body.closedThrough());
        queries.lockClosings();
        YearMonth current = YearMonth.from(Clocks.today(clock));
        if (!month.isBefore(current)) {
            throw ProblemException.of(ProblemType.PERIOD_NOT_OVER, "closedThrough", EgenbetalingTexts.periodNotOver(month));
        }
        var through = queries.closedThrough().map(YearMonth::from);
        if (through.isPresent() && !month.isAfter(through.get())) {
            throw ProblemException.of(ProblemType.PERIOD_ALREADY_CLOSED, "closedThrough",
                    EgenbetalingTexts.periodAlreadyClosed(through.get()));
        }
        queries.close(month.atDay(1), user.describe());
        return closedPeriods();
    }

    private static YearMonth closable(String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.getYear() >= 2000) return month;
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalid("closedThrough", EgenbetalingTexts.VALID_MONTH);
    }

    /** One page of the facilities by name with their dimensions: one row per facility, 2 000 in a national installation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<FacilityDimensions> dimensions(Paging p) {
        return new PageResult<>(queries.dimensions(defaults(), p.size(), p.offset()), p.page(), p.size(), queries.countFacilities());
    }

    @Transactional
    public FacilityDimensions saveDimensions(String facilityId, DimensionsRequest body) {
        if (!queries.facilityExists(facilityId)) throw ProblemException.notFound(EgenbetalingTexts.FACILITY, facilityId);
        queries.saveDimensions(facilityId, new LedgerQueries.Dimensions(body.art().strip(), body.ansvar().strip(),
                body.funksjon().strip()), user.describe());
        return queries.dimensionsOf(facilityId, defaults()).orElseThrow();
    }

    /** The export as CSV for the municipality's accounts: one record a line, ';' between fields. */
    public static String csv(List<ExportRow> rows) {
        Csv csv = Csv.forMachines("record", "date", "booked_period", "agreement_id", "facility_id", "kid", "amount_ore",
                "reference", "art", "ansvar", "funksjon");
        for (ExportRow r : rows) {
            csv.row(r.record(), r.date(), r.bookedPeriod(), r.agreementId(), r.facilityId(), r.kid(), r.amountOre(),
                    r.reference(), r.art(), r.ansvar(), r.funksjon());
        }
        return csv.toString();
    }
}
