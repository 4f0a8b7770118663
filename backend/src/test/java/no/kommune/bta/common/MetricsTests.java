package no.kommune.bta.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.kommune.bta.common.jobs.ClusterLock;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/** Issue 17: what operations scrape from each instance at /q/metrics. */
@QuarkusTest
class MetricsTests {

    @Inject
    ClusterLock cluster;

    @Test
    void the_metrics_show_requests_per_operation_the_pool_the_jobs_and_the_access_log() {
        Api.as("bakklandet1").get("/api/facilities").then().statusCode(200);
        cluster.runAlone("metrics-test-job", () -> { });
        given().get("/q/metrics").then().statusCode(200)
                // latency histogram per operation (URI template), rate and errors from its count by status
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/facilities\""))
                // the database pool
                .body(containsString("agroal_active_count"))
                // a job's duration, last success and (once one fails) failures
                .body(containsString("bta_job_duration_seconds_count{job=\"metrics-test-job\",outcome=\"success\""))
                .body(containsString("bta_job_last_success_seconds{job=\"metrics-test-job\""))
                // the access log's write latency
                .body(containsString("bta_access_log_write_seconds_bucket"))
                .body(containsString("jvm_memory_used_bytes"))
                // no person's number or name: URIs are templates
                .body(not(containsString("/api/persons/0")));
    }
}
