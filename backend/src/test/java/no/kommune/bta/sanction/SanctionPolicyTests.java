package no.kommune.bta.sanction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.kommune.bta.common.Enums;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionPolicy.History;
import no.kommune.bta.sanction.SanctionPolicy.Proposal;
import no.kommune.bta.sanction.SanctionPolicy.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sanction type × agreement kind × ground, against the ladder in DOMAIN.md. */
class SanctionPolicyTests {
    static final LocalDate D = LocalDate.of(2026, 11, 20);
    static final List<String> ALL_TYPES = List.of("ORAL_WARNING", "WRITTEN_WARNING", "EXCLUSION", "TERMINATION",
            "WRITTEN_COMPLAINT", "TERMINATION_REFERRAL");
    static final List<String> ALL_GROUNDS = List.of("SUBSTANCE_USE", "NOISE_AND_DISTURBANCE", "UNLAWFUL_OVERNIGHT_GUEST",
            "ANIMALS", "HMS_BREACH", "HOUSE_RULE_BREACH", "DAMAGE", "REPEATED_ORAL_WARNINGS", "SERIOUS_BREACH",
            "VIOLENCE_OR_THREATS", "WEAPONS_OR_THREATENING_OBJECTS", "REPEATED_WARNINGS_AND_SERIOUS_BREACH", "NON_PAYMENT",
            "SERIOUS_REPEATED_BREACHES");

    /** The amount from which the ledger flags arrears (egenbetaling's default, kr 5 000). */
    static final long THRESHOLD = 500_000;

    /** A proposal that satisfies every precondition except the one under test (arrears at the threshold). */
    static Proposal full(String kind, String type, String ground) {
        return new Proposal(kind(kind), type(type), ground(ground), categories(ground), true, new History(3, 1), 2, THRESHOLD,
                THRESHOLD, "Begrunnelse", "Forholdsmessig", D, D.plusDays(4), "Hospits", D, D.plusDays(4));
    }

    /**
     * The policy takes the contract's values as enums; the cases below name them as the contract spells them.
     * {@code arrears} puts the ledger's overdue arrears at the threshold, otherwise at zero.
     */
    static Proposal proposal(String kind, String type, String ground, Set<String> categories, boolean serious, History history,
                             int oralNeeded, boolean arrears, String writtenGrounds, String proportionality,
                             LocalDate exFrom, LocalDate exTo, String place, LocalDate altFrom, LocalDate altTo) {
        return proposal(kind, type, ground, categories, serious, history, oralNeeded, arrears ? THRESHOLD : 0, writtenGrounds,
                proportionality, exFrom, exTo, place, altFrom, altTo);
    }

    static Proposal proposal(String kind, String type, String ground, Set<String> categories, boolean serious, History history,
                             int oralNeeded, long arrearsOre, String writtenGrounds, String proportionality,
                             LocalDate exFrom, LocalDate exTo, String place, LocalDate altFrom, LocalDate altTo) {
        return new Proposal(kind(kind), type(type), ground(ground),
                categories.stream().map(IncidentCategory::valueOf).collect(java.util.stream.Collectors.toSet()), serious,
                history, oralNeeded, arrearsOre, THRESHOLD, writtenGrounds, proportionality, exFrom, exTo, place, altFrom, altTo);
    }

    static AgreementKind kind(String kind) {
        return AgreementKind.valueOf(kind);
    }

    static SanctionType type(String type) {
        return SanctionType.valueOf(type);
    }

    static SanctionGround ground(String ground) {
        return SanctionGround.valueOf(ground);
    }

    /** The incident category a ground names, if it names one (CATEGORY_GROUNDS). */
    static Set<IncidentCategory> categories(String ground) {
        return Enums.find(IncidentCategory.class, ground).map(Set::of).orElse(Set.of());
    }

