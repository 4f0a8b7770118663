import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import type { components } from '../../../api/schema.gen';
import { ActionForm } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { formatDate } from '../../../components/format';
import { todayNorwegian } from '../../../components/dates';
import { DateField } from '../../../components/DateFields';
import { KronerInput } from '../../../components/inputs';
import { oreToKronerInput } from '../../../components/money';
import { useActionForm } from '../../../components/useActionForm';
import { useCreateRepaymentPlan } from '../api/useCreateRepaymentPlan';
import { useRecordHousingBenefit } from '../api/useRecordHousingBenefit';
import { useIdempotencyKey } from '../api/useIdempotencyKey';
import { useRecordRefund } from '../api/useRecordRefund';
import { useRegisterPayment } from '../api/useRegisterPayment';
import { useSetPaymentMethod } from '../api/useSetPaymentMethod';
import { belop, betalingsmateTekst, bostotteTekst, tekster } from '../tekster';
import * as s from './egenbetalingSchemas';

type Ledger = components['schemas']['Ledger'];

export interface LedgerFormProps {
  ledger: Ledger;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export type LedgerAction = 'PAYMENT' | 'METHOD' | 'PLAN' | 'BENEFIT' | 'REFUND';

export const ledgerFormId: Record<LedgerAction, string> = {
  PAYMENT: tekster.skjema.innbetaling.id,
  REFUND: tekster.skjema.tilbakebetaling.id,
  METHOD: tekster.skjema.betalingsmate.id,
  PLAN: tekster.skjema.plan.id,
  BENEFIT: tekster.skjema.bostotte.id,
};

const isoToNorwegian = (iso?: string) => (iso ? formatDate(iso) : '');

export function PaymentMethodForm({ ledger, onDone, onCancel }: LedgerFormProps) {
  const t = tekster.skjema.betalingsmate;
  const mutation = useSetPaymentMethod(ledger.agreementId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: t.id,
    schema: s.paymentMethodSchema,
    fields: s.paymentMethodFields,
    defaultValues: {
      method: ledger.paymentSetup?.method,
      deductionAgreementSignedOn: isoToNorwegian(ledger.paymentSetup?.deductionAgreementSignedOn),
    },
    save: (v) => mutation.mutateAsync(s.toPaymentMethod(v)),
    onSaved: () => onDone(t.lagret),
  });
  const method = useWatch({ control: form.control, name: 'method' });
  return (
    <ActionForm {...frame} title={t.tittel} submitText={t.lagre} onCancel={onCancel}>
      <ChoiceGroup
        kind="radio"
        id={fieldId('method')}
        legend={t.metode}
        error={errors.method?.message}
        options={(['DIRECT_DEDUCTION', 'STANDING_ORDER', 'INVOICE'] as const).map((m) => ({ value: m, label: betalingsmateTekst[m] }))}
        registration={form.register('method')}
      />
      {method === 'DIRECT_DEDUCTION' && (
        <DateField
          label={t.signert}
          description={t.signertBeskrivelse}
          id={fieldId('deductionAgreementSignedOn')}
          error={errors.deductionAgreementSignedOn?.message}
          {...form.register('deductionAgreementSignedOn')}
        />
      )}
    </ActionForm>
  );
}

export function RepaymentPlanForm({ ledger, onDone, onCancel }: LedgerFormProps) {
  const t = tekster.skjema.plan;
  const mutation = useCreateRepaymentPlan(ledger.agreementId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: t.id,
    schema: s.repaymentPlanSchema,
    fields: s.repaymentPlanFields,
    defaultValues: { startDate: todayNorwegian(), instalment: '', instalments: '' },
    save: (v) => mutation.mutateAsync(s.toRepaymentPlan(v)),
    onSaved: () => onDone(t.lagret),
  });
  return (
    <ActionForm {...frame} title={t.tittel} submitText={t.lagre} onCancel={onCancel}>
      <Paragraph>{t.ingress(belop(ledger.overdueOre))}</Paragraph>
      <DateField label={t.start} id={fieldId('startDate')} error={errors.startDate?.message} {...form.register('startDate')} />
      <KronerInput label={t.avdrag} id={fieldId('instalment')} error={errors.instalment?.message} {...form.register('instalment')} />
      <Textfield
        label={t.antall}
        description={t.antallBeskrivelse}
        id={fieldId('instalments')}
        inputMode="numeric"
        autoComplete="off"
        error={errors.instalments?.message}
        {...form.register('instalments')}
      />
    </ActionForm>
  );
}

