import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ActionForm } from '../../../components/ActionForm';
import { todayNorwegian } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { DateInput, KronerInput } from '../../../components/inputs';
import { useActionForm } from '../../../components/useActionForm';
import { useCreateAgreement } from '../api/useCreateAgreement';
import { useFacilities } from '../../../shared/facility/api/useFacilities';
import { betalingTekst, tekster } from '../tekster';
import { newAgreementFields, newAgreementSchema, toNewAgreement } from './agreementSchemas';

type Intake = components['schemas']['Intake'];

export const NEW_AGREEMENT_FORM_ID = 'ny-avtale';

/** What the agreement page shows once after a draft is made: the API's warnings (R-AGR-1). */
export interface AgreementNavigationState {
  warnings?: string[];
  message?: string;
}

/**
 * "Lag avtale" on a decided application (botiltak, fagleder): start date, optional end date and
 * fee; the draft gets the facility's kind and terms. Opens the new agreement.
 */
export function NewAgreementForm({ intake, onCancel }: { intake: Intake; onCancel: () => void }) {
  const t = tekster.skjema;
  const mutation = useCreateAgreement();
  const navigate = useNavigate();
  // The draft gets the facility's kind: a tenancy (LEASE) has husleie, a BTA egenbetaling.
  const facilities = useFacilities(0, 200);
  const kind = facilities.data?.items.find((f) => f.id === intake.allocation?.facilityId)?.agreementKind ?? 'BTA';
  const betaling = betalingTekst(kind);
  const { form, errors, fieldId, frame } = useActionForm({
    id: NEW_AGREEMENT_FORM_ID,
    schema: newAgreementSchema,
    fields: newAgreementFields,
    defaultValues: {
      startDate: intake.allocation?.fromDate ? formatDate(intake.allocation.fromDate) : todayNorwegian(),
      endDate: '',
      monthlyFee: '',
    },
    save: (v) => mutation.mutateAsync(toNewAgreement(intake.id, v)),
    onSaved: (agreement) => {
      const state: AgreementNavigationState = { warnings: agreement.warnings, message: tekster.skjema.laget };
      void navigate(`/avtaler/${encodeURIComponent(agreement.id)}`, { state });
    },
  });
  return (
    <ActionForm {...frame} title={t.nyTittel} submitText={t.lagre} onCancel={onCancel}>
      <Paragraph>
        {intake.person.name}
        {intake.allocation ? `, ${intake.allocation.facilityName} ${intake.allocation.unitLabel}` : ''}
        {t.utkastBeskrivelse}
      </Paragraph>
      <DateInput label={t.startdato} id={fieldId('startDate')} error={errors.startDate?.message} {...form.register('startDate')} />
      <DateInput
        label={t.sluttdato}
        description={t.sluttdatoBeskrivelse}
        id={fieldId('endDate')}
        error={errors.endDate?.message}
        {...form.register('endDate')}
      />
      <KronerInput
        label={betaling.forste}
        description={betaling.forsteBeskrivelse}
        id={fieldId('monthlyFee')}
        error={errors.monthlyFee?.message}
        {...form.register('monthlyFee')}
      />
    </ActionForm>
  );
}

/**
 * "Lag avtale" as a step on a decided application: routes.tsx hands it to the application page
 * (intake), which opens the form in its dialog.
 */
export const newAgreementStep = { buttonText: tekster.skjema.lagAvtale, formId: NEW_AGREEMENT_FORM_ID, Form: NewAgreementForm };
