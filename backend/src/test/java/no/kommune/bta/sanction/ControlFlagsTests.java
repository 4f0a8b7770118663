package no.kommune.bta.sanction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.agreement.Party;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.sanction.SanctionDtos.ControlFlag;
import no.kommune.bta.sanction.SanctionDtos.EntryView;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.sanction.SanctionDtos.TerminationDecision;
import org.junit.jupiter.api.Test;

/** The control report's flags for the auditor (R-SAN-10), without a database. */
class ControlFlagsTests {
    static final LocalDate D = LocalDate.of(2026, 3, 1);
    static final UUID ANNE = UUID.randomUUID(), BO = UUID.randomUUID();

    static SanctionView sanction(UUID person, SanctionType type, LocalDate exclusionFrom) {
        return new SanctionView(UUID.randomUUID(), UUID.randomUUID(), "osloveien-155", person, AgreementKind.BTA, type,
                SanctionGround.VIOLENCE_OR_THREATS, SanctionStatus.IN_FORCE, List.of(), null, null, exclusionFrom,
                exclusionFrom == null ? null : exclusionFrom.plusDays(4), null, Instant.EPOCH, "leder", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    static EntryView entry(EntryGround ground) {
        return new EntryView(UUID.randomUUID(), "osloveien-155", UUID.randomUUID(), "Rom 4", ground, Instant.EPOCH, "ansatt", null, null);
    }

    static List<ControlFlagKind> kinds(List<ControlFlag> flags) {
        return flags.stream().map(ControlFlag::flag).toList();
    }

    @Test
    void R_SAN_10_terminations_named_unwarned_are_flagged_in_report_order() {
        SanctionView t1 = sanction(ANNE, SanctionType.TERMINATION, null), t2 = sanction(BO, SanctionType.TERMINATION, null);
        List<ControlFlag> flags = ControlFlags.flags(List.of(t1, t2), Set.of(t2.id()), List.of());
        assertEquals(List.of(new ControlFlag(ControlFlagKind.TERMINATION_WITHOUT_WRITTEN_WARNING,
                "Oppsigelse uten tidligere skriftlig advarsel", BO)), flags);
    }

    static AgreementTermination ended(UUID person, AgreementKind kind, TerminationDecision decision) {
        return new AgreementTermination(UUID.randomUUID(), "osloveien-155", person, kind, Party.MUNICIPALITY, D, D.plusDays(14),
                null, null, decision);
    }

    @Test
    void R_SAN_12_a_bta_termination_with_no_decision_behind_it_is_flagged() {
        TerminationDecision decision = new TerminationDecision(UUID.randomUUID(), SanctionType.TERMINATION,
                SanctionGround.NON_PAYMENT, Instant.EPOCH, "leder2", D, null);
        List<ControlFlag> flags = ControlFlags.withoutDecision(List.of(ended(ANNE, AgreementKind.BTA, decision),
                ended(BO, AgreementKind.BTA, null), ended(ANNE, AgreementKind.LEASE, null)));
        assertEquals(List.of(new ControlFlag(ControlFlagKind.TERMINATION_WITHOUT_DECISION,
                "Kommunen har sagt opp eller registrert utflytting etter oppsigelse uten et vedtak om oppsigelse bak", BO)), flags);
    }

    @Test
    void R_SAN_10_two_exclusions_of_one_resident_within_30_days_are_flagged() {
        List<SanctionView> close = List.of(sanction(ANNE, SanctionType.EXCLUSION, D), sanction(ANNE, SanctionType.EXCLUSION, D.plusDays(30)));
        assertEquals(List.of(new ControlFlag(ControlFlagKind.EXCLUSIONS_CLOSE_TOGETHER,
                "To bortvisninger innen 30 dager for samme beboer", ANNE)), ControlFlags.flags(close, Set.of(), List.of()));
        List<SanctionView> apart = List.of(sanction(ANNE, SanctionType.EXCLUSION, D), sanction(ANNE, SanctionType.EXCLUSION, D.plusDays(31)));
        assertEquals(List.of(), ControlFlags.flags(apart, Set.of(), List.of()));
        List<SanctionView> twoPeople = List.of(sanction(ANNE, SanctionType.EXCLUSION, D), sanction(BO, SanctionType.EXCLUSION, D));
        assertEquals(List.of(), ControlFlags.flags(twoPeople, Set.of(), List.of()));
    }

    @Test
    void R_SAN_10_entries_because_nobody_answered_at_the_hms_round_are_counted_in_one_flag() {
        List<ControlFlag> flags = ControlFlags.flags(List.of(), Set.of(), List.of(entry(EntryGround.NO_ANSWER_AT_HMS_ROUND),
                entry(EntryGround.DANGER_TO_LIFE_OR_HEALTH), entry(EntryGround.NO_ANSWER_AT_HMS_ROUND)));
        assertEquals(List.of(new ControlFlag(ControlFlagKind.ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER,
                "2 innlåsinger fordi beboeren ikke svarte på HMS-runden", null)), flags);
        assertEquals(List.of(), kinds(ControlFlags.flags(List.of(), Set.of(), List.of(entry(EntryGround.POLICE_WARRANT)))));
    }
}
