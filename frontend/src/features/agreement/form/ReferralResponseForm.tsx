import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import type { components } from '../../../api/schema.gen';
import { ActionForm } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { todayNorwegian } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { DateInput } from '../../../components/inputs';
import { useActionForm } from '../../../components/useActionForm';
import { useRespondToReferral } from '../api/useRespondToReferral';
import { eiersSvarTekst, tekster } from '../tekster';
import { referralResponseFields, referralResponses, referralResponseSchema, toReferralResponse } from './agreementSchemas';

type Referral = components['schemas']['Referral'];

export const REFERRAL_FORM_ID = 'eiers-svar';

/** R-SAN-6: what the property owner did with a referral: notice, fixed term not renewed, eviction, or withdrawn. */
export function ReferralResponseForm({
  referral,
  onDone,
  onCancel,
}: {
  referral: Referral;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = tekster.steg;
  const mutation = useRespondToReferral(referral.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: REFERRAL_FORM_ID,
    schema: referralResponseSchema(referral.referredOn),
    fields: referralResponseFields,
    defaultValues: { response: undefined, respondedOn: todayNorwegian(), effectiveOn: '', outcome: '' },
    save: (v) => mutation.mutateAsync(toReferralResponse(v)),
    onSaved: () => onDone(tekster.side.svarLagret),
  });
  const response = useWatch({ control: form.control, name: 'response' });
  return (
    <ActionForm {...frame} title={t.svarTittel} submitText={t.registrerSvar} onCancel={onCancel}>
      <Paragraph>{t.svarBeskrivelse(formatDate(referral.referredOn))}</Paragraph>
      <ChoiceGroup
        kind="radio"
        id={fieldId('response')}
        legend={t.hvaSvarte}
        error={errors.response?.message}
        options={referralResponses.map((r) => ({ value: r, label: eiersSvarTekst[r] }))}
        registration={form.register('response')}
      />
      <DateInput id={fieldId('respondedOn')} label={t.svarDato} error={errors.respondedOn?.message} {...form.register('respondedOn')} />
      {response !== 'WITHDRAWN' && (
        <DateInput
          id={fieldId('effectiveOn')}
          label={t.svarGjelderFra}
          description={t.svarGjelderFraHjelp}
          error={errors.effectiveOn?.message}
          {...form.register('effectiveOn')}
        />
      )}
      <Textfield
        id={fieldId('outcome')}
        label={t.svarUtfall}
        description={t.svarUtfallHjelp}
        multiline
        rows={3}
        error={errors.outcome?.message}
        {...form.register('outcome')}
      />
    </ActionForm>
  );
}
