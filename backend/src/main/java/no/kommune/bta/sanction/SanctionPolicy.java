package no.kommune.bta.sanction;

import static no.kommune.bta.sanction.SanctionGround.*;
import static no.kommune.bta.sanction.SanctionType.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kommune.bta.agreement.TerminationGround;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.AgreementKind;

/**
 * The lawful sanction ladder (R-SAN-1 … R-SAN-7), pure: which measures an agreement kind allows, on
 * which grounds, what each needs before it can be recorded, which of them are individual decisions
 * (four-eyes approval, notice, appeal) and where a sanction stands. No database, no clock: the one
 * home of these rules, which every reader (services, query parameters, reports) asks.
 */
public final class SanctionPolicy {

    /** The ladder per agreement kind, mildest first (R-SAN-1, R-SAN-6). */
    private static final Map<AgreementKind, List<SanctionType>> LADDER = new EnumMap<>(Map.of(
            AgreementKind.BTA, List.of(ORAL_WARNING, WRITTEN_WARNING, EXCLUSION, TERMINATION),
            AgreementKind.LEASE, List.of(ORAL_WARNING, WRITTEN_COMPLAINT, TERMINATION_REFERRAL)));

    public static final Set<SanctionType> BTA_TYPES = Collections.unmodifiableSet(EnumSet.copyOf(LADDER.get(AgreementKind.BTA)));
    public static final Set<SanctionType> LEASE_TYPES = Collections.unmodifiableSet(EnumSet.copyOf(LADDER.get(AgreementKind.LEASE)));

    /** Individual decisions (enkeltvedtak): written grounds, proportionality, four-eyes approval, appeal (R-SAN-7). */
    public static final Set<SanctionType> DECISION_TYPES = Collections.unmodifiableSet(EnumSet.of(EXCLUSION, TERMINATION,
            TERMINATION_REFERRAL));


    /** The measures that end an agreement: notice on a BTA, a referral to the owner in a tenancy. */
    public static final Set<SanctionType> TERMINATIONS = Collections.unmodifiableSet(EnumSet.of(TERMINATION, TERMINATION_REFERRAL));

    /** The second step of the ladder in either kind: what R-SAN-4 and R-SAN-5 count as a written warning. */
    public static final Set<SanctionType> WRITTEN_WARNINGS = Collections.unmodifiableSet(EnumSet.of(WRITTEN_WARNING, WRITTEN_COMPLAINT));

    /** Forvaltningsloven § 29: an individual decision may be appealed within three weeks of notice (R-SAN-7). */
    public static final Period APPEAL_PERIOD = Period.ofWeeks(3);

    /** Grounds per kind and type (R-SAN-2 … R-SAN-6). */
    static final Map<AgreementKind, Map<SanctionType, Set<SanctionGround>>> GROUNDS = new EnumMap<>(Map.of(
            AgreementKind.BTA, new EnumMap<>(Map.of(
                    ORAL_WARNING, EnumSet.of(SUBSTANCE_USE, NOISE_AND_DISTURBANCE, UNLAWFUL_OVERNIGHT_GUEST, ANIMALS,
                            HMS_BREACH, HOUSE_RULE_BREACH),
                    WRITTEN_WARNING, EnumSet.of(REPEATED_ORAL_WARNINGS, SERIOUS_BREACH),
                    EXCLUSION, EnumSet.of(VIOLENCE_OR_THREATS, WEAPONS_OR_THREATENING_OBJECTS, SUBSTANCE_USE,
                            REPEATED_WARNINGS_AND_SERIOUS_BREACH),
                    TERMINATION, EnumSet.of(NON_PAYMENT, SERIOUS_REPEATED_BREACHES))),
            AgreementKind.LEASE, new EnumMap<>(Map.of(
                    ORAL_WARNING, EnumSet.of(NOISE_AND_DISTURBANCE, HMS_BREACH, HOUSE_RULE_BREACH, DAMAGE),
                    WRITTEN_COMPLAINT, EnumSet.of(REPEATED_ORAL_WARNINGS, SERIOUS_BREACH),
                    TERMINATION_REFERRAL, EnumSet.of(NON_PAYMENT, SERIOUS_REPEATED_BREACHES)))));

    /** What the resident has been given before, within the facility's window. */
    public record History(int oralWarnings, int writtenWarnings) {
    }

