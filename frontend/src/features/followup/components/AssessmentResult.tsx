import { forwardRef } from 'react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDate } from '../../../components/format';
import type { Assessment } from '../api/useAssessments';
import type { Instrument } from '../api/useInstruments';
import { formatChange, formatScore } from '../format';
import { tekster } from '../tekster';
import { ReadingsTable } from './ReadingsTable';

interface Props {
  instrument: Instrument | undefined;
  assessment: Assessment;
}

/** What the API answered to a new assessment: the total, the change, and the readings. It takes focus when shown. */
export const AssessmentResult = forwardRef<HTMLDivElement, Props>(function AssessmentResult({ instrument, assessment }, ref) {
  return (
    <section aria-labelledby="resultat-tittel" className="bta-section" id="resultat">
      <Heading level={2} data-size="sm" id="resultat-tittel">
        {tekster.resultat}
      </Heading>
      <Alert data-color="success" role="status" ref={ref} tabIndex={-1}>
        <Paragraph>{tekster.lagret(formatDate(assessment.takenOn))}</Paragraph>
      </Alert>
      {assessment.total !== undefined && assessment.total !== null && (
        <dl className="bta-terms">
          <dt>{tekster.sum}</dt>
          <dd id="resultat-sum">
            {instrument ? tekster.sumAv(formatScore(assessment.total), instrument.max) : formatScore(assessment.total)}
          </dd>
          <dt>{tekster.endring}</dt>
          <dd id="resultat-endring">
            {assessment.changeSincePrevious === undefined || assessment.changeSincePrevious === null
              ? tekster.forste
              : formatChange(assessment.changeSincePrevious)}
          </dd>
        </dl>
      )}
      {assessment.readings.length > 0 ? (
        <ReadingsTable instrument={instrument} readings={assessment.readings} caption={tekster.vurderinger} />
      ) : (
        <Paragraph>{tekster.ingenVurderinger}</Paragraph>
      )}
    </section>
  );
});
