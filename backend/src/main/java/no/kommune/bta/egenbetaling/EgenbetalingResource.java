package no.kommune.bta.egenbetaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Download;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.common.StaffDirectory;
import no.kommune.bta.common.jobs.JobState;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.*;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.person.PersonDtos.PersonSearch;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/egenbetaling")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "egenbetaling")
public class EgenbetalingResource {

    @Inject
    ChargeRunService runs;

    @Inject
    PaymentService payments;

    @Inject
    LedgerService ledger;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    StaffDirectory directory;

    @Inject
    BankImportService imports;

    @POST
    @Path("charge-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OKONOMI)
    public Response startChargeRun(@Valid @NotNull(message = "mangler innhold") ChargeRunRequest body, UriInfo uri) {
        YearMonth month;
        try {
            month = YearMonth.parse(body.period());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("period", EgenbetalingTexts.VALID_MONTH);
        }
        ChargeRunView v = runs.start(month, user.describe());
        return Response.accepted(v).location(uri.getBaseUriBuilder().path("api/egenbetaling/charge-runs/{id}").build(v.id())).build();
    }

    @GET
    @Path("charge-runs/{runId}")
    @RolesAllowed(Roles.OKONOMI)
    public ChargeRunView getChargeRun(@RestPath UUID runId) {
        return runs.get(runId);
    }

    /** R-PAY-3 for other systems and manual entry, with an Idempotency-Key (IETF draft). */
    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OKONOMI, Roles.INTEGRASJON})
    public Response registerPayment(@RestHeader("Idempotency-Key") String key,
                                    @Valid @NotNull(message = "mangler innhold") NewPayment body) throws Exception {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key", EgenbetalingTexts.IDEMPOTENCY_KEY_REQUIRED);
        }
        // the years a bank file can name (DDMMYY); a date far outside them is a typing error, not a payment
        if (body.paidOn().getYear() < 2000 || body.paidOn().getYear() > 2099) {
            throw ProblemException.invalid("paidOn", EgenbetalingTexts.PAID_ON_YEARS);
        }
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
        IdempotencyStore.Claim claim = IdempotencyStore.Claim.of(user.clientId(), user.subject(), key);
        var stored = idempotency.begin(claim, hash);
        if (stored.isPresent()) {
            int status = stored.get().status();
            return Response.status(status).type(status >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                    .entity(stored.get().body()).header("Idempotent-Replayed", "true").build();
        }
        try {
            PaymentChannel channel = user.hasRole(Roles.INTEGRASJON) ? PaymentChannel.API : PaymentChannel.MANUAL;
            PaymentService.Registered r = payments.register(channel, body.sourceReference(), body.kid(), body.amountOre(),
                    body.paidOn(), null, user.describe());
            int status = r.duplicate() ? 200 : 201;
            // the stored answer names the caller as the first one does: the directory learns a new caller now, not
            // only after the response (StaffDirectoryFilter), or the replay would carry the bare account
            directory.remember(user.describe(), user.member());
            idempotency.complete(claim, status, json.writeValueAsString(r.payment()));
            return Response.status(status).entity(r.payment()).build();
        } catch (ProblemException e) {
            idempotency.complete(claim, e.status(), json.writeValueAsString(e.toProblem("/api/egenbetaling/payments")));
            throw e;
        } catch (RuntimeException e) {
            idempotency.abandon(claim);
            throw e;
        }
    }

    @GET
    @Path("payments")
    @RolesAllowed(Roles.OKONOMI)
    public PageResult<PaymentView> listUnmatchedPayments(@RestQuery String page, @RestQuery String size) {
        Paging p = Paging.of(page, size);
        return new PageResult<>(payments.unmatched(p.size(), p.offset()), p.page(), p.size(), payments.countUnmatched());
    }

    @POST
    @Path("payments/{paymentId}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OKONOMI)
    public PaymentView matchPayment(@RestPath UUID paymentId, @Valid @NotNull(message = "mangler innhold") MatchRequest body) {
        return payments.match(paymentId, body.agreementId());
    }

    /**
     * An OCR giro file from the bank, as plain text; the same file twice registers each payment once.
     * A small file is imported at once (201), a large one as a job to follow at the Location (202).
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.OKONOMI)
    public Response importBankFile(@RestQuery String filename, byte[] content, UriInfo uri) {
        if (content == null || content.length == 0) throw ProblemException.badRequest("body", EgenbetalingTexts.EMPTY_FILE);
        if (filename != null && filename.length() > 200) throw ProblemException.badRequest("filename", EgenbetalingTexts.AT_MOST_200);
        ImportView v = imports.start(filename, new String(content, StandardCharsets.ISO_8859_1), user.describe());
        return Response.status(v.state() == JobState.RUNNING ? 202 : 201).entity(v)
                .location(uri.getBaseUriBuilder().path("api/egenbetaling/imports/{id}").build(v.id())).build();
    }

    @GET
    @Path("imports/{importId}")
    @RolesAllowed(Roles.OKONOMI)
    public ImportView getBankImport(@RestPath UUID importId) {
        return imports.get(importId);
    }

    @GET
    @Path("arrears")
    @RolesAllowed({Roles.OKONOMI, Roles.FAGLEDER, Roles.BOTILTAK})
    public Arrears getArrears(@RestQuery String facility, @RestQuery String sort, @RestQuery String page,
                              @RestQuery String size) {
        return listed(ledger.arrears(facility, PersonMatch.NONE, sort, Paging.of(page, size)));
    }

    /** Issue 18: the arrears of the residents found by name or number, the text in the body (never in a URL). */
    @POST
    @Path("arrears/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OKONOMI, Roles.FAGLEDER, Roles.BOTILTAK})
    public Arrears searchArrears(@Valid @NotNull(message = "mangler innhold") PersonSearch body, @RestQuery String facility,
                                 @RestQuery String sort, @RestQuery String page, @RestQuery String size) {
        return listed(ledger.arrears(facility, PersonMatch.of(body.query()), sort, Paging.of(page, size)));
    }

    /** Every resident on the page is access-logged (R-ACC-4). */
    private Arrears listed(Arrears found) {
        audit.listed(found.items().stream().map(EgenbetalingDtos.ArrearsRow::personId).toList());
        return found;
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.OKONOMI, Roles.INTEGRASJON})
    public Response exportAccounts(@RestQuery String from, @RestQuery String to, @RestQuery String format) {
        LocalDate f = QueryParams.date("from", from), t = QueryParams.date("to", to);
        var rows = ledger.export(f, t);
        if (format == null || format.equals("csv")) {
            return Response.ok(LedgerService.csv(rows), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"egenbetaling-" + f + "-" + t + ".csv\"").build();
        }
        if (!format.equals("json")) throw ProblemException.badRequest("format", EgenbetalingTexts.CSV_OR_JSON);
        return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }

    // ---------------------------------------------------------------- the clerk's desk (issue 14)

    @Inject
    ClerkService clerk;

    @Inject
    AuditContext audit;

    /** Any agreement's account by name, KID, unit or facility; every resident listed lands in the access log. */
    @GET
    @Path("accounts")
    @RolesAllowed(Roles.OKONOMI)
    public PageResult<ClerkDtos.Account> searchAccounts(@RestQuery String q, @RestQuery String facility, @RestQuery String page,
                                                        @RestQuery String size) {
        PageResult<ClerkDtos.Account> found = clerk.accounts(q, facility, Paging.of(page, size));
        audit.listed(found.items().stream().map(ClerkDtos.Account::personId).toList());
        return found;
    }

    /** The charge runs, newest first, the automatic run on the 1st too (started by "system"). */
    @GET
    @Path("charge-runs")
    @RolesAllowed(Roles.OKONOMI)
    public PageResult<ChargeRunView> listChargeRuns(@RestQuery String page, @RestQuery String size) {
        return clerk.chargeRuns(Paging.of(page, size));
    }

    /** The bank file imports, newest first. */
    @GET
    @Path("imports")
    @RolesAllowed(Roles.OKONOMI)
    public PageResult<ClerkDtos.ImportSummary> listBankImports(@RestQuery String page, @RestQuery String size) {
        return clerk.imports(Paging.of(page, size));
    }

    /** R-PAY-2: the month's invoices of every resident paying by INVOICE, one PDF with a page each. */
    @GET
    @Path("invoices")
    @Produces("application/pdf")
    @RolesAllowed(Roles.OKONOMI)
    public Response getMonthlyInvoices(@RestQuery String period) {
        YearMonth month = ClerkService.period("period", period);
        ClerkService.Rendered r = clerk.invoices(month);
        audit.listed(r.personIds());
        return Download.attachment(r.pdf(), "application/pdf", r.filename());
    }

    /** R-PAY-2: the month's list for NAV of the residents paying by deduction from their benefits (CSV or JSON). */
    @GET
    @Path("nav-deductions")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Roles.OKONOMI)
    public Response getNavDeductions(@RestQuery String period, @RestQuery String format) {
        YearMonth month = ClerkService.period("period", period);
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ProblemException.badRequest("format", EgenbetalingTexts.CSV_OR_JSON);
        }
        var rows = clerk.navDeductions(month);
        audit.listed(rows.stream().map(ClerkDtos.NavDeduction::personId).toList());
        if (format == null || format.equals("csv")) {
            return Response.ok(ClerkService.csv(rows), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"nav-trekk-" + month + ".csv\"").build();
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }
}
