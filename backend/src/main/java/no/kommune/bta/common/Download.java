package no.kommune.bta.common;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A document as a response the browser saves or shows under a human file name ("Avtale Ida Solbakken 2026-10-27.pdf",
 * issue 18). The Content-Disposition header carries the name twice, as RFC 6266 asks: {@code filename*} in UTF-8 for
 * every browser of today, and {@code filename} in plain ASCII (æ, ø and å spelt ae, o and a) for the rest.
 */
public final class Download {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Download() {
    }

    /** Saved by the browser (CSV files and reports). */
    public static Response attachment(Object body, String mediaType, String filename) {
        return Response.ok(body, mediaType).header("Content-Disposition", header("attachment", filename)).build();
    }

    /** Shown by the browser, saved under the name (letters and the agreement). */
    public static Response inline(Object body, String mediaType, String filename) {
        return Response.ok(body, mediaType).header("Content-Disposition", header("inline", filename)).build();
    }

    /** {@code attachment; filename="Avtale Ase Solbakken.pdf"; filename*=UTF-8''Avtale%20%C3%85se%20Solbakken.pdf}. */
    public static String header(String disposition, String filename) {
        String name = clean(filename);
        return disposition + "; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** No control characters, no path separators: a name, never a path. */
    private static String clean(String filename) {
        return filename.replaceAll("[\\p{Cntrl}/\\\\]", " ").replaceAll("\\s+", " ").strip();
    }

    /** The name in printable ASCII without quotes: Norwegian letters spelt out, dashes as hyphens, other accents dropped, the rest '_'. */
    static String ascii(String name) {
        String spelt = name.replace("Æ", "Ae").replace("æ", "ae").replace("Ø", "O").replace("ø", "o")
                .replace("Å", "A").replace("å", "a").replace('–', '-').replace('—', '-');
        String plain = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char ch : plain.toCharArray()) out.append(ch >= 0x20 && ch < 0x7f && ch != '"' ? ch : '_');
        return out.toString();
    }

    /** RFC 8187 value: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ATTR_CHARS.indexOf(ch) >= 0) {
                out.append(ch);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
