import type { ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';
import type { ActionFormFrame } from './ActionForm';
import { FormErrorSummary } from './FormErrorSummary';
import { ProblemAlert } from './ProblemAlert';

interface Props extends ActionFormFrame {
  /** id of the heading that names the form. */
  labelledBy: string;
  submitText: string;
  pendingText: string;
  /** What failed, e.g. "Klarte ikke å starte kjøringen". */
  failureHeading: string;
  children: ReactNode;
}

/**
 * A form on the page rather than in a dialog (the same frame as `ActionForm`, without Avbryt):
 * the server's problem with its detail, the error summary, the fields and one submit button.
 */
export function InlineForm({
  id,
  labelledBy,
  failure,
  summary,
  showSummary,
  pending,
  focusKey,
  onSubmit,
  submitText,
  pendingText,
  failureHeading,
  children,
}: Props) {
  return (
    <form id={id} noValidate aria-labelledby={labelledBy} className="bta-form" onSubmit={onSubmit}>
      {failure && <ProblemAlert error={failure} heading={failureHeading} />}
      {showSummary && <FormErrorSummary errors={summary} focusKey={focusKey} />}
      {children}
      <div className="bta-buttons">
        <Button type="submit" loading={pending} disabled={pending}>
          {pending ? pendingText : submitText}
        </Button>
      </div>
    </form>
  );
}