    /**
     * A measure as proposed. {@code type} and {@code ground} are null when the request named a value the
     * contract does not know: such a proposal is refused like a type or ground the kind does not allow.
     * {@code arrearsOre} is what the ledger shows overdue on the day of the proposal (credit included, as
     * egenbetaling computes it), {@code arrearsThresholdOre} the amount from which the ledger flags arrears.
     */
    public record Proposal(AgreementKind kind, SanctionType type, SanctionGround ground,
                           Set<IncidentCategory> incidentCategories, boolean seriousIncident, History history,
                           int oralWarningsNeeded, long arrearsOre, long arrearsThresholdOre, String writtenGrounds,
                           String proportionality,
                           LocalDate exclusionFrom, LocalDate exclusionTo, String alternativePlace,
                           LocalDate alternativeFrom, LocalDate alternativeTo) {
    }

    /** Why a proposal is refused: the catalogued problem, the field at fault and the message. */
    public record Refusal(ProblemType type, String field, String message) {
        /** The problem type's slug, e.g. {@code r-san-1-ground-not-valid}. */
        public String problem() {
            return type.slug();
        }

        public int status() {
            return type.status();
        }
    }

    private SanctionPolicy() {
    }

    public static Set<SanctionType> typesFor(AgreementKind kind) {
        return kind == AgreementKind.BTA ? BTA_TYPES : LEASE_TYPES;
    }

    public static Set<SanctionGround> groundsFor(AgreementKind kind, SanctionType type) {
        return GROUNDS.getOrDefault(kind, Map.of()).getOrDefault(type, EnumSet.noneOf(SanctionGround.class));
    }

    /** R-SAN-7: whether the measure is an individual decision that needs a second fagleder's approval. */
    public static boolean needsApproval(SanctionType type) {
        return DECISION_TYPES.contains(type);
    }

    /** R-SAN-7: the appeal deadline set when the resident is notified; none for measures that are not decisions. */
    public static LocalDate appealDeadline(SanctionType type, LocalDate notifiedOn) {
        return needsApproval(type) ? notifiedOn.plus(APPEAL_PERIOD) : null;
    }

    /** R-SAN-4: an exclusion lasts the facility's exclusion days, the first day included. */
    public static LocalDate exclusionEnd(LocalDate from, int days) {
        return from.plusDays(days - 1L);
    }

    /**
     * Where a sanction stands. A decision waits for approval first; a reversed appeal undoes any measure;
     * an undecided appeal suspends it; an approved decision is in force once the resident is notified;
     * a warning is in force at once.
     */
    public static SanctionStatus status(SanctionType type, boolean approved, boolean returned, boolean notified,
                                        boolean appealed, AppealOutcome outcome) {
        boolean decision = needsApproval(type);
        if (decision && returned && !approved) return SanctionStatus.RETURNED;
        if (decision && !approved) return SanctionStatus.AWAITING_APPROVAL;
        if (outcome == AppealOutcome.REVERSED) return SanctionStatus.REVERSED;
        if (appealed && outcome == null) return SanctionStatus.APPEALED;
        if (decision && !notified) return SanctionStatus.APPROVED;
        return SanctionStatus.IN_FORCE;
    }