export function HousingBenefitForm({ ledger, onDone, onCancel }: LedgerFormProps) {
  const t = tekster.skjema.bostotte;
  const mutation = useRecordHousingBenefit(ledger.agreementId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: t.id,
    schema: s.housingBenefitSchema,
    fields: s.housingBenefitFields,
    defaultValues: { status: undefined, appliedOn: todayNorwegian(), amount: '', fromDate: '', toDate: '' },
    save: (v) => mutation.mutateAsync(s.toHousingBenefit(v)),
    onSaved: () => onDone(t.lagret),
  });
  const status = useWatch({ control: form.control, name: 'status' });
  return (
    <ActionForm {...frame} title={t.tittel} submitText={t.lagre} onCancel={onCancel}>
      <ChoiceGroup
        kind="radio"
        id={fieldId('status')}
        legend={t.status}
        error={errors.status?.message}
        options={(['APPLIED', 'GRANTED', 'REFUSED'] as const).map((v) => ({ value: v, label: bostotteTekst[v] }))}
        registration={form.register('status')}
      />
      <DateField label={t.sokt} id={fieldId('appliedOn')} error={errors.appliedOn?.message} {...form.register('appliedOn')} />
      {status === 'GRANTED' && (
        <>
          <KronerInput label={t.belop} id={fieldId('amount')} error={errors.amount?.message} {...form.register('amount')} />
          <DateField label={t.fra} id={fieldId('fromDate')} error={errors.fromDate?.message} {...form.register('fromDate')} />
          <DateField label={t.til} id={fieldId('toDate')} error={errors.toDate?.message} {...form.register('toDate')} />
        </>
      )}
    </ActionForm>
  );
}

/** R-PAY-8: a credit owed to the resident after the agreement ended, recorded as paid back (at most the credit). */
export function RefundForm({ ledger, onDone, onCancel }: LedgerFormProps) {
  const t = tekster.skjema.tilbakebetaling;
  const owed = ledger.creditOwedToResidentOre;
  const mutation = useRecordRefund(ledger.agreementId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: t.id,
    schema: s.refundSchema(owed, belop(owed)),
    fields: s.refundFields,
    defaultValues: { amount: oreToKronerInput(owed), refundedOn: todayNorwegian(), reference: '' },
    save: async (v) => {
      const body = s.toRefund(v);
      await mutation.mutateAsync(body);
      return body.amountOre;
    },
    onSaved: (amountOre) => onDone(t.lagret(belop(amountOre))),
  });
  return (
    <ActionForm {...frame} title={t.tittel} submitText={t.lagre} onCancel={onCancel}>
      <Paragraph>{t.ingress(belop(owed))}</Paragraph>
      <KronerInput label={t.belop} id={fieldId('amount')} error={errors.amount?.message} {...form.register('amount')} />
      <DateField label={t.dato} id={fieldId('refundedOn')} error={errors.refundedOn?.message} {...form.register('refundedOn')} />
      <Textfield
        label={t.referanse}
        description={t.referanseBeskrivelse}
        id={fieldId('reference')}
        autoComplete="off"
        maxLength={200}
        error={errors.reference?.message}
        {...form.register('reference')}
      />
    </ActionForm>
  );
}

/**
 * The KID a payment to this agreement carries: that of its latest charge, which the ledger names whichever page of
 * lines it is on (any of its KIDs finds the agreement, and the payment covers the oldest open charges first,
 * R-PAY-3); none before the first charge.
 */
export function ledgerKid(ledger: Ledger): string | undefined {
  return ledger.kid;
}

/** R-PAY-3 from the ledger (økonomi): a payment with the agreement's KID filled in, sent with an Idempotency-Key. */
export function LedgerPaymentForm({ ledger, onDone, onCancel }: LedgerFormProps) {
  const t = tekster.skjema.innbetaling;
  const p = tekster.innbetaling;
  const mutation = useRegisterPayment();
  const idempotency = useIdempotencyKey();
  const { form, errors, fieldId, frame } = useActionForm({
    id: t.id,
    schema: s.paymentSchema,
    fields: s.paymentFields,
    defaultValues: { kid: ledgerKid(ledger) ?? '', amount: '', paidOn: todayNorwegian(), sourceReference: '' },
    save: (v) => {
      const body = s.toPayment(v);
      return mutation.mutateAsync({ body, idempotencyKey: idempotency.keyFor(body) });
    },
    onSaved: ({ payment, alreadyRegistered }) => {
      idempotency.succeeded();
      const amount = belop(payment.amountOre);
      onDone(alreadyRegistered ? p.fraFor(amount) : p.lagret(amount, payment.matched));
    },
  });
  return (
    <ActionForm {...frame} title={t.tittel} submitText={p.lagre} onCancel={onCancel}>
      <Paragraph>{t.ingress}</Paragraph>
      <Textfield
        label={p.kid}
        description={t.kidBeskrivelse}
        id={fieldId('kid')}
        inputMode="numeric"
        autoComplete="off"
        error={errors.kid?.message}
        {...form.register('kid')}
      />
      <KronerInput label={p.belop} id={fieldId('amount')} error={errors.amount?.message} {...form.register('amount')} />
      <DateField label={p.betalt} id={fieldId('paidOn')} error={errors.paidOn?.message} {...form.register('paidOn')} />
      <Textfield
        label={p.referanse}
        description={p.referanseBeskrivelse}
        id={fieldId('sourceReference')}
        autoComplete="off"
        error={errors.sourceReference?.message}
        {...form.register('sourceReference')}
      />
    </ActionForm>
  );
}

export function LedgerFormFor({ action, ...props }: LedgerFormProps & { action: LedgerAction }) {
  if (action === 'PAYMENT') return <LedgerPaymentForm {...props} />;
  if (action === 'REFUND') return <RefundForm {...props} />;
  if (action === 'METHOD') return <PaymentMethodForm {...props} />;
  if (action === 'PLAN') return <RepaymentPlanForm {...props} />;
  return <HousingBenefitForm {...props} />;
}
