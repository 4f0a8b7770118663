import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * bench/generate's access-log step: turns the planned rows into access_log rows with their SHA-256 chain.
 * <p>
 * Reads, as COPY BINARY from stdin, one tuple a row in seq order: (seq int8, at timestamptz, tno int4, rid uuid,
 * pno int4, cid int8): the row's number, time, template (who and which operation, from the file named by the first
 * argument, 80_access_log.sql's gen.tpl), resource id, person number and call. Writes, as COPY BINARY to stdout, the
 * access_log columns (id, at, subject, username, actor_name, roles, actor_units, client_id, http_method, path,
 * operation, resource_type, resource_id, person_id, outcome, correlation_id, seq, hash), where
 * hash = sha256(previous row's hash || the row's text) and the text is exactly what access_log_link (V21) builds:
 * concat_ws(',', seq, epoch microseconds, quote_nullable(...) of each column, outcome). The first row links to the
 * empty hash. Person ids are md5('bench/person/' || pno) as uuid (gen.id), correlation ids md5('bench/call/' || cid).
 * <p>
 * Also writes, to the files named by the second and third arguments, the nightly checkpoints (seq, hash and time of
 * the last row before each night's verification at 03:15 Europe/Oslo, AccessLogVerifier.nightly, up to now) and the
 * head (the last row's seq and hash), as COPY text.
 * <p>
 * It stops (exit 1) when a row comes out of seq order, or a value would need quoting that this program does not do
 * (a backslash, an array element that is not a plain token): the chain would not verify.
 */
public class AccessLogChain {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int TEXT_OID = 25;

    record Template(byte[] subject, byte[] username, byte[] actorName, List<byte[]> roles, List<byte[]> units,
                    byte[] clientId, byte[] operation, byte[] resourceType, byte[] prefix, byte[] suffix, boolean list) {
    }

    public static void main(String[] args) throws Exception {
        Map<Integer, Template> templates = readTemplates(Path.of(args[0]));
        StringBuilder checkpoints = new StringBuilder();
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        Instant now = Instant.now();
        LocalDate prevNight = null;
        long prevSeq = 0;
        byte[] prevHash = null;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 20));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(System.out, 1 << 20));

        byte[] sig = new byte[11];
        in.readFully(sig);
        if (!Arrays.equals(sig, SIGNATURE)) throw new IllegalStateException("not a COPY BINARY stream");
        in.readInt();
        in.skipNBytes(in.readInt());
        out.write(SIGNATURE);
        out.writeInt(0);
        out.writeInt(0);

        byte[] prev = new byte[0];
        byte[] person = new byte[36], rid = new byte[36], corr = new byte[36], ridRaw = new byte[16], personRaw = null;
        Buf text = new Buf();
        byte[] get = "GET".getBytes(StandardCharsets.US_ASCII);
        byte[] ok = "200".getBytes(StandardCharsets.US_ASCII);
        long expect = 1;
        while (true) {
            short fields = in.readShort();
            if (fields == -1) break;
            if (fields != 6) throw new IllegalStateException("expected 6 fields, got " + fields);
            long seq = readLong(in);
            long at = readLong(in);
            int tno = readInt(in);
            boolean hasRid = in.readInt() == 16;
            if (hasRid) in.readFully(ridRaw);
            int pnoLen = in.readInt();
            int pno = pnoLen == 4 ? in.readInt() : -1;
            long cid = readLong(in);
            if (seq != expect) throw new IllegalStateException("row " + seq + " came where row " + expect + " was due");
            expect++;
            Template t = templates.get(tno);
            if (t == null) throw new IllegalStateException("row " + seq + ": no template " + tno);
            if (hasRid) uuidText(ridRaw, 0, rid);
            if (pno >= 0) {
                personRaw = md5.digest(("bench/person/" + pno).getBytes(StandardCharsets.US_ASCII));
                uuidText(personRaw, 0, person);
            }
            uuidText(md5.digest(("bench/call/" + cid).getBytes(StandardCharsets.US_ASCII)), 0, corr);
            byte[] path = t.list || !hasRid ? t.prefix : concat(t.prefix, rid, t.suffix);

            // the text access_log_link hashes
            text.reset();
            text.ascii(Long.toString(seq)).comma();
            text.ascii(Long.toString(at + PG_EPOCH_MICROS)).comma();
            text.quoted(t.subject).comma().quoted(t.username).comma().quoted(t.actorName).comma();
            text.quotedArray(t.roles).comma().quotedArray(t.units).comma().quoted(t.clientId).comma();
            text.quoted(get).comma().quoted(path).comma().quoted(t.operation).comma().quoted(t.resourceType).comma();
            text.quoted(hasRid ? rid : null).comma().quoted(pno >= 0 ? person : null).comma();
            text.bytes(ok).comma().quoted(corr);
            sha.update(prev);
            sha.update(text.b, 0, text.n);
            prev = sha.digest();

            // the night whose verification is the first after this row
            LocalDate night = Instant.ofEpochSecond(0, (at + PG_EPOCH_MICROS) * 1000).atZone(oslo).toLocalDateTime()
                    .minusHours(3).minusMinutes(15).toLocalDate().plusDays(1);
            if (prevNight != null && !night.equals(prevNight)) checkpoint(checkpoints, prevNight, prevSeq, prevHash, oslo, now);
            prevNight = night;
            prevSeq = seq;
            prevHash = prev;

            out.writeShort(18);
            out.writeInt(8);
            out.writeLong(seq);
            out.writeInt(8);
            out.writeLong(at);
            field(out, t.subject);
            field(out, t.username);
            field(out, t.actorName);
            array(out, t.roles);
            array(out, t.units);
            field(out, t.clientId);
            field(out, get);
            field(out, path);
            field(out, t.operation);
            field(out, t.resourceType);
            field(out, hasRid ? rid : null);
            if (pno >= 0) {
                out.writeInt(16);
                out.write(personRaw);
            } else {
                out.writeInt(-1);
            }
            out.writeInt(4);
            out.writeInt(200);
            field(out, corr);
            out.writeInt(8);
            out.writeLong(seq);
            out.writeInt(32);
            out.write(prev);
        }
        out.writeShort(-1);
        out.flush();
        if (prevNight != null) checkpoint(checkpoints, prevNight, prevSeq, prevHash, oslo, now);
        Files.writeString(Path.of(args[1]), checkpoints);
        Files.writeString(Path.of(args[2]), prevHash == null ? "" : prevSeq + "\t" + hex(prevHash) + "\n");
        System.err.println("access log: " + (expect - 1) + " rows chained");
    }

    private static void checkpoint(StringBuilder sb, LocalDate night, long seq, byte[] hash, ZoneId oslo, Instant now) {
        Instant verifiedAt = night.atTime(LocalTime.of(3, 15, 12)).atZone(oslo).toInstant();
        if (verifiedAt.isAfter(now)) return;
        sb.append(seq).append('\t').append("\\\\x").append(hex(hash)).append('\t').append(verifiedAt).append('\n');
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append((char) HEX[(x >> 4) & 15]).append((char) HEX[x & 15]);
        return sb.toString();
    }

    private static Map<Integer, Template> readTemplates(Path file) throws IOException {
        Map<Integer, Template> m = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            m.put(Integer.parseInt(f[0]), new Template(txt(f[1]), txt(f[2]), txt(f[3]), list(f[4]), list(f[5]), txt(f[6]), txt(f[7]),
                    txt(f[8]), txt(f[9]), txt(f[10]), f[11].equals("t")));
        }
        return m;
    }

    private static byte[] txt(String s) {
        if (s.equals("\\N")) return null;
        if (s.indexOf('\\') >= 0) throw new IllegalStateException("a template value holds a backslash: " + s);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An array's elements, comma separated in the file; each a plain token, so that its text form needs no quotes. */
    private static List<byte[]> list(String s) {
        if (s.isEmpty()) return List.of();
        return Arrays.stream(s.split(",")).map(e -> {
            if (!e.matches("[a-z0-9][a-z0-9_-]*") || e.equalsIgnoreCase("null")) {
                throw new IllegalStateException("an array element that would need quoting: " + e);
            }
            return e.getBytes(StandardCharsets.US_ASCII);
        }).toList();
    }

    private static long readLong(DataInputStream in) throws IOException {
        if (in.readInt() != 8) throw new IllegalStateException("expected an 8-byte value");
        return in.readLong();
    }

    private static int readInt(DataInputStream in) throws IOException {
        if (in.readInt() != 4) throw new IllegalStateException("expected a 4-byte value");
        return in.readInt();
    }

    private static void field(DataOutputStream out, byte[] v) throws IOException {
        if (v == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(v.length);
            out.write(v);
        }
    }

    /** A one-dimensional text[] in PostgreSQL's binary array format (array_send). */
    private static void array(DataOutputStream out, List<byte[]> elements) throws IOException {
        int len = 12 + (elements.isEmpty() ? 0 : 8);
        for (byte[] e : elements) len += 4 + e.length;
        out.writeInt(len);
        out.writeInt(elements.isEmpty() ? 0 : 1);
        out.writeInt(0);
        out.writeInt(TEXT_OID);
        if (!elements.isEmpty()) {
            out.writeInt(elements.size());
            out.writeInt(1);
            for (byte[] e : elements) {
                out.writeInt(e.length);
                out.write(e);
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] r = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, r, i, p.length);
            i += p.length;
        }
        return r;
    }

    /** 16 bytes as uuid text (8-4-4-4-12, lower case), as uuid_out writes it. */
    private static void uuidText(byte[] raw, int from, byte[] to) {
        int j = 0;
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) to[j++] = '-';
            to[j++] = HEX[(raw[from + i] >> 4) & 15];
            to[j++] = HEX[raw[from + i] & 15];
        }
    }

    /** The text being hashed: quote_nullable of text (no backslashes here, so no E'' form) and of a text[]. */
    static final class Buf {
        byte[] b = new byte[4096];
        int n;

        void reset() {
            n = 0;
        }

        private void room(int more) {
            if (n + more > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
        }

        Buf bytes(byte[] v) {
            room(v.length);
            System.arraycopy(v, 0, b, n, v.length);
            n += v.length;
            return this;
        }

        Buf ascii(String s) {
            return bytes(s.getBytes(StandardCharsets.US_ASCII));
        }

        Buf comma() {
            room(1);
            b[n++] = ',';
            return this;
        }

        Buf quoted(byte[] v) {
            if (v == null) return ascii("NULL");
            room(2 * v.length + 2);
            b[n++] = '\'';
            for (byte c : v) {
                if (c == '\\') throw new IllegalStateException("a value holds a backslash");
                if (c == '\'') b[n++] = '\'';
                b[n++] = c;
            }
            b[n++] = '\'';
            return this;
        }

        Buf quotedArray(List<byte[]> elements) {
            room(2);
            b[n++] = '\'';
            b[n++] = '{';
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) comma();
                bytes(elements.get(i));
            }
            room(2);
            b[n++] = '}';
            b[n++] = '\'';
            return this;
        }
    }

    static {
        // a stream that ends without its trailer is a failed export, not an empty log
        Thread.setDefaultUncaughtExceptionHandler((th, e) -> {
            System.err.println("access log chain: " + (e instanceof EOFException ? "the stream ended early" : e.getMessage()));
            System.exit(1);
        });
    }
}
