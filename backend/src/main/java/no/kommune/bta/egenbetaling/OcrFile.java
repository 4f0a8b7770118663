package no.kommune.bta.egenbetaling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Norwegian banks' OCR giro file (fixed width, 80 characters a record), parsed and checked.
 * Layout used (positions 1-based, inclusive):
 * <pre>
 * every record  1-2 "NY", 3-4 service code, 5-6 transaction/assignment type, 7-8 record type
 * 10 transmission start   9-16 data sender, 17-23 transmission number, 24-31 data recipient
 * 20 assignment start     9-17 agreement id, 18-24 assignment number, 25-35 assignment account
 * 30 amount item 1        9-15 transaction number, 16-21 settlement date DDMMYY, 22-23 centre, 24-25 day code,
 *                          26 partial settlement, 27-31 serial number, 32 sign, 33-49 amount in øre, 50-74 KID
 * 31 amount item 2        9-15 transaction number, 16-25 form number, 26-34 archive reference, 35 filler,
 *                          36-41 payment date DDMMYY, 42-52 debit account
 * 88 assignment end       9-16 transactions, 17-24 records, 25-41 sum in øre, 42-47 settlement date
 * 89 transmission end     9-16 transactions, 17-24 records, 25-41 sum in øre, 42-47 settlement date
 * </pre>
 * Items 30 and 31 come in pairs with the same transaction number. Counts and sums in the end records
 * must match the items; anything else makes the whole file invalid (nothing is imported). An amount outside
 * the bounds of one payment is not a fault of the file: that line alone is refused when the file is imported
 * ({@link BankImportService}).
 */
public final class OcrFile {
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    /** How every bank-file reference begins; no other channel may register one (R-PAY-3). */
    public static final String REFERENCE_PREFIX = "OCR:";

    /** A payment in the file; {@code line} is the line of its amount item 1. */
    public record Item(String transactionNumber, String kid, long amountOre, LocalDate paymentDate,
                       String archiveReference, LocalDate settlementDate, int line) {
        /** What makes a payment unique across imports: the bank's archive reference and transaction. */
        public String sourceReference() {
            return REFERENCE_PREFIX + settlementDate + ":" + archiveReference + ":" + transactionNumber;
        }
    }

    public static final class Invalid extends RuntimeException {
        public final int line;

        Invalid(int line, String message) {
            super("Linje " + line + ": " + message);
            this.line = line;
        }
    }

    private OcrFile() {
    }

    public static List<Item> parse(String content) {
        String[] lines = content.replace("\r", "").split("\n");
        List<Item> items = new ArrayList<>();
        boolean started = false, ended = false, inAssignment = false;
        long assignmentSum = 0, transmissionSum = 0;
        int assignmentTx = 0, transmissionTx = 0, assignmentRecords = 0, transmissionRecords = 0;
        String[] pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int no = i + 1;
            if (l.isBlank()) continue;
            if (l.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) throw new Invalid(no, "posten inneholder et kontrolltegn");
            if (l.length() != 80) throw new Invalid(no, "posten har " + l.length() + " tegn, ikke 80");
            if (!l.startsWith("NY")) throw new Invalid(no, "posten starter ikke med NY");
            if (ended) throw new Invalid(no, "poster etter forsendelsens sluttpost");
            String type = l.substring(6, 8);
            transmissionRecords++;
            if (inAssignment) assignmentRecords++;
            switch (type) {
                case "10" -> {
                    if (started) throw new Invalid(no, "to startposter for forsendelse");
                    started = true;
                }
                case "20" -> {
                    if (!started || inAssignment) throw new Invalid(no, "startpost for oppdrag på feil sted");
                    inAssignment = true;
                    assignmentRecords = 1;
                    assignmentSum = 0;
                    assignmentTx = 0;
                }
                case "30" -> {
                    if (!inAssignment || pending != null) throw new Invalid(no, "beløpspost 1 på feil sted");
                    pending = new String[] {l.substring(8, 15), l.substring(15, 21), l.substring(32, 49), l.substring(49, 74).strip()};
                    pendingLine = no;
                }
                case "31" -> {
                    if (pending == null) throw new Invalid(no, "beløpspost 2 uten beløpspost 1");
                    String tx = l.substring(8, 15);
                    if (!tx.equals(pending[0])) throw new Invalid(no, "transaksjonsnummeret skiller seg fra beløpspost 1 på linje " + pendingLine);
                    long amount = number(no, pending[2]);
                    Item item = new Item(tx, pending[3], amount, date(no, l.substring(35, 41)), l.substring(25, 34).strip(),
                            date(pendingLine, pending[1]), pendingLine);
                    if (item.archiveReference().isEmpty()) throw new Invalid(no, "arkivreferanse mangler");
                    items.add(item);
                    assignmentSum = add(no, assignmentSum, amount);
                    transmissionSum = add(no, transmissionSum, amount);
                    assignmentTx++;
                    transmissionTx++;
                    pending = null;
                }
                case "88" -> {
                    if (!inAssignment || pending != null) throw new Invalid(no, "sluttpost for oppdrag på feil sted");
                    check(no, "antall transaksjoner i oppdraget", number(no, l.substring(8, 16)), assignmentTx);
                    check(no, "antall poster i oppdraget", number(no, l.substring(16, 24)), assignmentRecords);
                    check(no, "sum beløp i oppdraget", number(no, l.substring(24, 41)), assignmentSum);
                    inAssignment = false;
                }
                case "89" -> {
                    if (!started || inAssignment) throw new Invalid(no, "sluttpost for forsendelse på feil sted");
                    check(no, "antall transaksjoner i forsendelsen", number(no, l.substring(8, 16)), transmissionTx);
                    check(no, "antall poster i forsendelsen", number(no, l.substring(16, 24)), transmissionRecords);
                    check(no, "sum beløp i forsendelsen", number(no, l.substring(24, 41)), transmissionSum);
                    ended = true;
                }
                default -> throw new Invalid(no, "ukjent posttype " + type);
            }
        }
        if (!started) throw new Invalid(1, "startpost for forsendelse mangler");
        if (!ended) throw new Invalid(lines.length, "sluttpost for forsendelse mangler");
        return items;
    }

    /** A sum of amounts; one too large for any end record makes the file invalid (never an overflow). */
    private static long add(int line, long sum, long amount) {
        try {
            return Math.addExact(sum, amount);
        } catch (ArithmeticException e) {
            throw new Invalid(line, "summen av beløpene er for stor");
        }
    }

    private static void check(int line, String what, long stated, long counted) {
        if (stated != counted) throw new Invalid(line, what + " er " + stated + ", men postene gir " + counted);
    }

    private static long number(int line, String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(line, "«" + s + "» er ikke et tall");
        }
    }

    private static LocalDate date(int line, String s) {
        try {
            return LocalDate.parse(s, DDMMYY);
        } catch (DateTimeParseException e) {
            throw new Invalid(line, "«" + s + "» er ikke en dato (DDMMÅÅ)");
        }
    }
}
