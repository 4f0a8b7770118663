import type { components } from '../../../api/schema.gen';
import { nesteStegTekst, type AgreementAction } from '../tekster';
import { availableActions, awaitingMoveIn, readyToMoveIn, type ActingUser } from './agreementActions';

type Agreement = components['schemas']['Agreement'];

export type NextStepReason = keyof (typeof nesteStegTekst)['hvorfor'];

export interface NextStep {
  /** The one step the page offers as its primary button, or null when none waits for this user. */
  action: AgreementAction | null;
  /** Why this is the step (or why there is none): a key of nesteStegTekst.hvorfor. */
  reason: NextStepReason;
}

/**
 * The agreement's next step for this user, from its status and flags: what the agreement's life
 * (R-AGR-4 signatures, R-INT-5 move-in, R-AGR-1 evaluation and renewal, R-AGR-9 expiry, R-AGR-8 move-out)
 * waits for next, and only if the user's role may take it now.
 */
export function nextStep(agreement: Agreement, user: ActingUser): NextStep {
  const may = new Set<AgreementAction>(availableActions(agreement, user));
  if (readyToMoveIn(agreement)) may.add('MOVE_IN');
  const step = (action: AgreementAction, reason: NextStepReason): NextStep | null => (may.has(action) ? { action, reason } : null);
  const { status, flags, followUp } = agreement;

  if (status === 'ENDED') return { action: null, reason: 'AVSLUTTET' };

  if (awaitingMoveIn(agreement)) {
    return (
      (status === 'DRAFT' ? step('SIGN', 'SIGN') : null) ??
      (!followUp.primaryContact ? step('PRIMARY_CONTACT', 'PRIMARY_CONTACT') : null) ??
      (!followUp.individualPlan ? step('FOLLOW_UP', 'FOLLOW_UP') : null) ??
      step('MOVE_IN', 'MOVE_IN') ?? { action: null, reason: 'VENTER_INNFLYTTING' }
    );
  }

  if (status === 'NOTICE_GIVEN' || flags.includes('NOTICE_PASSED')) {
    const moveOut = step('MOVE_OUT', 'MOVE_OUT_NOTICE');
    if (moveOut) return moveOut;
  }

  if (agreement.kind === 'LEASE') {
    return (status === 'EXPIRED' ? step('MOVE_OUT', 'MOVE_OUT_EXPIRED') : null) ?? { action: null, reason: 'INGEN' };
  }

  const firstPeriod = agreement.periods.length <= 1;
  const notEvaluated = flags.includes('FIRST_PERIOD_NOT_EVALUATED') || (firstPeriod && agreement.evaluations.length === 0);
  return (
    (notEvaluated ? step('EVALUATION', 'EVALUATION') : null) ??
    (status === 'EXPIRED' || flags.includes('EXPIRED') ? step('RENEW', 'RENEW_EXPIRED') : null) ??
    (flags.includes('ENDING_SOON') ? step('RENEW', 'RENEW_ENDING') : null) ??
    (firstPeriod && status === 'ACTIVE' ? step('RENEW', 'RENEW_EVALUATED') : null) ?? { action: null, reason: 'INGEN' }
  );
}
