package no.kommune.bta.sanction;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.sanction.SanctionDtos.ControlFlag;
import no.kommune.bta.sanction.SanctionDtos.EntryView;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;

/**
 * What the control report points the auditor at (R-SAN-10), pure: terminations with no decision behind them,
 * terminations with no written warning before them, exclusions of one resident close together, entries because
 * nobody answered at the HMS round.
 */
public final class ControlFlags {
    /** Two exclusions of the same resident at the same facility starting this many days apart or less are flagged. */
    public static final int EXCLUSIONS_CLOSE_TOGETHER_DAYS = 30;

    /** The termination that should have a written warning before it … */
    static final SanctionType WARNED_TERMINATION = SanctionType.TERMINATION;
    /** … unless it is for unpaid egenbetaling … */
    static final SanctionGround NO_WARNING_NEEDED_ON = SanctionGround.NON_PAYMENT;
    /** … and the warning it should have. */
    static final SanctionType EARLIER_WARNING = SanctionType.WRITTEN_WARNING;

    private ControlFlags() {
    }

    /**
     * R-SAN-12: each termination of a BTA that happened with no decision behind it (records from before the rule, or
     * moved over from elsewhere), first in the report. In a tenancy the owner terminates, with or without a referral.
     */
    public static List<ControlFlag> withoutDecision(List<AgreementTermination> terminations) {
        return terminations.stream().filter(t -> t.kind() == AgreementKind.BTA && t.decision() == null)
                .map(t -> new ControlFlag(ControlFlagKind.TERMINATION_WITHOUT_DECISION, SanctionTexts.TERMINATION_WITHOUT_DECISION,
                        t.personId()))
                .toList();
    }

    /**
     * The flags in report order: each unwarned termination (as {@code unwarned} names them, in the order of
     * {@code sanctions}), each pair of exclusions close together, then one line for the HMS-round entries.
     */
    public static List<ControlFlag> flags(List<SanctionView> sanctions, Set<UUID> unwarned, List<EntryView> entries) {
        List<ControlFlag> flags = new ArrayList<>();
        for (SanctionView t : sanctions) {
            if (unwarned.contains(t.id())) {
                flags.add(new ControlFlag(ControlFlagKind.TERMINATION_WITHOUT_WRITTEN_WARNING,
                        SanctionTexts.TERMINATION_WITHOUT_WRITTEN_WARNING, t.personId()));
            }
        }
        List<SanctionView> exclusions = sanctions.stream().filter(s -> s.type() == SanctionType.EXCLUSION).toList();
        for (int i = 0; i < exclusions.size(); i++) {
            for (int j = i + 1; j < exclusions.size(); j++) {
                SanctionView x = exclusions.get(i), y = exclusions.get(j);
                if (x.personId().equals(y.personId()) && x.facilityId().equals(y.facilityId())
                        && Math.abs(ChronoUnit.DAYS.between(x.exclusionFrom(), y.exclusionFrom())) <= EXCLUSIONS_CLOSE_TOGETHER_DAYS) {
                    flags.add(new ControlFlag(ControlFlagKind.EXCLUSIONS_CLOSE_TOGETHER,
                            SanctionTexts.exclusionsCloseTogether(EXCLUSIONS_CLOSE_TOGETHER_DAYS), x.personId()));
                }
            }
        }
        long noAnswer = entries.stream().filter(e -> e.ground() == EntryGround.NO_ANSWER_AT_HMS_ROUND).count();
        if (noAnswer > 0) {
            flags.add(new ControlFlag(ControlFlagKind.ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER,
                    SanctionTexts.entriesAtHmsRoundWithoutAnswer(noAnswer), null));
        }
        return flags;
    }
}
