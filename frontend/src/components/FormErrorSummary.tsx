import { useEffect, useRef, type ComponentRef } from 'react';
import { ErrorSummary } from '@digdir/designsystemet-react';
import { felles } from './tekster';

export interface SummaryError {
  /** id of the input to jump to; without it the message is shown as plain text. */
  fieldId?: string;
  message: string;
}

interface Props {
  errors: SummaryError[];
  heading?: string;
  /**
   * When given, focus moves to the summary only when this changes (each save attempt), not on
   * every change of the errors: fixing a field while typing must not pull focus away.
   */
  focusKey?: string | number;
}

/**
 * The list of everything that stops a form from being saved, with links to the fields. It
 * takes focus when it appears, and again when the errors change, so screen-reader and keyboard
 * users land on it.
 */
export function FormErrorSummary({ errors, heading = felles.feilsammendrag, focusKey }: Props) {
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const errorKey = errors.map((e) => `${e.fieldId}:${e.message}`).join('|');
  const key = focusKey === undefined ? errorKey : errorKey && `${focusKey}`;
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary ref={ref}>
      <ErrorSummary.Heading level={3} data-size="xs">
        {heading}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error, index) => (
          <ErrorSummary.Item key={`${error.fieldId ?? ''}-${index}`}>
            {error.fieldId ? <ErrorSummary.Link href={`#${error.fieldId}`}>{error.message}</ErrorSummary.Link> : error.message}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
