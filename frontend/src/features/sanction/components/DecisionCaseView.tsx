import { Button, Heading } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { useAuth } from '../../../auth/AuthContext';
import { formatDate } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Terms } from '../../../components/Terms';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { useApproveSanction } from '../api/useApproveSanction';
import { tekster } from '../tekster';
import { caseSteps, currentStep, type DecisionCase } from './decisionCases';
import { LetterButton } from './LetterButton';
import { SanctionDetails } from './SanctionDetails';
import { StepList } from './StepList';
import { todayIso } from '../../../components/dates';

type Sanction = components['schemas']['Sanction'];

/** The step a button on a case opens (approval is done in place). */
export type CaseAction = 'ADVANCE_NOTICE' | 'STATEMENT' | 'PROPOSAL' | 'NOTIFICATION' | 'APPEAL';

/** Notice is recorded once, after approval where approval is needed. */
export const canNotify = (s: Sanction) => !s.notifiedOn && s.status !== 'AWAITING_APPROVAL' && s.status !== 'REVERSED';
/** Appeals exist for decisions with a deadline; the outcome can be added later. */
export const canAppeal = (s: Sanction) => !!s.appealDeadline && !s.appealOutcome;

interface Props {
  decisionCase: DecisionCase;
  onAction: (action: CaseAction) => void;
  onApproved: (message: string) => void;
}

const buttonText: Record<CaseAction, string> = {
  ADVANCE_NOTICE: tekster.sak.registrerForhandsvarsel,
  STATEMENT: tekster.sak.registrerUttalelse,
  PROPOSAL: tekster.sak.foreslaVedtak,
  NOTIFICATION: tekster.stige.varsle,
  APPEAL: tekster.stige.klage,
};

/**
 * One case toward a decision: the step list (what is done, what is missing now), the forhåndsvarsel and the
 * decision with their letters, and the buttons for the step the case stands at.
 */
export function DecisionCaseView({ decisionCase, onAction, onApproved }: Props) {
  const t = tekster.sak;
  const { user } = useAuth();
  const approve = useApproveSanction();
  const { advanceNotice: n, sanction: s, id } = decisionCase;
  const steps = caseSteps(decisionCase, todayIso());
  const at = currentStep(steps);
  const heading = n
    ? t.overskrift(reaksjonTekst[decisionCase.type], t.forhandsvarselSendt(formatDate(n.sentOn)))
    : s
      ? t.overskrift(reaksjonTekst[decisionCase.type], t.foreslattDato(formatDate(s.proposedAt.slice(0, 10))))
      : t.nySak;
  const actions: CaseAction[] = [];
  if (at === 'ADVANCE_NOTICE') actions.push('ADVANCE_NOTICE');
  if (n && !n.statement && !s) actions.push('STATEMENT');
  if (at === 'PROPOSAL') actions.push('PROPOSAL');
  if (s && canNotify(s)) actions.push('NOTIFICATION');
  if (s && canAppeal(s)) actions.push('APPEAL');
  const mayApprove =
    at === 'APPROVAL' && !!s && user.roles.includes('fagleder') && user.facilities.includes(s.facilityId) && !s.proposedByYou;

  return (
    <article aria-labelledby={`${id}-tittel`} id={id} tabIndex={-1} className="bta-section">
      <Heading level={3} data-size="xs" id={`${id}-tittel`}>
        {heading}
      </Heading>
      <StepList steps={steps} label={`${t.steg}: ${heading}`} />
      {n && (
        <>
          <Heading level={4} data-size="2xs">
            {t.forhandsvarsel}
          </Heading>
          <Terms
            rows={[
              [
                t.hva,
                <span key="hva" className="bta-pre">
                  {n.description}
                </span>,
              ],
              [t.sendtTittel, t.sendt(formatDate(n.sentOn), n.deliveredHow)],
              [t.frist, formatDate(n.statementDeadline)],
              [
                t.uttalelse,
                n.statement?.noneReceived ? (
                  t.ingenUttalelseKort
                ) : n.statement?.text ? (
                  <span key="uttalelse" className="bta-pre">
                    {formatDate(n.statement.receivedOn)}: {n.statement.text}
                  </span>
                ) : null,
              ],
            ]}
          />
        </>
      )}
      {s && <SanctionDetails sanction={s} />}
      {(actions.length > 0 || mayApprove || n || s) && (
        <div className="bta-buttons">
          {mayApprove && (
            <Button
              type="button"
              loading={approve.isPending}
              disabled={approve.isPending}
              onClick={() => approve.mutate(s.id, { onSuccess: () => onApproved(t.godkjentLagret) })}
            >
              {t.godkjenn}
            </Button>
          )}
          {actions.map((action) => (
            <Button
              key={action}
              type="button"
              variant={action === 'APPEAL' ? 'secondary' : 'primary'}
              aria-haspopup="dialog"
              onClick={() => onAction(action)}
            >
              {buttonText[action]}
            </Button>
          ))}
          {n && <LetterButton letter="advanceNotice" id={n.id} />}
          {s && <LetterButton letter="decision" id={s.id} />}
        </div>
      )}
      {approve.error && <ProblemAlert error={approve.error} heading={t.godkjennFeil} />}
    </article>
  );
}
