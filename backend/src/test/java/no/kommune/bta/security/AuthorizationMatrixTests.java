package no.kommune.bta.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import no.kommune.bta.security.matrix.Callers;
import no.kommune.bta.security.matrix.Cases;
import no.kommune.bta.security.matrix.Contract;
import no.kommune.bta.security.matrix.Fixtures;
import no.kommune.bta.security.matrix.FreshDatabase;
import no.kommune.bta.security.matrix.Matrix;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, deliverable 5: every operation of openapi.yaml, called with no token, an expired token, a token for
 * another audience, a tampered token and an unsigned one (401), with one demo user per role and the integration
 * client (403 for a role not in {@code x-roles}, let through for one that is), and by staff of another facility,
 * another HVK caseworker and ESIKT after move-in on Bakklandet's objects (as {@code x-scope} says: 404 for a
 * person's ids, 403 for a facility, lists without the person). A new operation without a case fails here.
 */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class AuthorizationMatrixTests {

    @Test
    void every_operation_declares_roles_and_scope_and_has_a_matrix_case() {
        List<String> problems = Matrix.declarationProblems(Contract.read().operations(), Cases.all());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_caller_gets_what_the_contract_declares() throws InterruptedException {
        Contract contract = Contract.read();
        List<Contract.Operation> operations = contract.operations();
        List<String> problems = Matrix.declarationProblems(operations, Cases.all());
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        // the short-lived client's token (5 s) is fetched first and has expired once the fixtures are built
        String expired = Tokens.client("bta-test-short-lived", "bta-test-short-lived-secret");
        long building = System.nanoTime();
        Fixtures fixtures = Fixtures.build(operations);
        System.out.printf("Authorization matrix: fixtures built in %d s%n", (System.nanoTime() - building) / 1_000_000_000);
        long waitMillis = Callers.expiry(expired) * 1000 + 2_000 - System.currentTimeMillis();
        if (waitMillis > 0) Thread.sleep(waitMillis);

        long started = System.nanoTime();
        Matrix matrix = new Matrix();
        matrix.run(operations, fixtures, Callers.refused(expired));
        var failures = matrix.failures();
        System.out.printf("Authorization matrix: %d cases over %d operations, %d failed (%d s)%n", matrix.rows().size(),
                operations.size(), failures.size(), (System.nanoTime() - started) / 1_000_000_000);
        if (!failures.isEmpty()) {
            System.out.println(matrix.table());
            StringBuilder why = new StringBuilder(failures.size() + " of " + matrix.rows().size() + " cases differ:\n");
            failures.forEach(r -> why.append(r.operation()).append(" / ").append(r.caller()).append(": expected ")
                    .append(r.expected()).append(", got ").append(r.actual()).append('\n'));
            throw new AssertionError(why.toString());
        }
    }
}
