package no.kommune.bta.person;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * R-ACC-2 (issue 15): after the whole test run, the backend's log holds no valid identity number. The %test profile
 * writes the log at INFO and above, as production does, to {@code target/quarkus-test.log} as well as the console;
 * the file is removed before the tests start (pom.xml, maven-clean-plugin) and this check runs in the
 * {@code verify} phase, after every test (a second surefire execution, {@code log-scan}). It is not a {@code *Tests}
 * class, so the test phase does not run it: {@code ./mvnw verify} does.
 */
class NoIdentityNumberInTestLogCheck {
    private static final Path LOG = Path.of(System.getProperty("bta.test.log", "target/quarkus-test.log"));

    @Test
    void R_ACC_2_the_backend_log_of_the_test_run_holds_no_identity_number() throws IOException {
        List<Path> files = logFiles();
        assertTrue(!files.isEmpty(), "no backend log at " + LOG.toAbsolutePath() + ": the %test profile must write one");
        boolean started = false;
        List<IdentityNumberScan.Finding> findings = new ArrayList<>();
        for (Path f : files) {
            started |= Files.readString(f).contains("Profile test activated");
            findings.addAll(IdentityNumberScan.scan(f));
        }
        assertTrue(started, LOG + " is not the log of a Quarkus test run");
        System.out.printf("Log scan: %d file(s), %d identity number(s)%n", files.size(), findings.size());
        assertTrue(findings.isEmpty(), "identity numbers in the backend's log (file:line: masked number):\n"
                + String.join("\n", findings.stream().map(Object::toString).toList()));
    }

    /** The log and any rotated parts of it ({@code quarkus-test.log.1}, …). */
    private static List<Path> logFiles() throws IOException {
        Path dir = LOG.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) return List.of();
        String name = LOG.getFileName().toString();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(name) || p.getFileName().toString().startsWith(name + "."))
                    .sorted().toList();
        }
    }
}
