package no.kommune.bta.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: when the database is too slow to answer (here: a table locked by another session past the lock timeout,
 * 3 s in tests), the request waits a bounded time and answers 503 problem+json with Retry-After, never 500 or a hang.
 */
@QuarkusTest
class DatabaseUnavailableTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_request_that_waits_past_the_lock_timeout_answers_503_and_the_next_one_succeeds() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("LOCK TABLE facility IN ACCESS EXCLUSIVE MODE"); // not even a read gets past it
            }
            Api.as("esikt1").get("/api/facilities").then().time(lessThan(15L), TimeUnit.SECONDS)
                    .statusCode(503).contentType(startsWith("application/problem+json"))
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("https://bta.kommune.no/problems/unavailable"))
                    .body("status", equalTo(503));
            other.rollback();
        }
        Api.as("esikt1").get("/api/facilities").then().statusCode(200);
    }
}
