package no.kommune.bta.common.jobs;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.kommune.bta.egenbetaling.StalledJobs;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/** Issue 17: work that several instances could start runs once at a time across all of them. */
@QuarkusTest
class ClusterJobsTests {

    @Inject
    ClusterLock cluster;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void scheduled_work_is_skipped_while_another_instance_holds_the_job() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        // another instance: a session of its own holding the job's lock, as ClusterLock on that instance would
        try (Connection other = dataSource.getConnection()) {
            lock(other, "pg_advisory_lock", "cluster-test-job");
            assertFalse(cluster.runAlone("cluster-test-job", ran::incrementAndGet));
            assertEquals(0, ran.get());
            // a job of another name is not held up by it
            assertTrue(cluster.runAlone("cluster-test-other-job", ran::incrementAndGet));
            assertEquals(1, ran.get());
            lock(other, "pg_advisory_unlock", "cluster-test-job");
        }
        assertTrue(cluster.runAlone("cluster-test-job", ran::incrementAndGet));
        assertEquals(2, ran.get());
        // the lock is given back when the work fails, so the next firing runs
        assertThrows(IllegalArgumentException.class, () -> cluster.runAlone("cluster-test-job", () -> {
            throw new IllegalArgumentException("failed");
        }));
        assertTrue(cluster.runAlone("cluster-test-job", ran::incrementAndGet));
        assertEquals(3, ran.get());
    }

    @Inject
    StalledJobs stalledJobs;

    @Test
    void a_scheduled_method_marked_on_one_instance_is_skipped_while_another_instance_runs_it() throws Exception {
        UUID stalled = UUID.randomUUID();
        // a run whose instances died three times: the sweep fails it (no other instance could finish it either)
        Db.update("INSERT INTO charge_run (id, period, state, started_by, updated_at, attempts) "
                + "VALUES (?, DATE '1990-01-01', 'RUNNING', 'system', now() - interval '1 day', 3)", stalled);
        try {
            try (Connection other = dataSource.getConnection()) {
                lock(other, "pg_advisory_lock", "stalled-jobs");
                stalledJobs.sweep(); // the schedule fires here while another instance sweeps: skipped
                assertEquals("RUNNING", Db.query("SELECT state FROM charge_run WHERE id = ?", stalled).get(0).get("state"));
                lock(other, "pg_advisory_unlock", "stalled-jobs");
            }
            stalledJobs.sweep();
            assertEquals("FAILED", Db.query("SELECT state FROM charge_run WHERE id = ?", stalled).get(0).get("state"));
        } finally {
            Db.update("DELETE FROM charge_run WHERE id = ?", stalled);
        }
    }

    @Test
    void a_month_never_has_two_charge_runs_running_whichever_instance_starts_them() {
        YearMonth next = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Oslo"))).plusMonths(1);
        UUID elsewhere = UUID.randomUUID();
        // a run of next month already running, started by another instance's schedule
        Db.update("INSERT INTO charge_run (id, period, state, started_by) VALUES (?, ?, 'RUNNING', 'system')",
                elsewhere, next.atDay(1));
        try {
            Api.as("okonomi1").body(Map.of("period", next.toString())).post("/api/egenbetaling/charge-runs").then()
                    .statusCode(409).contentType("application/problem+json");
            // and the database refuses a second one even without the service's check
            assertThrows(IllegalStateException.class, () -> Db.update(
                    "INSERT INTO charge_run (id, period, state, started_by) VALUES (?, ?, 'RUNNING', 'system')",
                    UUID.randomUUID(), next.atDay(1)));
            assertEquals(1L, Db.query("SELECT count(*) AS n FROM charge_run WHERE period = ? AND state = 'RUNNING'",
                    next.atDay(1)).get(0).get("n"));
            // when that run has ended, the month can be run again
            Db.update("UPDATE charge_run SET state = 'FAILED', finished_at = now(), error = 'test' WHERE id = ?", elsewhere);
            Api.as("okonomi1").get("/api/egenbetaling/charge-runs/" + elsewhere).then().statusCode(200)
                    .body("state", equalTo("FAILED"));
            Db.update("INSERT INTO charge_run (id, period, state, started_by) VALUES (?, ?, 'RUNNING', 'system')",
                    UUID.randomUUID(), next.atDay(1));
        } finally {
            // a run of a future month makes later move-ins charge that month: leave none behind for other tests
            Db.update("DELETE FROM charge_run WHERE period = ? AND NOT EXISTS (SELECT 1 FROM charge c WHERE c.run_id = charge_run.id)",
                    next.atDay(1));
        }
    }

    private static void lock(Connection c, String function, String job) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT " + function + "(?, hashtext(?))")) {
            s.setInt(1, ClusterLock.NAMESPACE);
            s.setString(2, job);
            s.executeQuery().close();
        }
    }
}
