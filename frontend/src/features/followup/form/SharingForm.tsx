import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { todayNorwegian } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { InlineForm } from '../../../components/InlineForm';
import { DateInput } from '../../../components/inputs';
import { Confirmation } from '../../../components/SavedAlert';
import { useActionForm } from '../../../components/useActionForm';
import { useRecordAssessmentSharing, type AssessmentSharing } from '../api/useRecordAssessmentSharing';
import { tekster } from '../tekster';
import { sharingFields, sharingSchema, toSharingRequest } from './sharingSchema';

const t = tekster.deling;

export const SHARING_HEADING_ID = 'deling-tittel';

/** The consent as the API recorded it, in a sentence. */
export function sharingText(sharing: AssessmentSharing): string {
  return sharing.withdrawnOn
    ? t.trukket(formatDate(sharing.withdrawnOn), formatDate(sharing.givenOn))
    : t.gitt(formatDate(sharing.givenOn));
}

/**
 * R-ACC-3: record that the resident consents to share the assessments recorded at earlier facilities
 * with this one, or withdraws it, from a day (today unless another is typed). The recorded state
 * from the answer is confirmed (focused); withdrawing without a consent (409) is put on the choice.
 */
export function SharingForm({ personId }: { personId: string }) {
  const mutation = useRecordAssessmentSharing(personId);
  const [recorded, setRecorded] = useState<AssessmentSharing | null>(null);
  const { form, errors, fieldId, frame, server } = useActionForm({
    id: 'deling',
    schema: sharingSchema,
    fields: sharingFields,
    defaultValues: { shared: undefined, effectiveOn: todayNorwegian() },
    save: (v) => {
      setRecorded(null);
      return mutation.mutateAsync(toSharingRequest(v));
    },
    onSaved: setRecorded,
    onProblem: (apiError, { setError }) => {
      if (apiError.status === 409 && apiError.problemName === 'r-acc-3-no-sharing-consent') {
        // Not a failure to show above the form: there is simply no consent to withdraw.
        server.setFailure(null);
        setError('shared', { type: 'server', message: t.ingenAaTrekke });
      }
    },
  });
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      {recorded && <Confirmation message={sharingText(recorded)} />}
      <InlineForm {...frame} labelledBy={SHARING_HEADING_ID} submitText={t.lagre} pendingText={t.lagrer} failureHeading={t.feil}>
        <ChoiceGroup
          kind="radio"
          id={fieldId('shared')}
          legend={t.hva}
          error={errors.shared?.message}
          options={[
            { value: 'true', label: t.samtykker },
            { value: 'false', label: t.trekker },
          ]}
          registration={form.register('shared')}
        />
        <DateInput label={t.dato} id={fieldId('effectiveOn')} error={errors.effectiveOn?.message} {...form.register('effectiveOn')} />
      </InlineForm>
    </>
  );
}
