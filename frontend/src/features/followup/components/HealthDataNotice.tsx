import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { tekster } from '../tekster';

/** R-FOL-2: assessments are health data, seen only by the facility that recorded them, and every read is logged. */
export function HealthDataNotice() {
  return (
    <Alert data-color="info">
      <Heading level={2} data-size="xs">
        {tekster.helseopplysninger}
      </Heading>
      <Paragraph>{tekster.helsenotat}</Paragraph>
    </Alert>
  );
}
