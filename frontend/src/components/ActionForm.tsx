import type { FormEventHandler, ReactNode } from 'react';
import { Button, Heading } from '@digdir/designsystemet-react';
import type { ApiError } from '../api/problem';
import { FormErrorSummary, type SummaryError } from './FormErrorSummary';
import { ProblemAlert } from './ProblemAlert';
import { felles } from './tekster';

export interface ActionFormFrame {
  id: string;
  failure: ApiError | null;
  summary: SummaryError[];
  showSummary: boolean;
  pending: boolean;
  /** Changes with each save attempt; the error summary takes focus then. */
  focusKey?: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
}

interface Props extends ActionFormFrame {
  title: string;
  submitText: string;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of every step form in a dialog (applications, agreements): heading, the server's
 * problem (with its detail), the error summary, the fields, and save/cancel.
 */
export function ActionForm({
  id,
  title,
  failure,
  summary,
  showSummary,
  pending,
  focusKey,
  submitText,
  onSubmit,
  onCancel,
  children,
}: Props) {
  return (
    <form noValidate aria-labelledby={`${id}-tittel`} className="bta-form" onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id={`${id}-tittel`}>
        {title}
      </Heading>
      {failure && <ProblemAlert error={failure} heading={felles.feil} />}
      {showSummary && <FormErrorSummary errors={summary} focusKey={focusKey} />}
      {children}
      <div className="bta-buttons">
        <Button type="submit" loading={pending} disabled={pending}>
          {pending ? felles.lagrer : submitText}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {felles.avbryt}
        </Button>
      </div>
    </form>
  );
}
