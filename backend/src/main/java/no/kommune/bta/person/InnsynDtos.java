package no.kommune.bta.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.security.AccessReason;
import no.kommune.bta.security.StaffName;

/** Innsyn (R-ACC-2, R-ACC-3, R-ACC-4): the person's access log as they read it, and who may see them now. */
public final class InnsynDtos {
    private InnsynDtos() {
    }

    /**
     * One access: when, who (the name on their token), their roles and unit, what in bokmål, and the outcome
     * ({@code outcome} is the HTTP status, {@code outcomeText} says it in words).
     */
    public record InnsynEntry(Instant at, String staffName, String username, List<String> roles, String roleText, String unit,
                              InnsynKind kind, String what, int outcome, String outcomeText) {
    }

    /** One holder of access now: who, why and until when (from {@code access_grants}, through {@code access_holders}). */
    public record AccessHolder(AccessReason reason, String facilityId, String facilityName, @StaffName String caseworker, String who,
                               String why, LocalDate endedOn, LocalDate until, String untilText) {
    }

    /** A role that sees every person's data for one bounded purpose (fixed text). */
    public record StandingAccess(String role, String who, String why) {
    }

    /** A page of the person's innsyn, with the filters it was read with and who may see the person now. */
    public record PersonInnsyn(UUID personId, String personName, LocalDate from, LocalDate to, InnsynKind kind,
                               List<InnsynEntry> items, int page, int size, long totalItems, List<AccessHolder> holders,
                               List<StandingAccess> standingAccess) {
    }

    /** The filters of an innsyn read: a period in Europe/Oslo (either end open) and a kind (null: every kind). */
    public record InnsynFilter(LocalDate from, LocalDate to, InnsynKind kind) {
    }
}
