package no.kommune.bta.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.person.InnsynDtos.AccessHolder;
import no.kommune.bta.person.InnsynDtos.InnsynEntry;
import no.kommune.bta.person.InnsynDtos.InnsynFilter;
import no.kommune.bta.person.InnsynDtos.PersonInnsyn;
import no.kommune.bta.person.InnsynDtos.StandingAccess;
import no.kommune.bta.person.InnsynQueries.HolderRow;
import no.kommune.bta.person.InnsynQueries.LogRow;
import no.kommune.bta.security.AccessReason;
import no.kommune.bta.security.AccessSettings;
import no.kommune.bta.security.CurrentUser;

/**
 * Innsyn for the person (R-ACC-2): who read, changed or listed their data, when, in which role and unit, and who may
 * see them now and why (R-ACC-3). Produced by HVK or a fagleder who sees the person (else 404, as for an unknown id).
 */
@ApplicationScoped
public class InnsynService {
    /** The most entries one PDF lists (the newest); the PDF says so when the period holds more. */
    static final int PDF_MAX_ENTRIES = 2000;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    @Inject
    PersonService persons;

    @Inject
    InnsynQueries queries;

    @Inject
    AccessSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The whole innsyn as the PDF prints it: at most {@link #PDF_MAX_ENTRIES} entries, and how many the period holds. */
    public record Report(String personName, LocalDate birthDate, InnsynFilter filter, List<InnsynEntry> entries,
                         long totalEntries, List<AccessHolder> holders, List<StandingAccess> standingAccess,
                         Instant producedAt, String producedBy) {
    }

    /** The query parameters as a filter; a bad value is a 400 naming the parameter. */
    public static InnsynFilter filter(String from, String to, String kind) {
        LocalDate f = day("from", from);
        LocalDate t = day("to", to);
        if (f != null && t != null && t.isBefore(f)) throw ProblemException.badRequest("to", "kan ikke være før «from»");
        InnsynKind k = kind == null || kind.isBlank() ? null : Enums.find(InnsynKind.class, kind.strip())
                .orElseThrow(() -> ProblemException.badRequest("kind", "må være en av " + Enums.names(EnumSet.allOf(InnsynKind.class))));
        return new InnsynFilter(f, t, k);
    }

    private static LocalDate day(String name, String value) {
        LocalDate d = QueryParams.optionalDate(name, value);
        if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
            throw ProblemException.badRequest(name, "må være mellom 1900-01-01 og 2200-12-31");
        }
        return d;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonInnsyn innsyn(UUID personId, InnsynFilter filter, Paging paging) {
        Person p = persons.visible(personId);
        List<InnsynEntry> items = queries.rows(personId, filter, paging.size(), paging.offset()).stream()
                .map(InnsynService::entry).toList();
        return new PersonInnsyn(personId, p.fullName(), filter.from(), filter.to(), filter.kind(), items, paging.page(),
                paging.size(), queries.count(personId, filter), holders(personId), standing());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(UUID personId, InnsynFilter filter) {
        Person p = persons.visible(personId);
        List<InnsynEntry> entries = queries.rows(personId, filter, PDF_MAX_ENTRIES, 0).stream().map(InnsynService::entry).toList();
        long total = entries.size() < PDF_MAX_ENTRIES ? entries.size() : queries.count(personId, filter);
        String by = InnsynTexts.staffName(user.name(), user.username(), user.clientId(), InnsynKind.READ);
        return new Report(p.fullName(), p.birthDate, filter, entries, total, holders(personId), standing(), clock.instant(), by);
    }

    /**
     * Every grant on the person now, as the person reads it. A resident's unit stays allocated while they live there:
     * the allocation is then said once, as living there.
     */
    private List<AccessHolder> holders(UUID personId) {
        int window = settings.followUpDays();
        List<HolderRow> rows = queries.holders(personId, Clocks.today(clock), window);
        return rows.stream().filter(h -> !(h.reason() == AccessReason.ALLOCATED && rows.stream().anyMatch(o ->
                        o.reason() == AccessReason.RESIDENT && Objects.equals(o.facilityId(), h.facilityId()))))
                .map(h -> holder(h, window)).toList();
    }

    private static AccessHolder holder(HolderRow h, int window) {
        String facility = h.facilityName() != null ? h.facilityName() : h.facilityId();
        return new AccessHolder(h.reason(), h.facilityId(), h.facilityName(), h.caseworker(),
                InnsynTexts.holder(h.reason(), facility, h.caseworkerName() != null ? h.caseworkerName() : h.caseworker()),
                InnsynTexts.why(h.reason(), h.endedOn()), h.endedOn(),
                h.until(), InnsynTexts.until(h.reason(), h.until(), window));
    }

    private static List<StandingAccess> standing() {
        return InnsynTexts.STANDING.stream().map(s -> new StandingAccess(s.role(), s.who(), s.why())).toList();
    }

    private static InnsynEntry entry(LogRow r) {
        return new InnsynEntry(r.at(), InnsynTexts.staffName(r.actorName(), r.username(), r.clientId(), r.kind()),
                r.kind() == InnsynKind.JOB ? null : r.username(), r.roles(), InnsynTexts.roles(r.roles(), r.kind()),
                InnsynTexts.unit(r.unitNames(), r.roles()), r.kind(),
                InnsynTexts.what(r.operation(), r.resourceType(), r.kind(), r.unitNames()), r.outcome(),
                InnsynTexts.outcome(r.outcome()));
    }
}