    static Stream<Arguments> combinations() {
        return Stream.of("BTA", "LEASE").flatMap(k -> ALL_TYPES.stream().flatMap(t -> ALL_GROUNDS.stream().map(g -> Arguments.of(k, t, g))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void R_SAN_1_to_R_SAN_6_every_type_kind_and_ground(String kind, String type, String ground) {
        Optional<Refusal> r = SanctionPolicy.check(full(kind, type, ground));
        boolean typeLawful = kind.equals("BTA") ? Set.of("ORAL_WARNING", "WRITTEN_WARNING", "EXCLUSION", "TERMINATION").contains(type)
                : Set.of("ORAL_WARNING", "WRITTEN_COMPLAINT", "TERMINATION_REFERRAL").contains(type);
        if (!typeLawful) {
            assertTrue(r.isPresent());
            assertEquals(kind.equals("LEASE") ? "r-san-6-not-lawful-in-tenancy" : "sanction-type-not-for-kind", r.get().problem());
            return;
        }
        boolean groundLawful = expectedGrounds(kind, type).contains(ground);
        assertEquals(!groundLawful, r.isPresent(), () -> kind + " " + type + " " + ground + " → " + r);
        if (!groundLawful) assertEquals("r-san-1-ground-not-valid", r.get().problem());
    }

    /** The grounds as DOMAIN.md states them (R-SAN-2 … R-SAN-6), written out independently of the policy's table. */
    static Set<String> expectedGrounds(String kind, String type) {
        if (kind.equals("BTA")) {
            return switch (type) {
                case "ORAL_WARNING" -> Set.of("SUBSTANCE_USE", "NOISE_AND_DISTURBANCE", "UNLAWFUL_OVERNIGHT_GUEST", "ANIMALS",
                        "HMS_BREACH", "HOUSE_RULE_BREACH");
                case "WRITTEN_WARNING" -> Set.of("REPEATED_ORAL_WARNINGS", "SERIOUS_BREACH");
                case "EXCLUSION" -> Set.of("VIOLENCE_OR_THREATS", "WEAPONS_OR_THREATENING_OBJECTS", "SUBSTANCE_USE",
                        "REPEATED_WARNINGS_AND_SERIOUS_BREACH");
                case "TERMINATION" -> Set.of("NON_PAYMENT", "SERIOUS_REPEATED_BREACHES");
                default -> Set.of();
            };
        }
        return switch (type) {
            case "ORAL_WARNING" -> Set.of("NOISE_AND_DISTURBANCE", "HMS_BREACH", "HOUSE_RULE_BREACH", "DAMAGE");
            case "WRITTEN_COMPLAINT" -> Set.of("REPEATED_ORAL_WARNINGS", "SERIOUS_BREACH");
            case "TERMINATION_REFERRAL" -> Set.of("NON_PAYMENT", "SERIOUS_REPEATED_BREACHES");
            default -> Set.of();
        };
    }

    @Test
    void R_SAN_1_a_ground_must_be_supported_by_the_cited_incidents() {
        Proposal p = full("BTA", "ORAL_WARNING", "NOISE_AND_DISTURBANCE");
        Proposal noNoise = proposal(p.kind().name(), p.type().name(), p.ground().name(), Set.of("ANIMALS"), false, p.history(), 2, false,
                null, null, null, null, null, null, null);
        assertEquals("r-san-1-ground-not-supported", SanctionPolicy.check(noNoise).orElseThrow().problem());
    }

    @Test
    void R_SAN_3_a_written_warning_needs_repeated_oral_warnings_or_a_serious_breach() {
        Proposal one = proposal("BTA", "WRITTEN_WARNING", "REPEATED_ORAL_WARNINGS", Set.of("NOISE_AND_DISTURBANCE"), false,
                new History(1, 0), 2, false, null, null, null, null, null, null, null);
        assertEquals("r-san-3-needs-earlier-warnings", SanctionPolicy.check(one).orElseThrow().problem());
        Proposal two = proposal("BTA", "WRITTEN_WARNING", "REPEATED_ORAL_WARNINGS", Set.of("NOISE_AND_DISTURBANCE"), false,
                new History(2, 0), 2, false, null, null, null, null, null, null, null);
        assertTrue(SanctionPolicy.check(two).isEmpty());
        Proposal notSerious = proposal("BTA", "WRITTEN_WARNING", "SERIOUS_BREACH", Set.of("HMS_BREACH"), false,
                new History(0, 0), 2, false, null, null, null, null, null, null, null);
        assertEquals("r-san-3-needs-serious-breach", SanctionPolicy.check(notSerious).orElseThrow().problem());
    }

    @Test
    void R_SAN_4_an_exclusion_needs_alternative_accommodation_for_the_whole_period() {
        Proposal none = proposal("BTA", "EXCLUSION", "VIOLENCE_OR_THREATS", Set.of("VIOLENCE_OR_THREATS"), true,
                new History(0, 0), 2, false, "g", "p", D, D.plusDays(4), null, null, null);
        assertEquals("r-san-4-exclusion-needs-alternative-housing", SanctionPolicy.check(none).orElseThrow().problem());
        Proposal shortStay = proposal("BTA", "EXCLUSION", "VIOLENCE_OR_THREATS", Set.of("VIOLENCE_OR_THREATS"), true,
                new History(0, 0), 2, false, "g", "p", D, D.plusDays(4), "Hospits", D, D.plusDays(3));
        assertEquals("r-san-4-exclusion-needs-alternative-housing", SanctionPolicy.check(shortStay).orElseThrow().problem());
        Proposal repeated = proposal("BTA", "EXCLUSION", "REPEATED_WARNINGS_AND_SERIOUS_BREACH", Set.of("HMS_BREACH"), true,
                new History(1, 0), 2, false, "g", "p", D, D.plusDays(4), "Hospits", D, D.plusDays(4));
        assertEquals("r-san-4-needs-warnings-and-serious-breach", SanctionPolicy.check(repeated).orElseThrow().problem());
    }

    @Test
    void R_SAN_5_termination_for_breaches_needs_a_serious_breach_and_an_earlier_written_warning() {
        Proposal noWarning = proposal("BTA", "TERMINATION", "SERIOUS_REPEATED_BREACHES", Set.of("HMS_BREACH"), true,
                new History(2, 0), 2, false, "g", "p", null, null, null, null, null);
        assertEquals("r-san-5-needs-serious-repeated-breaches", SanctionPolicy.check(noWarning).orElseThrow().problem());
        Proposal arrears = proposal("BTA", "TERMINATION", "NON_PAYMENT", Set.of(), false, new History(0, 0), 2, true,
                "g", "p", null, null, null, null, null);
        assertTrue(SanctionPolicy.check(arrears).isEmpty(), "arrears from the ledger support NON_PAYMENT");
    }

    @Test
    void R_SAN_5_a_termination_for_non_payment_needs_ledger_arrears_from_the_threshold_and_a_tag_cannot_replace_them() {
        for (long arrears : List.of(0L, 1L, THRESHOLD - 1)) {
            Proposal tagged = proposal("BTA", "TERMINATION", "NON_PAYMENT", Set.of("NON_PAYMENT"), false, new History(0, 0), 2,
                    arrears, "g", "p", null, null, null, null, null);
            Refusal r = SanctionPolicy.check(tagged).orElseThrow(() -> new AssertionError("arrears " + arrears));
            assertEquals("r-san-5-termination-needs-arrears", r.problem());
            assertEquals("ground", r.field());
            assertEquals(422, r.status());
        }
        Proposal atThreshold = proposal("BTA", "TERMINATION", "NON_PAYMENT", Set.of(), false, new History(0, 0), 2, THRESHOLD,
                "g", "p", null, null, null, null, null);
        assertEquals(Optional.empty(), SanctionPolicy.check(atThreshold), "the ledger's arrears need no incident tag");
        assertTrue(SanctionPolicy.needsLedgerArrears(kind("BTA"), type("TERMINATION"), ground("NON_PAYMENT")));
        assertTrue(!SanctionPolicy.needsLedgerArrears(kind("BTA"), type("TERMINATION"), ground("SERIOUS_REPEATED_BREACHES")));
        // a tenancy's referral: the owner collects the rent and decides; the municipality refers on what it knows
        Proposal referral = proposal("LEASE", "TERMINATION_REFERRAL", "NON_PAYMENT", Set.of("NON_PAYMENT"), false, new History(0, 0),
                2, 0L, "g", "p", null, null, null, null, null);
        assertEquals(Optional.empty(), SanctionPolicy.check(referral));
        assertTrue(SanctionPolicy.recordsArrears(ground("NON_PAYMENT")));
        assertTrue(!SanctionPolicy.recordsArrears(ground("SERIOUS_REPEATED_BREACHES")));
    }

    @Test
    void R_SAN_12_a_termination_gives_its_move_out_the_ground_it_was_decided_on() {
        assertEquals(no.kommune.bta.agreement.TerminationGround.ARREARS, SanctionPolicy.moveOutGround(ground("NON_PAYMENT")));
        assertEquals(no.kommune.bta.agreement.TerminationGround.BREACHES,
                SanctionPolicy.moveOutGround(ground("SERIOUS_REPEATED_BREACHES")));
    }

    @Test
    void R_SAN_6_a_tenancy_never_allows_exclusion_or_a_bta_termination() {
        for (String t : List.of("EXCLUSION", "TERMINATION", "WRITTEN_WARNING")) {
            assertEquals("r-san-6-not-lawful-in-tenancy", SanctionPolicy.check(full("LEASE", t, "VIOLENCE_OR_THREATS")).orElseThrow().problem());
        }
        assertEquals(List.of("ORAL_WARNING", "WRITTEN_COMPLAINT", "TERMINATION_REFERRAL"),
                SanctionPolicy.ladder(kind("LEASE")).stream().map(Enum::name).toList());
    }

    @Test
    void R_SAN_7_individual_decisions_need_written_grounds_and_proportionality() {
        for (String t : List.of("EXCLUSION", "TERMINATION")) {
            String g = t.equals("EXCLUSION") ? "VIOLENCE_OR_THREATS" : "NON_PAYMENT";
            Proposal p = proposal("BTA", t, g, Set.of(g), true, new History(0, 0), 2, true, "Begrunnelse", " ",
                    D, D.plusDays(4), "Hospits", D, D.plusDays(4));
            Refusal r = SanctionPolicy.check(p).orElseThrow();
            assertEquals("r-san-7-decision-needs-grounds", r.problem());
            assertEquals("proportionality", r.field());
        }
        assertTrue(SanctionPolicy.needsApproval(type("EXCLUSION")) && SanctionPolicy.needsApproval(type("TERMINATION")));
        assertTrue(!SanctionPolicy.needsApproval(type("ORAL_WARNING")) && !SanctionPolicy.needsApproval(type("WRITTEN_WARNING")));
    }

    @Test
    void R_SAN_7_the_four_eyes_decisions_are_exclusion_termination_and_the_referral() {
        assertEquals(java.util.EnumSet.of(SanctionType.EXCLUSION, SanctionType.TERMINATION, SanctionType.TERMINATION_REFERRAL),
                SanctionPolicy.DECISION_TYPES);
        for (SanctionType t : SanctionType.values()) {
            assertEquals(SanctionPolicy.DECISION_TYPES.contains(t), SanctionPolicy.needsApproval(t), t::name);
        }
    }

    @Test
    void R_SAN_7_a_decision_waits_for_approval_then_is_approved_then_in_force_once_notified() {
        for (SanctionType t : SanctionPolicy.DECISION_TYPES) {
            assertEquals(SanctionStatus.AWAITING_APPROVAL, SanctionPolicy.status(t, false, false, false, false, null));
            assertEquals(SanctionStatus.AWAITING_APPROVAL, SanctionPolicy.status(t, false, false, true, true, AppealOutcome.REVERSED),
                    "nothing counts before the second fagleder has approved");
            assertEquals(SanctionStatus.APPROVED, SanctionPolicy.status(t, true, false, false, false, null));
            assertEquals(SanctionStatus.IN_FORCE, SanctionPolicy.status(t, true, false, true, false, null));
            // sent back instead of approved: closed, whatever else is recorded
            assertEquals(SanctionStatus.RETURNED, SanctionPolicy.status(t, false, true, false, false, null));
        }
    }

    @Test
    void R_SAN_7_a_warning_is_in_force_at_once() {
        for (SanctionType t : List.of(SanctionType.ORAL_WARNING, SanctionType.WRITTEN_WARNING, SanctionType.WRITTEN_COMPLAINT)) {
            assertEquals(SanctionStatus.IN_FORCE, SanctionPolicy.status(t, false, false, false, false, null));
            assertEquals(SanctionStatus.IN_FORCE, SanctionPolicy.status(t, false, false, true, false, null));
        }
    }

    @Test
    void R_SAN_7_an_appeal_suspends_until_decided_and_a_reversal_undoes_the_measure() {
        SanctionType t = SanctionType.EXCLUSION;
        assertEquals(SanctionStatus.APPEALED, SanctionPolicy.status(t, true, false, true, true, null));
        assertEquals(SanctionStatus.IN_FORCE, SanctionPolicy.status(t, true, false, true, true, AppealOutcome.UPHELD));
        assertEquals(SanctionStatus.IN_FORCE, SanctionPolicy.status(t, true, false, true, true, AppealOutcome.CHANGED));
        assertEquals(SanctionStatus.REVERSED, SanctionPolicy.status(t, true, false, true, true, AppealOutcome.REVERSED));
        assertEquals(SanctionStatus.REVERSED, SanctionPolicy.status(SanctionType.ORAL_WARNING, false, false, false, true, AppealOutcome.REVERSED));
    }

    @Test
    void R_SAN_7_the_appeal_deadline_is_three_weeks_from_notice_and_only_for_decisions() {
        assertEquals(D.plusDays(21), SanctionPolicy.appealDeadline(SanctionType.EXCLUSION, D));
        assertEquals(D.plusDays(21), SanctionPolicy.appealDeadline(SanctionType.TERMINATION_REFERRAL, D));
        assertEquals(null, SanctionPolicy.appealDeadline(SanctionType.WRITTEN_WARNING, D));
    }

    @Test
    void R_SAN_4_an_exclusion_lasts_the_facilitys_days_first_day_included() {
        assertEquals(D.plusDays(4), SanctionPolicy.exclusionEnd(D, 5));
        assertEquals(D, SanctionPolicy.exclusionEnd(D, 1));
    }
}
