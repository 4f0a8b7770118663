import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { toApiError } from '../api/problem';

interface Props {
  error: unknown;
  /** What the user was trying to do, e.g. "Klarte ikke å hente botiltakene". */
  heading?: string;
}

/** Shows a failed API call (problem+json) as an error alert. */
export function ProblemAlert({ error, heading }: Props) {
  const apiError = toApiError(error);
  const { problem } = apiError;
  const details = [problem.detail, ...(problem.violations ?? []).map((v) => `${v.field}: ${v.message}`)].filter(Boolean).join(' ');
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {heading ?? problem.title}
      </Heading>
      <Paragraph>
        {heading ? `${problem.title}. ` : ''}
        {details}
      </Paragraph>
    </Alert>
  );
}
