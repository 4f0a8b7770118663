import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { todayNorwegian } from '../../../components/dates';
import { DateField } from '../../../components/DateFields';
import { useActionForm } from '../../../components/useActionForm';
import { useExportAccounts } from '../api/useExportAccounts';
import { exportFields, exportSchema, toExport } from '../form/egenbetalingSchemas';
import { tekster } from '../tekster';
import { Confirmation } from '../../../components/SavedAlert';
import { InlineForm } from '../../../components/InlineForm';

const t = tekster.eksport;

/** The first day of this month as dd.mm.åååå. */
function firstOfMonth(): string {
  const [, month, year] = todayNorwegian().split('.');
  return `01.${month}.${year}`;
}

/** Eksport til regnskap (R-PAY-6): charges, payments and balances as CSV, downloaded with the token. */
export function ExportView() {
  const mutation = useExportAccounts();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'eksport',
    schema: exportSchema,
    fields: exportFields,
    defaultValues: { from: firstOfMonth(), to: todayNorwegian() },
    save: (v) => {
      setSaved(null);
      return mutation.mutateAsync(toExport(v));
    },
    onSaved: (filename) => setSaved(t.lastetNed(filename)),
  });
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      {saved && <Confirmation message={saved} />}
      <InlineForm {...frame} labelledBy="visning-tittel" submitText={t.lastNed} pendingText={t.henter} failureHeading={t.feil}>
        <DateField label={t.fra} id={fieldId('from')} error={errors.from?.message} {...form.register('from')} />
        <DateField label={t.til} id={fieldId('to')} error={errors.to?.message} {...form.register('to')} />
      </InlineForm>
    </>
  );
}
