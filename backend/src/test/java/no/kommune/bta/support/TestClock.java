package no.kommune.bta.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the real time, moved forward by {@link #advanceDays(int)} so that a test can let a
 * window pass (R-ACC-3). Every test that moves it puts it back with {@link #reset()} in a finally block.
 */
public final class TestClock extends Clock {
    private static volatile Duration offset = Duration.ZERO;

    private final ZoneId zone;

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public static void advanceDays(int days) {
        offset = offset.plusDays(days);
    }

    public static void advanceHours(int hours) {
        offset = offset.plusHours(hours);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new TestClock(z);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Replaces the production clock in every @QuarkusTest. */
    @ApplicationScoped
    public static class Producer {
        @Produces
        @Alternative
        @Priority(10)
        @ApplicationScoped
        Clock clock() {
            return new TestClock(ZoneOffset.UTC);
        }
    }
}