    /** Empty when the measure is lawful as proposed; otherwise the first reason it is not. */
    public static Optional<Refusal> check(Proposal p) {
        if (p.type() == null || !typesFor(p.kind()).contains(p.type())) {
            if (p.kind() == AgreementKind.LEASE) {
                return refuse(ProblemType.SANCTION_NOT_LAWFUL_IN_TENANCY, "type", SanctionTexts.NOT_LAWFUL_IN_TENANCY);
            }
            return refuse(ProblemType.SANCTION_TYPE_NOT_FOR_KIND, "type", SanctionTexts.TYPE_NOT_FOR_KIND);
        }
        Set<SanctionGround> grounds = groundsFor(p.kind(), p.type());
        if (p.ground() == null || !grounds.contains(p.ground())) {
            return refuse(ProblemType.GROUND_NOT_VALID, "ground", SanctionTexts.groundNotValid(grounds));
        }
        // R-SAN-5: a BTA termination for non-payment stands on the ledger's arrears; an incident tag cannot replace them
        if (needsLedgerArrears(p.kind(), p.type(), p.ground()) && p.arrearsOre() < p.arrearsThresholdOre()) {
            return refuse(ProblemType.TERMINATION_NEEDS_ARREARS, "ground",
                    SanctionTexts.terminationNeedsArrears(p.arrearsOre(), p.arrearsThresholdOre()));
        }
        IncidentCategory named = p.ground().category();
        boolean ledgerShowsArrears = p.ground() == NON_PAYMENT && p.arrearsOre() > 0;
        if (named != null && !p.incidentCategories().contains(named) && !ledgerShowsArrears) {
            return refuse(ProblemType.GROUND_NOT_SUPPORTED, "incidentIds", SanctionTexts.groundNotSupported(p.ground()));
        }
        switch (p.ground()) {
            case REPEATED_ORAL_WARNINGS -> {
                if (p.history().oralWarnings() < p.oralWarningsNeeded()) {
                    return refuse(ProblemType.NEEDS_EARLIER_WARNINGS, "ground",
                            SanctionTexts.needsEarlierWarnings(p.oralWarningsNeeded(), p.history().oralWarnings()));
                }
            }
            case SERIOUS_BREACH -> {
                if (!p.seriousIncident()) {
                    return refuse(ProblemType.NEEDS_SERIOUS_BREACH, "incidentIds", SanctionTexts.NEEDS_SERIOUS_BREACH);
                }
            }
            case REPEATED_WARNINGS_AND_SERIOUS_BREACH -> {
                if (p.history().oralWarnings() < 1 || p.history().writtenWarnings() < 1 || !p.seriousIncident()) {
                    return refuse(ProblemType.NEEDS_WARNINGS_AND_SERIOUS_BREACH, "ground",
                            SanctionTexts.NEEDS_WARNINGS_AND_SERIOUS_BREACH);
                }
            }
            case SERIOUS_REPEATED_BREACHES -> {
                if (!p.seriousIncident() || p.history().writtenWarnings() < 1) {
                    return refuse(ProblemType.NEEDS_SERIOUS_REPEATED_BREACHES, "ground",
                            SanctionTexts.NEEDS_SERIOUS_REPEATED_BREACHES);
                }
            }
            default -> {
            }
        }
        if (p.type() == EXCLUSION) {
            if (p.alternativePlace() == null || p.alternativeFrom() == null || p.alternativeTo() == null
                    || p.alternativeFrom().isAfter(p.exclusionFrom()) || p.alternativeTo().isBefore(p.exclusionTo())) {
                return refuse(ProblemType.EXCLUSION_NEEDS_ALTERNATIVE_HOUSING, "alternativeAccommodation",
                        SanctionTexts.exclusionNeedsAlternative(p.exclusionFrom(), p.exclusionTo()));
            }
        }
        if (needsApproval(p.type()) && (blank(p.writtenGrounds()) || blank(p.proportionality()))) {
            return refuse(ProblemType.DECISION_NEEDS_GROUNDS, blank(p.writtenGrounds()) ? "writtenGrounds" : "proportionality",
                    SanctionTexts.DECISION_NEEDS_GROUNDS);
        }
        return Optional.empty();
    }

    /**
     * R-SAN-5: a termination of a BTA for non-payment needs overdue arrears in the ledger from the threshold on. A
     * tenancy's referral to the owner does not: the owner collects the rent and decides.
     */
    public static boolean needsLedgerArrears(AgreementKind kind, SanctionType type, SanctionGround ground) {
        return kind == AgreementKind.BTA && type == TERMINATION && ground == NON_PAYMENT;
    }

    /** The arrears are stated on every measure for non-payment (the decision letter names the amount and the months). */
    public static boolean recordsArrears(SanctionGround ground) {
        return ground == NON_PAYMENT;
    }

    /** R-SAN-12: what a move-out after the termination's notice records as its ground. */
    public static TerminationGround moveOutGround(SanctionGround terminationGround) {
        return terminationGround == NON_PAYMENT ? TerminationGround.ARREARS : TerminationGround.BREACHES;
    }

    /** The steps of the ladder, mildest first, for the resident's sanction history page. */
    public static List<SanctionType> ladder(AgreementKind kind) {
        return LADDER.get(kind);
    }

    private static Optional<Refusal> refuse(ProblemType type, String field, String message) {
        return Optional.of(new Refusal(type, field, message));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The measure in bokmål, lower case, for sentences ("Vedtak om bortvisning venter på godkjenning"). */
    public static String name(SanctionType type) {
        return SanctionTexts.name(type);
    }

    /** The same for a {@code sanction.type} column read as text; an unknown value prints as itself in lower case. */
    public static String name(String type) {
        return Enums.find(SanctionType.class, type).map(SanctionTexts::name)
                .orElseGet(() -> type.toLowerCase(java.util.Locale.ROOT));
    }
}
