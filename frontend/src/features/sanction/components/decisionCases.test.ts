import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { exclusionNotice, proposedExclusion } from '../../../test/fixtures/sanction';
import { caseFinished, caseSteps, currentStep, decisionCases } from './decisionCases';

type Sanction = components['schemas']['Sanction'];

const states = (steps: ReturnType<typeof caseSteps>) => steps.map((s) => `${s.key}:${s.state}`);
const detail = (steps: ReturnType<typeof caseSteps>, key: string) => steps.find((s) => s.key === key)?.detail;

const cited: Sanction = { ...proposedExclusion, advanceNoticeId: exclusionNotice.id, proposedAt: '2026-11-24T08:00:00Z' };
const received = {
  ...exclusionNotice,
  status: 'STATEMENT_RECEIVED' as const,
  statement: { receivedOn: '2026-11-21', text: 'Jeg angrer.', recordedAt: '2026-11-21T09:00:00Z', recordedBy: 'bakklandet1' },
};

describe('caseSteps (R-SAN-11, R-SAN-7)', () => {
  it('a new case lacks the forhåndsvarsel; everything else waits', () => {
    const steps = caseSteps({}, '2026-11-20');
    expect(states(steps)).toEqual([
      'ADVANCE_NOTICE:current',
      'STATEMENT:waiting',
      'PROPOSAL:waiting',
      'APPROVAL:waiting',
      'NOTIFICATION:waiting',
      'APPEAL:waiting',
    ]);
    expect(detail(steps, 'ADVANCE_NOTICE')).toBe('Forhåndsvarsel mangler');
    expect(currentStep(steps)).toBe('ADVANCE_NOTICE');
    expect(caseFinished(steps)).toBe(false);
  });

  it('while the deadline runs the statement is missing and the proposal waits', () => {
    const steps = caseSteps({ advanceNotice: exclusionNotice }, '2026-11-21');
    expect(states(steps).slice(0, 3)).toEqual(['ADVANCE_NOTICE:done', 'STATEMENT:current', 'PROPOSAL:waiting']);
    expect(detail(steps, 'ADVANCE_NOTICE')).toBe('Sendt 20.11.2026 – Gitt personlig og lest opp');
    expect(detail(steps, 'STATEMENT')).toBe('Fristen for uttalelse løper til 23.11.2026');
    expect(detail(steps, 'PROPOSAL')).toBe('Kan foreslås når uttalelsen er registrert eller fristen er ute');
  });

  it('a statement, none by the deadline, or a passed deadline each lets the decision be proposed', () => {
    const statement = (status: typeof exclusionNotice.status, extra = {}) =>
      caseSteps({ advanceNotice: { ...exclusionNotice, status, ...extra } }, '2026-11-24');
    let steps = statement('STATEMENT_RECEIVED', { statement: received.statement });
    expect(detail(steps, 'STATEMENT')).toBe('Uttalelse mottatt 21.11.2026');
    expect(currentStep(steps)).toBe('PROPOSAL');
    steps = statement('NO_STATEMENT');
    expect(detail(steps, 'STATEMENT')).toBe('Ingen uttalelse kom innen fristen 23.11.2026');
    expect(currentStep(steps)).toBe('PROPOSAL');
    steps = statement('DEADLINE_PASSED');
    expect(detail(steps, 'STATEMENT')).toBe('Fristen gikk ut 23.11.2026 uten at noen uttalelse er registrert');
    expect(detail(steps, 'PROPOSAL')).toBe('Vedtaket er ikke foreslått ennå');
  });

  it('a proposal waits for another fagleder, then for the notification, then the appeal deadline runs', () => {
    let steps = caseSteps({ advanceNotice: received, sanction: cited }, '2026-11-24');
    expect(currentStep(steps)).toBe('APPROVAL');
    expect(detail(steps, 'PROPOSAL')).toBe('Foreslått 24.11.2026 av Lars Leder, fagleder');
    expect(detail(steps, 'APPROVAL')).toBe('Venter på godkjenning fra en annen fagleder enn Lars Leder, fagleder');

    const approved = { ...cited, status: 'APPROVED' as const, approvedAt: '2026-11-24T10:00:00Z', approvedBy: 'Lise Lien, fagleder' };
    steps = caseSteps({ advanceNotice: received, sanction: approved }, '2026-11-24');
    expect(detail(steps, 'APPROVAL')).toBe('Godkjent 24.11.2026 av Lise Lien, fagleder');
    expect(currentStep(steps)).toBe('NOTIFICATION');
    expect(detail(steps, 'NOTIFICATION')).toBe('Vedtaket er ikke gjort kjent for beboeren ennå');

    const notified = { ...approved, status: 'IN_FORCE' as const, notifiedOn: '2026-11-25', appealDeadline: '2026-12-16' };
    steps = caseSteps({ advanceNotice: received, sanction: notified }, '2026-11-25');
    expect(currentStep(steps)).toBe('APPEAL');
    expect(detail(steps, 'APPEAL')).toBe('Klagefristen løper til 16.12.2026');
    expect(caseFinished(steps)).toBe(false);

    // The deadline passed without an appeal: the case is finished.
    steps = caseSteps({ advanceNotice: received, sanction: notified }, '2026-12-17');
    expect(detail(steps, 'APPEAL')).toBe('Klagefristen gikk ut 16.12.2026 uten klage');
    expect(caseFinished(steps)).toBe(true);

    const appealed = { ...notified, status: 'APPEALED' as const, appealedOn: '2026-11-30' };
    steps = caseSteps({ advanceNotice: received, sanction: appealed }, '2026-12-20');
    expect(detail(steps, 'APPEAL')).toBe('Klage mottatt 30.11.2026 – venter på avgjørelse');
    steps = caseSteps(
      { advanceNotice: received, sanction: { ...appealed, appealOutcome: 'UPHELD', appealOutcomeOn: '2026-12-10' } },
      '2026-12-20',
    );
    expect(detail(steps, 'APPEAL')).toBe('Klagen er avgjort: Opprettholdt 10.12.2026');
    expect(caseFinished(steps)).toBe(true);
  });

  it('an urgent exclusion and a tenancy referral need no forhåndsvarsel; a reversed decision needs nothing more', () => {
    let steps = caseSteps({ sanction: { ...proposedExclusion, urgent: true } }, '2026-11-21');
    expect(states(steps).slice(0, 2)).toEqual(['ADVANCE_NOTICE:skipped', 'STATEMENT:skipped']);
    expect(detail(steps, 'ADVANCE_NOTICE')).toBe('Ikke nødvendig: hastesak om vold eller trusler');
    steps = caseSteps(
      { sanction: { ...proposedExclusion, kind: 'LEASE', type: 'TERMINATION_REFERRAL', ground: 'NON_PAYMENT' } },
      '2026-11-21',
    );
    expect(detail(steps, 'ADVANCE_NOTICE')).toBe('Ikke nødvendig: i et leieforhold er det eieren som sier opp');
    const reversed = {
      ...cited,
      status: 'REVERSED' as const,
      approvedAt: '2026-11-24T10:00:00Z',
      approvedBy: 'leder2',
      notifiedOn: '2026-11-25',
      appealDeadline: '2026-12-16',
      appealedOn: '2026-11-26',
      appealOutcome: 'REVERSED' as const,
    };
    expect(caseFinished(caseSteps({ advanceNotice: received, sanction: reversed }, '2026-11-27'))).toBe(true);
  });
});

describe('decisionCases', () => {
  it('puts each decision in one case, with the forhåndsvarsel it cites, newest first; warnings are no case', () => {
    const urgent: Sanction = {
      ...proposedExclusion,
      id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
      urgent: true,
      proposedAt: '2026-10-01T08:00:00Z',
    };
    const warning: Sanction = {
      ...proposedExclusion,
      id: '6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c',
      type: 'ORAL_WARNING',
      ground: 'NOISE_AND_DISTURBANCE',
    };
    const cases = decisionCases([exclusionNotice], [urgent, warning, cited]);
    expect(cases.map((c) => c.id)).toEqual([`reaksjon-${cited.id}`, `reaksjon-${urgent.id}`]);
    expect(cases[0]).toMatchObject({ type: 'EXCLUSION', advanceNotice: exclusionNotice, sanction: cited });
    expect(cases[1]!.advanceNotice).toBeUndefined();
    // A forhåndsvarsel nobody has cited yet is its own case.
    expect(decisionCases([exclusionNotice], [urgent]).map((c) => c.id)).toEqual([
      `forhandsvarsel-${exclusionNotice.id}`,
      `reaksjon-${urgent.id}`,
    ]);
  });
});
