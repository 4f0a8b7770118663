import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ActionForm } from '../../../components/ActionForm';
import { formatDate } from '../../../components/format';
import { useActionForm } from '../../../components/useActionForm';
import { agreementKindTekst } from '../../../shared/facility/tekster';
import { useWithdrawConversion, type Conversion } from '../api/useConvertFacility';
import { tekster } from '../tekster';
import { withdrawFields, withdrawSchema } from './conversionSchema';

export const WITHDRAW_FORM_ID = 'trekk-endring';

/** R-FAC-3: a fagleder of the facility withdraws a conversion that has not taken effect, with the reason. */
export function WithdrawConversionForm({
  conversion,
  onDone,
  onCancel,
}: {
  conversion: Conversion;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = tekster.konvertering;
  const mutation = useWithdrawConversion(conversion.facilityId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: WITHDRAW_FORM_ID,
    schema: withdrawSchema,
    fields: withdrawFields,
    defaultValues: { reason: '' },
    save: (v) => mutation.mutateAsync({ conversionId: conversion.id, reason: v.reason.trim() }),
    onSaved: () => onDone(t.trukket),
  });
  return (
    <ActionForm {...frame} title={t.trekkTittel} submitText={t.trekk} onCancel={onCancel}>
      <Paragraph>{t.trekkBeskrivelse(agreementKindTekst[conversion.toKind], formatDate(conversion.effectiveOn))}</Paragraph>
      <Textfield
        id={fieldId('reason')}
        label={t.trekkGrunn}
        multiline
        rows={3}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ActionForm>
  );
}
