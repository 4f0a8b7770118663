package no.kommune.bta.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds valid national identity numbers (fødselsnummer and D-nummer, synthetic test numbers included) in text, by
 * their check digits ({@link NationalId}, nocommons). Eleven digits standing alone, or written with a space, dot or
 * dash after the birth date; a masked number ("010190 *****") is not one. A finding names where it is and the masked
 * number only, so that the report of a leak does not leak the number again.
 */
public final class IdentityNumberScan {
    private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(\\d{6})[ .-]?(\\d{5})(?!\\d)");

    /** One valid number in a line of a file; {@code masked} is the birth date and five stars. */
    public record Finding(String where, int line, String masked) {
        @Override
        public String toString() {
            return where + ":" + line + ": " + masked;
        }
    }

    private IdentityNumberScan() {
    }

    /** The valid numbers in one line of text, masked. */
    public static List<String> numbersIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(2);
            if (NationalId.parse(digits, true) != null) out.add(NationalId.mask(digits));
        }
        return out;
    }

    /** Every valid number in the file, line by line (read as UTF-8, undecodable bytes replaced). */
    public static List<Finding> scan(Path file) {
        List<Finding> out = new ArrayList<>();
        try (Stream<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()) {
            int[] no = {0};
            lines.forEach(line -> {
                no[0]++;
                for (String masked : numbersIn(line)) out.add(new Finding(file.getFileName().toString(), no[0], masked));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
