import { useState } from 'react';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { todayNorwegian } from '../../../components/dates';
import { DateField } from '../../../components/DateFields';
import { KronerInput } from '../../../components/inputs';
import { felles } from '../../../components/tekster';
import { useActionForm } from '../../../components/useActionForm';
import { useIdempotencyKey } from '../api/useIdempotencyKey';
import { useRegisterPayment } from '../api/useRegisterPayment';
import { paymentFields, paymentSchema, toPayment } from '../form/egenbetalingSchemas';
import { belop, tekster } from '../tekster';
import { Confirmation } from '../../../components/SavedAlert';
import { InlineForm } from '../../../components/InlineForm';

const t = tekster.innbetaling;

/**
 * Registrer innbetaling (R-PAY-3) by hand. Each submission carries an Idempotency-Key: the same
 * body sent again after a failure keeps its key, so a retry never registers the payment twice.
 */
export function ManualPaymentView() {
  const mutation = useRegisterPayment();
  const idempotency = useIdempotencyKey();
  const [saved, setSaved] = useState<{ message: string; matched: boolean } | null>(null);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'innbetaling',
    schema: paymentSchema,
    fields: paymentFields,
    defaultValues: { kid: '', amount: '', paidOn: todayNorwegian(), sourceReference: '' },
    save: (v) => {
      setSaved(null);
      const body = toPayment(v);
      return mutation.mutateAsync({ body, idempotencyKey: idempotency.keyFor(body) });
    },
    onSaved: ({ payment, alreadyRegistered }) => {
      idempotency.succeeded();
      const amount = belop(payment.amountOre);
      setSaved({ message: alreadyRegistered ? t.fraFor(amount) : t.lagret(amount, payment.matched), matched: payment.matched });
      form.reset({ kid: '', amount: '', paidOn: todayNorwegian(), sourceReference: '' });
    },
  });
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      {saved && <Confirmation message={saved.message} color={saved.matched ? 'success' : 'info'} />}
      <InlineForm {...frame} labelledBy="visning-tittel" submitText={t.lagre} pendingText={felles.lagrer} failureHeading={t.feilRegistrer}>
        <Textfield
          label={t.kid}
          id={fieldId('kid')}
          inputMode="numeric"
          autoComplete="off"
          error={errors.kid?.message}
          {...form.register('kid')}
        />
        <KronerInput label={t.belop} id={fieldId('amount')} error={errors.amount?.message} {...form.register('amount')} />
        <DateField label={t.betalt} id={fieldId('paidOn')} error={errors.paidOn?.message} {...form.register('paidOn')} />
        <Textfield
          label={t.referanse}
          description={t.referanseBeskrivelse}
          id={fieldId('sourceReference')}
          autoComplete="off"
          error={errors.sourceReference?.message}
          {...form.register('sourceReference')}
        />
      </InlineForm>
    </>
  );
}
