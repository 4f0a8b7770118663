import type { components } from '../../../api/schema.gen';
import type { AuthUser } from '../../../auth/roles';
import { partiesToSign } from '../form/AgreementForms';
import type { AgreementAction } from '../tekster';

type Agreement = components['schemas']['Agreement'];

/** Who is asking: only the roles matter for what they may do on an agreement. */
export type ActingUser = Pick<AuthUser, 'roles'>;

/**
 * The steps that make sense for the agreement's status and kind and the user's role, in button order.
 * Move-in is not listed here: it is the next step once nothing stands before it (see nextStep).
 */
export function availableActions(agreement: Agreement, user: ActingUser): AgreementAction[] {
  const { status } = agreement;
  const isFagleder = user.roles.includes('fagleder');
  const open = status !== 'ENDED';
  // R-AGR-1 and R-AGR-2: evaluation and renewal belong to a BTA; a tenancy (LEASE) follows husleieloven.
  const bta = agreement.kind === 'BTA';
  const actions: [AgreementAction, boolean][] = [
    ['SIGN', status === 'DRAFT' && partiesToSign(agreement, isFagleder).length > 0],
    ['PRIMARY_CONTACT', open && isFagleder],
    ['FOLLOW_UP', open],
    ['EVALUATION', bta && (status === 'ACTIVE' || status === 'NOTICE_GIVEN' || status === 'EXPIRED')],
    // R-AGR-9: an agreement whose end date passed without renewal is renewed to today or later.
    ['RENEW', bta && (status === 'ACTIVE' || status === 'EXPIRED')],
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

/** Move-in can be registered now: nothing stands before it (R-INT-5). */
export const readyToMoveIn = (agreement: Agreement) => awaitingMoveIn(agreement) && agreement.moveInMissing.length === 0;
