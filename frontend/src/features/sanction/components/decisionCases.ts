import type { components } from '../../../api/schema.gen';
import { formatDate } from '../../../components/format';
import { klageutfallTekst, tekster, VEDTAK_TYPER } from '../tekster';

type Sanction = components['schemas']['Sanction'];
type AdvanceNotice = components['schemas']['AdvanceNotice'];

/*
 * The steps toward an individual decision (R-SAN-11, R-SAN-7), pure: forhåndsvarsel → statement → proposal →
 * approval → notification → appeal. Each case is a forhåndsvarsel with the decision that cites it, or a decision
 * proposed without one (urgent, or a tenancy's referral to the owner).
 */

export type StepKey = 'ADVANCE_NOTICE' | 'STATEMENT' | 'PROPOSAL' | 'APPROVAL' | 'NOTIFICATION' | 'APPEAL';
/** done; current: what is missing now; waiting: comes later; skipped: not needed in this case. */
export type StepState = 'done' | 'current' | 'waiting' | 'skipped';

export interface Step {
  key: StepKey;
  state: StepState;
  /** What happened, or what is missing. */
  detail: string;
}

export interface DecisionCase {
  /** The element id of the case on the page: `reaksjon-<sanctionId>` once proposed, else `forhandsvarsel-<id>`. */
  id: string;
  type: Sanction['type'];
  advanceNotice?: AdvanceNotice;
  sanction?: Sanction;
}

const isDecision = (s: Sanction) => (VEDTAK_TYPER as readonly string[]).includes(s.type);
const day = (instant: string) => formatDate(instant.slice(0, 10));

/** The agreement's cases, newest first; every decision is in exactly one, the newest citing a forhåndsvarsel with it. */
export function decisionCases(notices: AdvanceNotice[], sanctions: Sanction[]): DecisionCase[] {
  const decisions = [...sanctions].filter(isDecision).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
  const used = new Set<string>();
  const cases: (DecisionCase & { at: string })[] = notices.map((notice) => {
    const sanction = decisions.find((s) => s.advanceNoticeId === notice.id);
    if (sanction) used.add(sanction.id);
    return {
      id: sanction ? `reaksjon-${sanction.id}` : `forhandsvarsel-${notice.id}`,
      type: notice.type,
      advanceNotice: notice,
      sanction,
      at: notice.createdAt,
    };
  });
  for (const sanction of decisions) {
    if (!used.has(sanction.id)) cases.push({ id: `reaksjon-${sanction.id}`, type: sanction.type, sanction, at: sanction.proposedAt });
  }
  return cases.sort((a, b) => b.at.localeCompare(a.at)).map(({ at: _at, ...c }) => c);
}

/** The six steps of a case on `today` (`åååå-mm-dd`), each done, current, waiting or skipped, with what is missing. */
export function caseSteps(c: Pick<DecisionCase, 'advanceNotice' | 'sanction'>, today: string): Step[] {
  const t = tekster.sak;
  const n = c.advanceNotice;
  const s = c.sanction;
  const step = (key: StepKey, state: StepState, detail: string): Step => ({ key, state, detail });
  const without = s?.urgent ? t.hastesak : s?.type === 'TERMINATION_REFERRAL' ? t.henvisning : t.ikkeRegistrert;

  const notice = n
    ? step('ADVANCE_NOTICE', 'done', t.sendt(formatDate(n.sentOn), n.deliveredHow))
    : s
      ? step('ADVANCE_NOTICE', 'skipped', without)
      : step('ADVANCE_NOTICE', 'current', t.forhandsvarselMangler);

  const deadline = n ? formatDate(n.statementDeadline) : '';
  const statement = !n
    ? s
      ? step('STATEMENT', 'skipped', without)
      : step('STATEMENT', 'waiting', t.uttalelseVenter)
    : n.status === 'STATEMENT_RECEIVED'
      ? step('STATEMENT', 'done', t.uttalelseMottatt(formatDate(n.statement?.receivedOn)))
      : n.status === 'NO_STATEMENT'
        ? step('STATEMENT', 'done', t.ingenUttalelse(deadline))
        : n.status === 'DEADLINE_PASSED'
          ? step('STATEMENT', 'done', t.fristenUte(deadline))
          : step('STATEMENT', 'current', t.fristLoper(deadline));

  const proposal = s
    ? step('PROPOSAL', 'done', t.foreslatt(day(s.proposedAt), s.proposedBy))
    : n && n.status !== 'AWAITING_STATEMENT'
      ? step('PROPOSAL', 'current', t.ikkeForeslatt)
      : step('PROPOSAL', 'waiting', t.foreslasEtterFrist);

  const approval = s?.approvedAt
    ? step('APPROVAL', 'done', t.godkjent(day(s.approvedAt), s.approvedBy ?? ''))
    : s
      ? step('APPROVAL', 'current', t.venterGodkjenning(s.proposedBy))
      : step('APPROVAL', 'waiting', t.godkjennesSenere);

  const reversed = s?.status === 'REVERSED';
  const notification = s?.notifiedOn
    ? step('NOTIFICATION', 'done', t.varslet(formatDate(s.notifiedOn)))
    : s?.approvedAt && !reversed
      ? step('NOTIFICATION', 'current', t.ikkeVarslet)
      : reversed
        ? step('NOTIFICATION', 'skipped', t.omgjort)
        : step('NOTIFICATION', 'waiting', t.varslesSenere);

  const appeal = s?.appealOutcome
    ? step(
        'APPEAL',
        'done',
        t.klageAvgjort(`${klageutfallTekst[s.appealOutcome]}${s.appealOutcomeOn ? ` ${formatDate(s.appealOutcomeOn)}` : ''}`),
      )
    : s?.appealedOn
      ? step('APPEAL', 'current', t.klageVenter(formatDate(s.appealedOn)))
      : reversed
        ? step('APPEAL', 'skipped', t.omgjort)
        : s?.appealDeadline && s.appealDeadline < today
          ? step('APPEAL', 'done', t.klagefristUte(formatDate(s.appealDeadline)))
          : s?.appealDeadline
            ? step('APPEAL', 'current', t.klagefristLoper(formatDate(s.appealDeadline)))
            : step('APPEAL', 'waiting', t.klageSenere);

  return [notice, statement, proposal, approval, notification, appeal];
}

/** A case is finished when no step is current or still to come. */
export const caseFinished = (steps: Step[]) => steps.every((s) => s.state === 'done' || s.state === 'skipped');

/** The step the case stands at: the first current one. */
export const currentStep = (steps: Step[]) => steps.find((s) => s.state === 'current')?.key ?? null;
