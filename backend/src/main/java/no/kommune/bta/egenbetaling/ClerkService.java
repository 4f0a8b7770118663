package no.kommune.bta.egenbetaling;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Csv;
import no.kommune.bta.common.Dates;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.PdfRenderer;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.egenbetaling.ClerkDtos.Account;
import no.kommune.bta.egenbetaling.ClerkDtos.ImportSummary;
import no.kommune.bta.egenbetaling.ClerkDtos.NavDeduction;
import no.kommune.bta.egenbetaling.ClerkQueries.LetterFacts;
import no.kommune.bta.egenbetaling.ClerkQueries.MonthLine;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ChargeRunView;
import no.kommune.bta.security.CurrentUser;

/**
 * The clerk's desk (okonomi, who reads every agreement's account: invoicing and collection outlive the care):
 * finding an account, the history of charge runs and bank imports, and what the payment method brings about
 * (R-PAY-2): the monthly invoice for INVOICE, the monthly list for NAV for DIRECT_DEDUCTION, and the KID and
 * account letter, once, for STANDING_ORDER.
 */
@ApplicationScoped
public class ClerkService {
    /** The longest search text. */
    static final int MAX_QUERY = 100;

    @Inject
    ClerkQueries queries;

    @Inject
    ChargeRunQueries runs;

    @Inject
    ImportQueries imports;

    @Inject
    InvoiceSettings settings;

    @Inject
    EgenbetalingConfig.Charges charges;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Template paymentletter;

    /** A PDF, whose data it shows (for the access log) and the name it is saved under (issue 18). */
    public record Rendered(List<UUID> personIds, String filename, byte[] pdf) {
    }

    // ---------------------------------------------------------------- finding an account

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Account> accounts(String q, String facility, Paging p) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) throw ProblemException.badRequest("q", ClerkTexts.Q_TOO_LONG);
        String f = facility == null || facility.isBlank() ? null : facility.strip();
        if (f != null && !f.matches("[a-z0-9-]{2,40}")) throw ProblemException.badRequest("facility", ClerkTexts.FACILITY_FORMAT);
        return new PageResult<>(queries.accounts(text, f, Clocks.today(clock), p.size(), p.offset()), p.page(), p.size(),
                queries.countAccounts(text, f));
    }

    // ---------------------------------------------------------------- history

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ChargeRunView> chargeRuns(Paging p) {
        return new PageResult<>(runs.page(p.size(), p.offset()), p.page(), p.size(), runs.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ImportSummary> imports(Paging p) {
        return new PageResult<>(imports.page(p.size(), p.offset()), p.page(), p.size(), imports.count());
    }

    // ---------------------------------------------------------------- R-PAY-2: what the payment method brings about

    /** A month named in a request (ÅÅÅÅ-MM); anything else is a 400 naming the parameter. */
    public static YearMonth period(String name, String value) {
        if (value == null || !value.strip().matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw ProblemException.badRequest(name, EgenbetalingTexts.VALID_MONTH);
        }
        return Dates.checked(name, YearMonth.parse(value.strip()));
    }

    /** INVOICE: the resident's invoice for the month, with the month's amount and the charge's KID. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered invoice(UUID agreementId, YearMonth month) {
        LetterFacts facts = facts(agreementId);
        if (facts.method() != PaymentMethod.INVOICE) throw ProblemException.of(ProblemType.NOT_INVOICED, ClerkTexts.NOT_INVOICE);
        MonthLine line = queries.monthLines(month, null, agreementId).stream().findFirst()
                .orElseThrow(() -> ProblemException.of(ProblemType.NOTHING_TO_INVOICE, ClerkTexts.nothingOwed(month)));
        return new Rendered(List.of(facts.personId()), "Faktura " + facts.personName() + " " + month + ".pdf",
                render(List.of(ClerkTexts.invoice(line, settings))));
    }

    /** INVOICE: every invoiced resident's invoice for the month in one file, a page each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered invoices(YearMonth month) {
        List<MonthLine> lines = queries.monthLines(month, PaymentMethod.INVOICE, null);
        if (lines.isEmpty()) throw ProblemException.of(ProblemType.NOTHING_TO_INVOICE, ClerkTexts.noInvoices(month));
        return new Rendered(lines.stream().map(MonthLine::personId).toList(), "Fakturaer " + month + ".pdf",
                render(lines.stream().map(l -> ClerkTexts.invoice(l, settings)).toList()));
    }

    /** DIRECT_DEDUCTION: the month's list for NAV. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NavDeduction> navDeductions(YearMonth month) {
        return queries.navDeductions(month);
    }

    /** The NAV list as CSV: one resident a line, ';' between fields, amounts in øre. */
    public static String csv(List<NavDeduction> rows) {
        Csv csv = Csv.forMachines(ClerkTexts.NAV_CSV_HEADER.toArray(String[]::new));
        for (NavDeduction r : rows) {
            csv.row(r.period(), r.agreementId(), r.personId(), r.personName(), r.birthDate(), r.facilityId(), r.unitLabel(),
                    r.amountOre(), r.kid(), r.dueDate(), r.deductionAgreementSignedOn());
        }
        return csv.toString();
    }

    /**
     * STANDING_ORDER: the letter with the KID and the account the resident's standing order pays to. The first time
     * it is produced is recorded (the clerk sees on the account that it was sent); later copies carry the same KID.
     */
    @Transactional
    public Rendered standingOrderLetter(UUID agreementId) {
        LetterFacts facts = facts(agreementId);
        if (facts.method() != PaymentMethod.STANDING_ORDER) {
            throw ProblemException.of(ProblemType.NOT_STANDING_ORDER, ClerkTexts.NOT_STANDING_ORDER);
        }
        String kid = queries.standingOrderLetter(agreementId).map(ClerkQueries.LetterSent::kid)
                .or(() -> queries.firstKid(agreementId))
                .orElseThrow(() -> ProblemException.of(ProblemType.NO_KID_YET, ClerkTexts.NO_KID_YET));
        queries.recordStandingOrderLetter(agreementId, kid, user.describe());
        return new Rendered(List.of(facts.personId()), "Fast betaling " + facts.personName() + ".pdf",
                render(List.of(ClerkTexts.standingOrderLetter(facts, kid, settings, charges.dueDay()))));
    }

    /** The agreement's facts; an agreement that does not exist is a 404. */
    private LetterFacts facts(UUID agreementId) {
        return queries.letterFacts(agreementId, Clocks.today(clock))
                .orElseThrow(() -> ProblemException.notFound(EgenbetalingTexts.AGREEMENT, agreementId));
    }

    private byte[] render(List<ClerkTexts.Page> pages) {
        return PdfRenderer.render(paymentletter.data("pages", pages).render());
    }
}
