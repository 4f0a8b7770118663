import type { components } from '../../../api/schema.gen';
import type { AuthUser } from '../../../auth/roles';
import { partiesToSign } from '../form/AgreementForms';
import type { AgreementAction } from '../tekster';

type Agreement = components['schemas']['Agreement'];

/**
 * The steps that make sense for the agreement's status and the user's role, in button order.
 * Move-in has its own panel and is not listed here.
 */
export function availableActions(agreement: Agreement, user: AuthUser): AgreementAction[] {
  const { status } = agreement;
  const isFagleder = user.roles.includes('fagleder');
  const open = status !== 'ENDED';
  const actions: [AgreementAction, boolean][] = [
    ['SIGN', status === 'DRAFT' && partiesToSign(agreement, isFagleder).length > 0],
    ['PRIMARY_CONTACT', open && isFagleder],
    ['FOLLOW_UP', open],
    ['EVALUATION', status === 'ACTIVE' || status === 'NOTICE_GIVEN' || status === 'EXPIRED'],
    // R-AGR-9: an agreement whose end date passed without renewal is renewed to today or later.
    ['RENEW', status === 'ACTIVE' || status === 'EXPIRED'],
    ['FEE', open],
    ['NOTICE', status === 'ACTIVE'],
    ['MOVE_OUT', open && Boolean(agreement.movedInOn) && !agreement.moveOut],
    ['DEPOSIT', true],
    ['GROUP', open],
    ['MEETING', open],
    // R-AGR-9: before move-in an agreement is voided; after it, it ends by notice and move-out.
    ['VOID', open && !agreement.movedInOn],
  ];
  return actions.filter(([, shown]) => shown).map(([action]) => action);
}

/** Move-in can be registered while the resident has not moved in and the agreement is open. */
export const awaitingMoveIn = (agreement: Agreement) => !agreement.movedInOn && agreement.status !== 'ENDED';
