import type { FormEventHandler, ReactNode } from 'react';
import { Button, Heading } from '@digdir/designsystemet-react';
import type { ApiError } from '../../../api/problem';
import { FormErrorSummary, type SummaryError } from '../../../components/FormErrorSummary';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { tekster } from '../tekster';

interface Props {
  id: string;
  title: string;
  failure: ApiError | null;
  summary: SummaryError[];
  showSummary: boolean;
  pending: boolean;
  submitText: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of every step on an application: heading, the server's problem (with its detail),
 * the error summary, the fields, and save/cancel.
 */
export function StepForm({
  id,
  title,
  failure,
  summary,
  showSummary,
  pending,
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
      {failure && <ProblemAlert error={failure} heading={tekster.skjema.feil} />}
      {showSummary && <FormErrorSummary errors={summary} />}
      {children}
      <div className="bta-buttons">
        <Button type="submit" loading={pending} disabled={pending}>
          {pending ? tekster.skjema.lagrer : submitText}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {tekster.skjema.avbryt}
        </Button>
      </div>
    </form>
  );
}
