package no.kommune.bta.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.agreement.AgreementFlags.Facts;
import no.kommune.bta.facility.AgreementKind;
import org.junit.jupiter.api.Test;

/** The flags of an agreement (list, detail and the daily overview read the same ones). Plain JUnit. */
class AgreementFlagsTests {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** The defaults of {@link AgreementSettings}. */
    record Defaults(int endingSoonDays, int firstPeriodMonths, int renewalWarningDays, int leaseTermYears)
            implements AgreementSettings {
        static final Defaults INSTANCE = new Defaults(30, 2, 366, 3);
    }

    static final AgreementTerms TERMS = new AgreementTerms(Defaults.INSTANCE);
    static final AgreementFlags FLAGS = new AgreementFlags(Defaults.INSTANCE, TERMS);

    /** An active BTA in its second period, evaluated, ending in a year, within the stay limit: nothing to flag. */
    static Facts calm() {
        return facts(AgreementKind.BTA, AgreementStatus.ACTIVE, TODAY.minusMonths(3), TODAY.plusYears(1), 90, 730, 1, 2);
    }

    static Facts with(Facts f, AgreementStatus status, LocalDate start, LocalDate end, Integer stay, long evaluations, long periods) {
        return facts(f.kind(), status, start, end, stay, f.maxStayDays(), evaluations, periods);
    }

    @Test
    void a_calm_agreement_has_no_flags() {
        assertEquals(List.of(), FLAGS.of(calm(), TODAY));
    }

    @Test
    void R_AGR_4_a_draft_is_UNSIGNED() {
        Facts draft = with(calm(), AgreementStatus.DRAFT, TODAY, TODAY.plusYears(1), null, 0, 2);
        assertEquals(List.of(AgreementFlag.UNSIGNED), FLAGS.of(draft, TODAY));
    }

    @Test
    void ENDING_SOON_when_the_end_date_is_within_30_days_counting_the_thirtieth() {
        Facts f = calm();
        assertTrue(FLAGS.of(with(f, f.status(), f.startDate(), TODAY.plusDays(30), 90, 1, 2), TODAY).contains(AgreementFlag.ENDING_SOON));
        assertFalse(FLAGS.of(with(f, f.status(), f.startDate(), TODAY.plusDays(31), 90, 1, 2), TODAY).contains(AgreementFlag.ENDING_SOON));
        assertTrue(FLAGS.of(with(f, f.status(), f.startDate(), TODAY.minusDays(1), 90, 1, 2), TODAY).contains(AgreementFlag.ENDING_SOON),
                "an end date already passed is still ending");
    }

    @Test
    void ENDING_SOON_follows_the_configured_number_of_days() {
        AgreementFlags seven = new AgreementFlags(new Defaults(7, 2, 366, 3), TERMS);
        Facts f = calm();
        assertFalse(seven.of(with(f, f.status(), f.startDate(), TODAY.plusDays(8), 90, 1, 2), TODAY).contains(AgreementFlag.ENDING_SOON));
        assertTrue(seven.of(with(f, f.status(), f.startDate(), TODAY.plusDays(7), 90, 1, 2), TODAY).contains(AgreementFlag.ENDING_SOON));
    }

    @Test
    void R_AGR_7_OVERSTAY_when_the_continuous_stay_is_past_the_facilitys_limit() {
        Facts f = calm();
        assertTrue(FLAGS.of(with(f, f.status(), f.startDate(), f.endDate(), 731, 1, 2), TODAY).contains(AgreementFlag.OVERSTAY));
        assertFalse(FLAGS.of(with(f, f.status(), f.startDate(), f.endDate(), 730, 1, 2), TODAY).contains(AgreementFlag.OVERSTAY));
        assertFalse(FLAGS.of(with(f, f.status(), f.startDate(), f.endDate(), null, 1, 2), TODAY).contains(AgreementFlag.OVERSTAY),
                "not moved in: no stay");
        Facts noLimit = facts(AgreementKind.LEASE, AgreementStatus.ACTIVE, f.startDate(), f.endDate(), 5000, null, 1, 2);
        assertFalse(FLAGS.of(noLimit, TODAY).contains(AgreementFlag.OVERSTAY), "a facility without a limit");
    }

    @Test
    void R_AGR_1_FIRST_PERIOD_NOT_EVALUATED_for_an_active_agreement_in_its_first_period_without_evaluation() {
        Facts f = calm();
        LocalDate start = TODAY;
        LocalDate end = start.plusMonths(2).minusDays(1);
        assertEquals(List.of(AgreementFlag.FIRST_PERIOD_NOT_EVALUATED), FLAGS.of(with(f, AgreementStatus.ACTIVE, start, end, 30, 0, 1), TODAY));
        assertFalse(FLAGS.of(with(f, AgreementStatus.ACTIVE, start, end, 30, 1, 1), TODAY).contains(AgreementFlag.FIRST_PERIOD_NOT_EVALUATED),
                "evaluated");
        assertFalse(FLAGS.of(with(f, AgreementStatus.ACTIVE, start, end, 30, 0, 2), TODAY).contains(AgreementFlag.FIRST_PERIOD_NOT_EVALUATED),
                "renewed");
        assertFalse(FLAGS.of(with(f, AgreementStatus.DRAFT, start, end, null, 0, 1), TODAY).contains(AgreementFlag.FIRST_PERIOD_NOT_EVALUATED),
                "a draft is not yet running");
    }

