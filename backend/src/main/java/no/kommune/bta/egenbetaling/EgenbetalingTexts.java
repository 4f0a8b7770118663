package no.kommune.bta.egenbetaling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;

/** Egenbetaling's Norwegian user text in one place: ledger lines, refusals and what a stopped job says. */
public final class EgenbetalingTexts {
    private EgenbetalingTexts() {
    }

    // ---------------------------------------------------------------- things looked up by id

    static final String AGREEMENT = "Avtalen";
    static final String PAYMENT = "Betalingen";
    static final String BANK_IMPORT = "Innlesingen";
    static final String CHARGE_RUN = "Kjøringen";

    // ---------------------------------------------------------------- the jobs

    static final String CHARGE_RUN_STALLED = "Kjøringen stoppet uten å bli ferdig (tjenesten ble trolig startet på nytt). "
            + "Start den igjen: avtaler som alt har trekk for måneden, hoppes over.";
    static final String BANK_IMPORT_STALLED = "Innlesingen stoppet uten å bli ferdig (tjenesten ble trolig startet på nytt). "
            + "Les inn filen igjen: betalinger som alt er registrert, telles som duplikater.";

    static String chargeRunRunning(YearMonth month) {
        return "Vent til kjøringen for " + month + " er ferdig";
    }

    // ---------------------------------------------------------------- the ledger

    /** "Egenbetaling 03.2026", with the days charged when the month was not charged whole. */
    static String chargeLine(LocalDate period, int days) {
        String text = String.format("Egenbetaling %02d.%04d", period.getMonthValue(), period.getYear());
        return days < YearMonth.from(period).lengthOfMonth() ? text + " (" + days + " dager)" : text;
    }

    /** "Korreksjon 03.2026: utflytting (12 dager)": what changed a charged month, and its days after the change. */
    static String correctionLine(LocalDate period, ChargeCause cause, int days) {
        String why = switch (cause) {
            case MOVE_IN -> "innflytting";
            case MOVE_OUT -> "utflytting";
            case FEE_CHANGE -> "endret egenbetaling";
            case VOID -> "annullert avtale";
            case CONVERSION -> "omgjøring av botiltaket";
            case RUN -> "endret grunnlag";
        };
        return String.format("Korreksjon %02d.%04d: %s (%d dager)", period.getMonthValue(), period.getYear(), why, days);
    }

    static final String REFUND_LINE = "Kreditt tilbakebetalt til beboer";

    /** "Innbetaling (ocr)". */
    static String paymentLine(PaymentChannel channel) {
        return "Innbetaling (" + channel.name().toLowerCase(Locale.ROOT) + ")";
    }

    // ---------------------------------------------------------------- refusals

    static final String DEDUCTION_NEEDS_SIGNED_AGREEMENT = "Direkte trekk fra NAV-ytelser krever datoen trekkavtalen ble signert";
    static final String NO_ARREARS = "Avtalen har ingen forfalt restanse å betale ned";
    static final String PLAN_BY_FAGLEDER_OR_OKONOMI = "Nedbetalingsplan settes opp av fagleder eller økonomi";
    static final String REQUIRED_WHEN_GRANTED = "må fylles ut når bostøtte er innvilget";
    static final String NO_SUCH_AGREEMENT = "avtalen finnes ikke";
    static final String FACILITY = "Botiltaket";
    static final String REFUND_ONLY_AFTER_END = "Mens avtalen løper, dekker kreditten de neste trekkene; "
            + "den betales tilbake når avtalen er avsluttet";

    static String refundMoreThanCredit(long creditOre) {
        return "kan være høyst kreditten på avtalen, " + creditOre + " øre";
    }

    static String refundDate(LocalDate earliest, LocalDate today) {
        return "må være en dag fra " + earliest + " til i dag (" + today + "): tilbakebetalingen registreres når den er gjort";
    }

    static String periodNotOver(YearMonth month) {
        return month + " er ikke over ennå; bare måneder som er over kan avsluttes";
    }

    static String periodAlreadyClosed(YearMonth through) {
        return "regnskapet er allerede avsluttet til og med " + through;
    }

    static String planTooSmall(long coversOre, long debtOre) {
        return "planen dekker " + coversOre + " øre, restansen er " + debtOre + " øre";
    }

    static String notAtFacility(String facility) {
        return "Du arbeider ikke ved botiltaket «" + facility + "»";
    }

    /** "må være A, B eller C" for the values of an enum. */
    static String oneOf(Enum<?>[] values) {
        String[] names = Arrays.stream(values).map(Enum::name).toArray(String[]::new);
        return "må være " + String.join(", ", Arrays.copyOf(names, names.length - 1)) + " eller " + names[names.length - 1];
    }

    static String idempotencyKeyReused(String key) {
        return "Idempotency-Key «" + key + "» ble brukt med et annet innhold";
    }

    static String idempotencyKeyInProgress(String key) {
        return "Prøv igjen når den første forespørselen med Idempotency-Key «" + key + "» er ferdig";
    }

    // ---------------------------------------------------------------- request parameters

    static final String VALID_MONTH = "må være en gyldig måned (ÅÅÅÅ-MM)";
    static final String IDEMPOTENCY_KEY_REQUIRED = "headeren må være med (høyst 200 tegn)";
    static final String EMPTY_FILE = "filen er tom";
    static final String AT_MOST_200 = "høyst 200 tegn";
    static final String CSV_OR_JSON = "må være csv eller json";
    static final String NOT_BEFORE_FROM = "kan ikke være før from";

    // ---------------------------------------------------------------- bounds and periods (issue 14, deliverable 4)

    /** A bank-file line refused on its own: "Linje 7: beløpet 0 øre er utenfor grensene for én betaling …". */
    static String lineOutsideBounds(int line, long amountOre, long maxOre) {
        return "Linje " + line + ": beløpet " + amountOre + " øre er utenfor grensene for én betaling (1–" + maxOre
                + " øre) og er ikke registrert";
    }

    /** The months a charge run may be started for. */
    static String periodOutside(YearMonth first, YearMonth last) {
        return "må være fra " + first + " (første innflytting) til " + last;
    }

    static final String PAID_ON_YEARS = "må være i årene 2000–2099";

    static final String BANK_REFERENCE_RESERVED = "en referanse som begynner med " + OcrFile.REFERENCE_PREFIX
            + " er forbeholdt bankfilen";
}
