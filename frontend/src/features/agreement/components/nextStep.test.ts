import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import type { Role } from '../../../auth/roles';
import { activeAgreement, draftAgreement, endedAgreement } from '../../../test/fixtures/agreement';
import { availableActions } from './agreementActions';
import { nextStep } from './nextStep';

type Agreement = components['schemas']['Agreement'];

const staff = { roles: ['botiltak'] as Role[] };
const fagleder = { roles: ['fagleder'] as Role[] };

const residentSigned: Agreement = {
  ...draftAgreement,
  signatures: { residentSignedOn: '2026-11-28' },
  flags: ['UNSIGNED'],
  moveInMissing: ['fagleder har ikke signert for kommunen', 'primærkontakt er ikke oppnevnt'],
};
/** Signed by both, not moved in yet. */
const signed: Agreement = {
  ...activeAgreement,
  movedInOn: null,
  flags: [],
  followUp: { responsibilityGroup: [], meetings: [] },
  moveInMissing: ['primærkontakt er ikke oppnevnt'],
};
const evaluated: Agreement = {
  ...activeAgreement,
  flags: [],
  evaluations: [{ heldOn: '2027-01-20', summary: 'Gått bra', createdBy: 'Berit Bakken' }],
};
const renewed: Agreement = {
  ...evaluated,
  endDate: '2028-01-31',
  periods: [...activeAgreement.periods, { seq: 2, fromDate: '2027-02-01', toDate: '2028-01-31' }],
};
const noticeGiven: Agreement = {
  ...renewed,
  status: 'NOTICE_GIVEN',
  notice: { givenBy: 'RESIDENT', givenOn: '2027-03-01', effectiveOn: '2027-03-15', reason: 'Flytter' },
};
const lease = (a: Agreement): Agreement => ({ ...a, kind: 'LEASE' });

describe('nextStep', () => {
  it('asks for the signatures on a draft, the municipality’s only from a fagleder (R-AGR-4)', () => {
    expect(nextStep(draftAgreement, staff)).toEqual({ action: 'SIGN', reason: 'SIGN' });
    expect(nextStep(draftAgreement, fagleder)).toEqual({ action: 'SIGN', reason: 'SIGN' });
    expect(nextStep(residentSigned, fagleder)).toEqual({ action: 'SIGN', reason: 'SIGN' });
    // botiltak cannot sign for the municipality: its next step is the answer on the individual plan
    expect(nextStep(residentSigned, staff)).toEqual({ action: 'FOLLOW_UP', reason: 'FOLLOW_UP' });
    const answered = { ...residentSigned, followUp: { ...residentSigned.followUp, individualPlan: 'ACCEPTED' as const } };
    expect(nextStep(answered, staff)).toEqual({ action: null, reason: 'VENTER_INNFLYTTING' });
  });

  it('leads up to move-in: primary contact (fagleder), the individual plan, then move-in (R-INT-5)', () => {
    expect(nextStep(signed, fagleder)).toEqual({ action: 'PRIMARY_CONTACT', reason: 'PRIMARY_CONTACT' });
    expect(nextStep(signed, staff)).toEqual({ action: 'FOLLOW_UP', reason: 'FOLLOW_UP' });
    const withContact = { ...signed, followUp: { ...signed.followUp, primaryContact: 'Berit Bakken' }, moveInMissing: [] };
    expect(nextStep(withContact, fagleder)).toEqual({ action: 'FOLLOW_UP', reason: 'FOLLOW_UP' });
    const ready = { ...withContact, followUp: { ...withContact.followUp, individualPlan: 'DECLINED' as const } };
    expect(nextStep(ready, fagleder)).toEqual({ action: 'MOVE_IN', reason: 'MOVE_IN' });
    expect(nextStep(ready, staff)).toEqual({ action: 'MOVE_IN', reason: 'MOVE_IN' });
    // something still missing: no move-in offered
    expect(nextStep({ ...ready, moveInMissing: ['orienteringsmøtet er ikke holdt'] }, staff)).toEqual({
      action: null,
      reason: 'VENTER_INNFLYTTING',
    });
  });

  it('asks for the evaluation after the first period, then the renewal (R-AGR-1)', () => {
    expect(nextStep(activeAgreement, staff)).toEqual({ action: 'EVALUATION', reason: 'EVALUATION' });
    expect(nextStep(evaluated, staff)).toEqual({ action: 'RENEW', reason: 'RENEW_EVALUATED' });
    expect(nextStep(renewed, staff)).toEqual({ action: null, reason: 'INGEN' });
    expect(nextStep({ ...renewed, flags: ['ENDING_SOON'] }, staff)).toEqual({ action: 'RENEW', reason: 'RENEW_ENDING' });
  });

  it('asks for a renewal of an expired agreement, after the evaluation if it is still missing (R-AGR-9)', () => {
    expect(nextStep({ ...renewed, status: 'EXPIRED', flags: ['EXPIRED'] }, staff)).toEqual({ action: 'RENEW', reason: 'RENEW_EXPIRED' });
    expect(nextStep({ ...activeAgreement, status: 'EXPIRED', flags: ['EXPIRED', 'FIRST_PERIOD_NOT_EVALUATED'] }, staff)).toEqual({
      action: 'EVALUATION',
      reason: 'EVALUATION',
    });
  });

  it('asks for the move-out once notice is given (R-AGR-8), and nothing on an ended agreement', () => {
    expect(nextStep(noticeGiven, staff)).toEqual({ action: 'MOVE_OUT', reason: 'MOVE_OUT_NOTICE' });
    expect(nextStep({ ...noticeGiven, flags: ['NOTICE_PASSED'] }, fagleder)).toEqual({ action: 'MOVE_OUT', reason: 'MOVE_OUT_NOTICE' });
    expect(nextStep(endedAgreement, fagleder)).toEqual({ action: null, reason: 'AVSLUTTET' });
  });

  it('offers a tenancy (LEASE) no evaluation or renewal, as a step or at all (R-AGR-2)', () => {
    expect(nextStep(lease(draftAgreement), staff)).toEqual({ action: 'SIGN', reason: 'SIGN' });
    expect(nextStep(lease(activeAgreement), staff)).toEqual({ action: null, reason: 'INGEN' });
    expect(nextStep(lease({ ...evaluated, flags: ['ENDING_SOON'] }), fagleder)).toEqual({ action: null, reason: 'INGEN' });
    expect(nextStep(lease({ ...activeAgreement, status: 'EXPIRED', flags: ['EXPIRED'] }), staff)).toEqual({
      action: 'MOVE_OUT',
      reason: 'MOVE_OUT_EXPIRED',
    });
    expect(nextStep(lease(noticeGiven), staff)).toEqual({ action: 'MOVE_OUT', reason: 'MOVE_OUT_NOTICE' });
    for (const a of [activeAgreement, { ...activeAgreement, status: 'EXPIRED' as const }, noticeGiven]) {
      expect(availableActions(lease(a), fagleder)).not.toContain('EVALUATION');
      expect(availableActions(lease(a), fagleder)).not.toContain('RENEW');
      expect(availableActions(a, fagleder)).toContain('EVALUATION');
    }
  });

  it('never offers a step the user may not take', () => {
    const cases = [draftAgreement, residentSigned, signed, activeAgreement, evaluated, renewed, noticeGiven, endedAgreement];
    for (const a of [...cases, ...cases.map(lease)]) {
      for (const user of [staff, fagleder]) {
        const { action } = nextStep(a, user);
        if (action && action !== 'MOVE_IN') expect(availableActions(a, user)).toContain(action);
      }
    }
  });
});
