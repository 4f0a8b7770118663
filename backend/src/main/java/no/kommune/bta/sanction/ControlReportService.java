package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.agreement.ReferralService;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.db.Plans;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.sanction.SanctionDtos.ControlFlag;
import no.kommune.bta.sanction.SanctionDtos.ControlReport;
import no.kommune.bta.sanction.SanctionDtos.Count;
import no.kommune.bta.sanction.SanctionDtos.EntryView;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;

/**
 * The control regime's report (R-SAN-10): every exclusion, termination, appeal, entry without consent,
 * visitor ban and police contact of a facility, or of the whole municipality, in a period. Terminations come
 * twice: the decisions proposed in the period, and every termination that happened on an agreement (notice or
 * move-out for breaches or arrears) with the decision behind it (R-SAN-12).
 */
@ApplicationScoped
public class ControlReportService {
    /** The municipality as a whole in reports, for the roles that may see it. */
    public static final String ALL_FACILITIES = FacilityScope.WHOLE_MUNICIPALITY;

    @Inject
    Plans plans;

    @Inject
    SanctionQueries sanctions;

    @Inject
    EntryQueries entries;

    @Inject
    VisitorBanQueries bans;

    @Inject
    ControlReportQueries queries;

    @Inject
    ReferralService referrals;

    @Inject
    FacilityScope scope;

    @Transactional
    public ControlReport report(String facility, LocalDate from, LocalDate to) {
        // internal control reads any facility and all of them together; a fagleder only their own
        List<String> fs = scope.reportFacilities(facility, Set.of(Roles.KONTROLL), SanctionTexts.WHOLE_MUNICIPALITY_IS_FOR_CONTROL);
        if (to.isBefore(from)) throw ProblemException.badRequest("to", SanctionTexts.TO_BEFORE_FROM);
        // one facility's records are few whatever the period, so each statement's kept plan (from the facility's
        // index) serves every period; by default five of them were planned anew on every call (issue 16). The whole
        // municipality keeps the default: there the period decides between an index and reading the table.
        if (!ALL_FACILITIES.equals(facility)) plans.keptFromHere();
        List<SanctionView> all = sanctions.proposedBetween(fs, from, to);
        List<EntryView> entryList = entries.between(fs, from, to);
        List<AgreementTermination> ended = queries.agreementTerminations(fs, from, to);
        List<ControlFlag> flags = new ArrayList<>(ControlFlags.withoutDecision(ended));
        flags.addAll(ControlFlags.flags(all, queries.terminationsWithoutWrittenWarning(fs, from, to), entryList));
        return new ControlReport(facility, from, to, counts(all, s -> s.type().name()),
                all.stream().filter(s -> s.type() == SanctionType.EXCLUSION).toList(),
                all.stream().filter(s -> SanctionPolicy.TERMINATIONS.contains(s.type())).toList(), ended,
                all.stream().filter(s -> s.appealedOn() != null).toList(),
                counts(entryList, e -> e.ground().name()), entryList, bans.overlapping(fs, from, to),
                queries.policeContacts(fs, from, to), flags, referrals(fs, from, to));
    }

    /** R-SAN-6, R-SAN-10: the tenancy's referral cases made or answered by the property owner in the period. */
    private List<ReferralView> referrals(List<String> facilities, LocalDate from, LocalDate to) {
        return referrals.forControlReport(facilities, from, to);
    }

    /** The name a report's title gives the facility, or the whole municipality. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String facilityName(String facility) {
        if (ALL_FACILITIES.equals(facility)) return SanctionTexts.WHOLE_MUNICIPALITY;
        return queries.facilityName(facility).orElseThrow();
    }

    /** For a CSV or PDF of the whole municipality, each facility's name (a column of its own); else none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> facilityNames(String facility) {
        return ALL_FACILITIES.equals(facility) ? queries.facilityNames() : Map.of();
    }

    /** The residents a CSV or PDF of the report names, by id, as its readers may see them (initials, masked number). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> residentLabels(Collection<UUID> persons) {
        return queries.residentLabels(persons);
    }

    /** How many items have each key, by key in alphabetical order. */
    private static <T> List<Count> counts(List<T> items, Function<T, String> key) {
        return items.stream().map(key).distinct().sorted()
                .map(k -> new Count(k, items.stream().filter(i -> key.apply(i).equals(k)).count())).toList();
    }
}
