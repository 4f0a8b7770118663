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
    ['EVALUATION', status === 'ACTIVE' || status === 'NOTICE_GIVEN'],
    ['RENEW', status === 'ACTIVE'],
    ['FEE', open],
    ['NOTICE', status === 'ACTIVE'],
    ['MOVE_OUT', open && Boolean(agreement.movedInOn) && !agreement.moveOut],
    ['DEPOSIT', true],
    ['GROUP', open],
    ['MEETING', open],
  ];
  return actions.filter(([, shown]) => shown).map(([action]) => action);
}

/** Move-in can be registered while the resident has not moved in and the agreement is open. */
export const awaitingMoveIn = (agreement: Agreement) => !agreement.movedInOn && agreement.status !== 'ENDED';
