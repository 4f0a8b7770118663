package no.kommune.bta.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The referral case's answers (R-SAN-6). Plain JUnit. */
class ReferralStatusTests {

    @Test
    void R_SAN_6_the_owner_answers_with_notice_a_fixed_term_not_renewed_eviction_or_a_withdrawal() {
        assertEquals(EnumSet.of(ReferralStatus.NOTICE, ReferralStatus.FIXED_TERM_NOT_RENEWED, ReferralStatus.EVICTION,
                ReferralStatus.WITHDRAWN), ReferralStatus.RESPONSES);
        assertFalse(ReferralStatus.RESPONSES.contains(ReferralStatus.REFERRED), "referred is where the case starts");
    }

    @Test
    void R_SAN_6_notice_and_eviction_name_their_date_a_fixed_term_ends_with_its_term_and_a_withdrawal_has_none() {
        assertTrue(ReferralStatus.NOTICE.needsEffectiveDate());
        assertTrue(ReferralStatus.EVICTION.needsEffectiveDate());
        assertFalse(ReferralStatus.FIXED_TERM_NOT_RENEWED.needsEffectiveDate());
        assertTrue(ReferralStatus.FIXED_TERM_NOT_RENEWED.takesEffect());
        assertFalse(ReferralStatus.WITHDRAWN.takesEffect());
        assertFalse(ReferralStatus.WITHDRAWN.needsEffectiveDate());
    }
}
