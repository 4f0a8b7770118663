package no.kommune.bta.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak for the tests: reused when one already serves the realm on 8180 (bin/dev, bin/test),
 * otherwise started from the unpacked distribution with the checked-in realm and stopped afterwards.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String URL = "http://127.0.0.1:8180";
    private Process process;

    @Override
    public Map<String, String> start() {
        if (!realmUp()) {
            startKeycloak();
        }
        return Map.of();
    }

    private void startKeycloak() {
        Path home = Path.of(System.getProperty("bta.keycloak.home", "../.cache/keycloak-26.4.7"));
        Path realm = Path.of(System.getProperty("bta.realm.file", "../keycloak/realm-bta.json"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + " (run ./mvnw generate-test-resources)");
        }
        try {
            deleteTree(home.resolve("data/h2"));
            Path imports = home.resolve("data/import");
            deleteTree(imports);
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("realm-bta.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = Path.of("target/keycloak-test.log");
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=8180", "--hostname=http://localhost:8180", "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            process = pb.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) throw new IllegalStateException("Keycloak exited, see " + log.toAbsolutePath());
                if (realmUp()) return;
                Thread.sleep(1000);
            }
            throw new IllegalStateException("Keycloak did not start in 180 s, see " + log.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean realmUp() {
        try (HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<Void> r = c.send(HttpRequest.newBuilder(URI.create(URL + "/realms/bta")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }

    @Override
    public void stop() {
        if (process != null && process.isAlive()) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