    @Test
    void R_AGR_1_LONG_FIRST_PERIOD_for_a_bta_whose_first_period_is_longer_than_two_months() {
        LocalDate start = TODAY;
        Facts twoMonths = facts(AgreementKind.BTA, AgreementStatus.ACTIVE, start, start.plusMonths(2).minusDays(1), null, 730, 1, 1);
        Facts longer = facts(AgreementKind.BTA, AgreementStatus.ACTIVE, start, start.plusMonths(2), null, 730, 1, 1);
        Facts renewed = facts(AgreementKind.BTA, AgreementStatus.ACTIVE, start, start.plusMonths(6), null, 730, 1, 2);
        Facts lease = facts(AgreementKind.LEASE, AgreementStatus.ACTIVE, start, start.plusYears(3), null, null, 1, 1);
        assertFalse(FLAGS.of(twoMonths, TODAY).contains(AgreementFlag.LONG_FIRST_PERIOD));
        assertTrue(FLAGS.of(longer, TODAY).contains(AgreementFlag.LONG_FIRST_PERIOD));
        assertFalse(FLAGS.of(renewed, TODAY).contains(AgreementFlag.LONG_FIRST_PERIOD), "only the first period");
        assertFalse(FLAGS.of(lease, TODAY).contains(AgreementFlag.LONG_FIRST_PERIOD), "a tenancy runs its term");
    }

    @Test
    void an_ended_agreement_has_no_flags_and_the_flags_keep_their_order() {
        Facts ended = facts(AgreementKind.BTA, AgreementStatus.ENDED, TODAY.minusYears(3), TODAY, 2000, 730, 0, 1);
        assertEquals(List.of(), FLAGS.of(ended, TODAY));
        Facts all = facts(AgreementKind.BTA, AgreementStatus.DRAFT, TODAY.minusYears(3), TODAY, 2000, 730, 0, 1);
        assertEquals(List.of(AgreementFlag.UNSIGNED, AgreementFlag.ENDING_SOON, AgreementFlag.OVERSTAY,
                AgreementFlag.LONG_FIRST_PERIOD), FLAGS.of(all, TODAY));
    }

    @Test
    void R_AGR_9_an_EXPIRED_agreement_is_flagged_EXPIRED_instead_of_ENDING_SOON() {
        Facts f = calm();
        Facts expired = with(f, AgreementStatus.EXPIRED, f.startDate(), TODAY.minusDays(1), 90, 1, 2);
        assertEquals(List.of(AgreementFlag.EXPIRED), FLAGS.of(expired, TODAY));
        Facts firstPeriod = with(f, AgreementStatus.EXPIRED, TODAY.minusMonths(2), TODAY.minusDays(1), 60, 0, 1);
        assertEquals(List.of(AgreementFlag.EXPIRED, AgreementFlag.FIRST_PERIOD_NOT_EVALUATED), FLAGS.of(firstPeriod, TODAY),
                "an expired first period still needs its evaluation before it can be renewed");
        assertFalse(FLAGS.of(with(f, AgreementStatus.ACTIVE, f.startDate(), TODAY, 90, 1, 2), TODAY)
                .contains(AgreementFlag.EXPIRED), "the status says expired, not the date");
    }

    @Test
    void R_AGR_9_a_notice_that_took_effect_without_a_move_out_is_NOTICE_PASSED() {
        Facts f = calm();
        Facts passed = withNotice(with(f, AgreementStatus.NOTICE_GIVEN, f.startDate(), f.endDate(), 90, 1, 2), TODAY.minusDays(1));
        assertEquals(List.of(AgreementFlag.NOTICE_PASSED), FLAGS.of(passed, TODAY));
        Facts running = withNotice(passed, TODAY);
        assertEquals(List.of(), FLAGS.of(running, TODAY), "the notice takes effect today: not yet passed");
        Facts ended = withNotice(with(f, AgreementStatus.ENDED, f.startDate(), f.endDate(), 90, 1, 2), TODAY.minusDays(10));
        assertEquals(List.of(), FLAGS.of(ended, TODAY), "moved out");
        Facts expiredToo = withNotice(with(f, AgreementStatus.EXPIRED, f.startDate(), TODAY.minusDays(2), 90, 1, 2), TODAY.minusDays(5));
        assertEquals(List.of(AgreementFlag.EXPIRED, AgreementFlag.NOTICE_PASSED), FLAGS.of(expiredToo, TODAY));
    }

    static Facts withNotice(Facts f, LocalDate noticeEffectiveOn) {
        return new Facts(f.kind(), f.status(), f.startDate(), f.endDate(), f.stayDays(), f.maxStayDays(), f.overStayLimit(),
                f.evaluations(), f.periods(), noticeEffectiveOn);
    }

    /** The facts as the query reads them: over the stay limit when the stay is longer than the limit; no notice. */
    static Facts facts(AgreementKind kind, AgreementStatus status, LocalDate start, LocalDate end, Integer stay,
                       Integer max, long evaluations, long periods) {
        return new Facts(kind, status, start, end, stay, max, stay != null && max != null && stay > max, evaluations,
                periods, null);
    }
}
