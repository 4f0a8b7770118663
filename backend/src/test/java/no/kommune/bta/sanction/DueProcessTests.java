package no.kommune.bta.sanction;

import static no.kommune.bta.sanction.SanctionGround.NON_PAYMENT;
import static no.kommune.bta.sanction.SanctionGround.SUBSTANCE_USE;
import static no.kommune.bta.sanction.SanctionGround.VIOLENCE_OR_THREATS;
import static no.kommune.bta.sanction.SanctionGround.WEAPONS_OR_THREATENING_OBJECTS;
import static no.kommune.bta.sanction.SanctionType.EXCLUSION;
import static no.kommune.bta.sanction.SanctionType.ORAL_WARNING;
import static no.kommune.bta.sanction.SanctionType.TERMINATION;
import static no.kommune.bta.sanction.SanctionType.TERMINATION_REFERRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.sanction.DueProcess.Notice;
import no.kommune.bta.sanction.DueProcess.Period;
import org.junit.jupiter.api.Test;

/** R-SAN-11 (forhåndsvarsel before a hard measure) and R-SAN-7 (an exclusion starts no earlier than its approval), pure. */
class DueProcessTests {
    static final LocalDate D = LocalDate.of(2026, 11, 20);
    static final UUID A = UUID.randomUUID(), B = UUID.randomUUID();

    static Notice notice(SanctionType type, LocalDate deadline, boolean recorded) {
        return new Notice(type, deadline, recorded, Set.of(A));
    }

    static Optional<ProblemType> refusal(SanctionType type, SanctionGround ground, boolean urgent, Notice notice, List<UUID> incidents) {
        return DueProcess.check(type, ground, urgent, notice, incidents, D).map(SanctionPolicy.Refusal::type);
    }

    @Test
    void R_SAN_11_an_exclusion_and_a_termination_need_a_forhandsvarsel_warnings_and_referrals_do_not() {
        assertEquals(Optional.of(ProblemType.ADVANCE_NOTICE_MISSING), refusal(EXCLUSION, VIOLENCE_OR_THREATS, false, null, List.of(A)));
        assertEquals(Optional.of(ProblemType.ADVANCE_NOTICE_MISSING), refusal(TERMINATION, NON_PAYMENT, false, null, List.of(A)));
        assertEquals(Optional.empty(), refusal(ORAL_WARNING, SUBSTANCE_USE, false, null, List.of(A)));
        assertEquals(Optional.empty(), refusal(TERMINATION_REFERRAL, NON_PAYMENT, false, null, List.of(A)));
        // the forhåndsvarsel must be of the same measure
        assertEquals(Optional.of(ProblemType.ADVANCE_NOTICE_MISSING),
                refusal(TERMINATION, NON_PAYMENT, false, notice(EXCLUSION, D.minusDays(1), true), List.of(A)));
    }

    @Test
    void R_SAN_11_the_decision_waits_for_the_statement_or_the_deadline() {
        // deadline today, nothing recorded: the resident may still answer
        assertEquals(Optional.of(ProblemType.STATEMENT_PENDING), refusal(EXCLUSION, VIOLENCE_OR_THREATS, false,
                notice(EXCLUSION, D, false), List.of(A)));
        // the statement recorded before the deadline
        assertEquals(Optional.empty(), refusal(EXCLUSION, VIOLENCE_OR_THREATS, false, notice(EXCLUSION, D.plusDays(3), true), List.of(A)));
        // the deadline passed yesterday
        assertEquals(Optional.empty(), refusal(TERMINATION, NON_PAYMENT, false, notice(TERMINATION, D.minusDays(1), false), List.of(A)));
        assertTrue(DueProcess.ready(notice(EXCLUSION, D.minusDays(1), false), D));
        assertTrue(!DueProcess.ready(notice(EXCLUSION, D, false), D));
        // "none came" can be said only once the deadline has passed
        assertTrue(!DueProcess.mayRecordNoneReceived(D, D));
        assertTrue(DueProcess.mayRecordNoneReceived(D.minusDays(1), D));
    }

    @Test
    void R_SAN_11_every_incident_the_decision_rests_on_was_in_the_forhandsvarsel() {
        assertEquals(Optional.of(ProblemType.INCIDENT_NOT_IN_ADVANCE_NOTICE), refusal(EXCLUSION, VIOLENCE_OR_THREATS, false,
                notice(EXCLUSION, D.minusDays(1), false), List.of(A, B)));
        assertEquals("incidentIds[1]", DueProcess.check(EXCLUSION, VIOLENCE_OR_THREATS, false, notice(EXCLUSION, D.minusDays(1), false),
                List.of(A, B), D).orElseThrow().field());
    }

    @Test
    void R_SAN_11_only_an_exclusion_for_violence_or_threats_may_be_urgent() {
        assertEquals(Optional.empty(), refusal(EXCLUSION, VIOLENCE_OR_THREATS, true, null, List.of(A)));
        assertEquals(Optional.empty(), refusal(EXCLUSION, WEAPONS_OR_THREATENING_OBJECTS, true, null, List.of(A)));
        assertEquals(Optional.of(ProblemType.URGENT_ONLY_FOR_VIOLENCE_OR_THREATS), refusal(EXCLUSION, SUBSTANCE_USE, true, null, List.of(A)));
        assertEquals(Optional.of(ProblemType.URGENT_ONLY_FOR_VIOLENCE_OR_THREATS), refusal(TERMINATION, NON_PAYMENT, true,
                notice(TERMINATION, D.minusDays(1), true), List.of(A)));
    }

    @Test
    void R_SAN_11_the_status_of_a_forhandsvarsel() {
        assertEquals(AdvanceNoticeStatus.AWAITING_STATEMENT, DueProcess.status(false, false, D, D));
        assertEquals(AdvanceNoticeStatus.DEADLINE_PASSED, DueProcess.status(false, false, D.minusDays(1), D));
        assertEquals(AdvanceNoticeStatus.STATEMENT_RECEIVED, DueProcess.status(true, false, D.minusDays(1), D));
        assertEquals(AdvanceNoticeStatus.NO_STATEMENT, DueProcess.status(false, true, D.minusDays(1), D));
    }

    @Test
    void R_SAN_7_an_exclusion_starts_no_earlier_than_its_approval() {
        Period proposed = new Period(D, D.plusDays(4));
        // approved on the first day or before it: unchanged
        assertEquals(Optional.of(proposed), DueProcess.startOnApproval(proposed, D, new Period(D, D.plusDays(4))));
        assertEquals(Optional.of(proposed), DueProcess.startOnApproval(proposed, D.minusDays(2), new Period(D, D.plusDays(4))));
        // approved two days late: moved, as long as it was, when the alternative accommodation covers it
        assertEquals(Optional.of(new Period(D.plusDays(2), D.plusDays(6))),
                DueProcess.startOnApproval(proposed, D.plusDays(2), new Period(D, D.plusDays(10))));
        // not covered: refused
        assertEquals(Optional.empty(), DueProcess.startOnApproval(proposed, D.plusDays(2), new Period(D, D.plusDays(5))));
        assertEquals(Optional.empty(), DueProcess.startOnApproval(proposed, D.plusDays(2), null));
    }
}
