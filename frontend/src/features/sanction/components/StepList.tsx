import type { Step } from './decisionCases';
import { stegStatusTekst, stegTekst } from '../tekster';

const variant: Record<Step['state'], string> = {
  done: 'vacant',
  current: 'allocated',
  waiting: 'occupied',
  skipped: 'occupied',
};

/**
 * The steps of a case in order, each with its state in words (not colour alone) and what happened or is
 * missing; the step the case stands at is `aria-current="step"`.
 */
export function StepList({ steps, label }: { steps: Step[]; label: string }) {
  const current = steps.find((s) => s.state === 'current')?.key;
  return (
    <ol className="bta-steps" aria-label={label}>
      {steps.map((step) => (
        <li key={step.key} aria-current={step.key === current ? 'step' : undefined} className={`bta-step bta-step--${step.state}`}>
          <span className={`bta-status bta-status--${variant[step.state]}`}>{stegStatusTekst[step.state]}</span>{' '}
          <strong>{stegTekst[step.key]}</strong> <br />
          <span>{step.detail}</span>
        </li>
      ))}
    </ol>
  );
}
