package no.kommune.bta.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates are Europe/Oslo calendar dates; instants are UTC. One clock for the whole service. */
@ApplicationScoped
public class Clocks {
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(OSLO));
    }
}
