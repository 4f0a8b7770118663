import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate } from '../../../components/dates';
import { dateField, kronerField, optionalDateField, optionalKronerField, requiredText } from '../../../components/formFields';
import { parseKroner } from '../../../components/money';
import { tekster } from '../tekster';

type Schemas = components['schemas'];

/* One zod schema per egenbetaling form, with Norwegian messages, and its request body. */

const iso = (value: string) => parseNorwegianDate(value)!;
const ore = (value: string) => parseKroner(value)!;

/** `ÅÅÅÅ-MM`, this month in Oslo by default. */
export function currentMonth(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}`;
}

export const chargeRunSchema = z.object({
  period: z
    .string()
    .trim()
    .min(1, tekster.kjoring.manglerManed)
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, tekster.kjoring.ugyldigManed),
});
export type ChargeRunValues = z.infer<typeof chargeRunSchema>;
export const chargeRunFields = ['period'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const matchSchema = z.object({ chosen: z.string(), agreementId: z.string().trim() }).superRefine((v, ctx) => {
  if (v.agreementId && !UUID.test(v.agreementId)) {
    ctx.addIssue({ code: 'custom', path: ['agreementId'], message: tekster.umatchet.ugyldigId });
  } else if (!v.chosen && !v.agreementId) {
    ctx.addIssue({ code: 'custom', path: ['chosen'], message: tekster.umatchet.manglerAvtale });
  }
});
export type MatchValues = z.infer<typeof matchSchema>;
export const matchFields = ['chosen', 'agreementId'] as const;
/** A pasted id wins over the choice in the list. */
export const toMatch = (v: MatchValues) => v.agreementId || v.chosen;

const p = tekster.innbetaling;
export const paymentSchema = z.object({
  kid: z
    .string()
    .trim()
    .min(1, p.manglerKid)
    .regex(/^\d{2,25}$/, p.ugyldigKid),
  amount: kronerField(p.manglerBelop).refine((value) => (parseKroner(value) ?? 0) > 0, 'Beløpet må være større enn 0'),
  paidOn: dateField(p.manglerBetalt, { notInFuture: true }),
  sourceReference: requiredText(p.manglerReferanse, 200),
});
export type PaymentValues = z.infer<typeof paymentSchema>;
export const paymentFields = ['kid', 'amount', 'paidOn', 'sourceReference'] as const;
export const toPayment = (v: PaymentValues): Schemas['NewPayment'] => ({
  kid: v.kid,
  amountOre: ore(v.amount),
  paidOn: iso(v.paidOn),
  sourceReference: v.sourceReference,
});

const e = tekster.eksport;
export const exportSchema = z.object({ from: dateField(e.manglerFra), to: dateField(e.manglerTil) }).superRefine((v, ctx) => {
  const from = parseNorwegianDate(v.from);
  const to = parseNorwegianDate(v.to);
  if (from && to && to < from) ctx.addIssue({ code: 'custom', path: ['to'], message: e.tilForFra });
});
export type ExportValues = z.infer<typeof exportSchema>;
export const exportFields = ['from', 'to'] as const;
export const toExport = (v: ExportValues) => ({ from: iso(v.from), to: iso(v.to) });

const m = tekster.skjema.betalingsmate;
export const paymentMethodSchema = z.object({
  method: z.enum(['DIRECT_DEDUCTION', 'STANDING_ORDER', 'INVOICE'], { error: m.manglerMetode }),
  // Required for direct deduction, but the rule is the server's (R-PAY-2): its problem is shown.
  deductionAgreementSignedOn: optionalDateField(),
});
export type PaymentMethodValues = z.infer<typeof paymentMethodSchema>;
export const paymentMethodFields = ['method', 'deductionAgreementSignedOn'] as const;
export const toPaymentMethod = (v: PaymentMethodValues): Schemas['PaymentSetupRequest'] => ({
  method: v.method,
  deductionAgreementSignedOn: v.method === 'DIRECT_DEDUCTION' && v.deductionAgreementSignedOn ? iso(v.deductionAgreementSignedOn) : null,
});

const r = tekster.skjema.plan;
export const repaymentPlanSchema = z.object({
  startDate: dateField(r.manglerStart),
  instalment: kronerField(r.manglerAvdrag).refine((value) => (parseKroner(value) ?? 0) > 0, 'Avdraget må være større enn 0'),
  instalments: z
    .string()
    .trim()
    .min(1, r.manglerAntall)
    .refine((value) => /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 120, r.ugyldigAntall),
});
export type RepaymentPlanValues = z.infer<typeof repaymentPlanSchema>;
export const repaymentPlanFields = ['startDate', 'instalment', 'instalments'] as const;
export const toRepaymentPlan = (v: RepaymentPlanValues): Schemas['RepaymentPlanRequest'] => ({
  startDate: iso(v.startDate),
  instalmentOre: ore(v.instalment),
  instalments: Number(v.instalments),
});

const b = tekster.skjema.bostotte;
export const housingBenefitSchema = z
  .object({
    status: z.enum(['APPLIED', 'GRANTED', 'REFUSED'], { error: b.manglerStatus }),
    appliedOn: dateField(b.manglerSokt, { notInFuture: true }),
    amount: optionalKronerField(),
    fromDate: optionalDateField(),
    toDate: optionalDateField(),
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'GRANTED') return;
    if (!v.amount) ctx.addIssue({ code: 'custom', path: ['amount'], message: b.manglerBelop });
    if (!v.fromDate) ctx.addIssue({ code: 'custom', path: ['fromDate'], message: b.manglerFra });
    if (!v.toDate) ctx.addIssue({ code: 'custom', path: ['toDate'], message: b.manglerTil });
    const from = v.fromDate ? parseNorwegianDate(v.fromDate) : null;
    const to = v.toDate ? parseNorwegianDate(v.toDate) : null;
    if (from && to && to < from) ctx.addIssue({ code: 'custom', path: ['toDate'], message: b.tilForFra });
  });
export type HousingBenefitValues = z.infer<typeof housingBenefitSchema>;
export const housingBenefitFields = ['status', 'appliedOn', 'amount', 'fromDate', 'toDate'] as const;
export const toHousingBenefit = (v: HousingBenefitValues): Schemas['HousingBenefitRequest'] => {
  const granted = v.status === 'GRANTED';
  return {
    status: v.status,
    appliedOn: iso(v.appliedOn),
    amountOre: granted ? ore(v.amount) : null,
    fromDate: granted ? iso(v.fromDate) : null,
    toDate: granted ? iso(v.toDate) : null,
  };
};

/** A month typed as `ÅÅÅÅ-MM` (invoices, the NAV list, closing the accounts): the charge run's rule. */
export const monthSchema = chargeRunSchema;
export type MonthValues = ChargeRunValues;
export const monthFields = chargeRunFields;

const rf = tekster.skjema.tilbakebetaling;
/** A refund of at most the credit owed to the resident (`maxOre`); the server checks it again (422). */
export const refundSchema = (maxOre: number, max: string) =>
  z.object({
    amount: kronerField(rf.manglerBelop)
      .refine((value) => (parseKroner(value) ?? 0) > 0, rf.nullBelop)
      .refine((value) => (parseKroner(value) ?? 0) <= maxOre, rf.merEnnTilGode(max)),
    refundedOn: dateField(rf.manglerDato, { notInFuture: true }),
    reference: z.string().trim().max(200, 'Kan ha høyst 200 tegn'),
  });
export type RefundValues = z.infer<ReturnType<typeof refundSchema>>;
export const refundFields = ['amount', 'refundedOn', 'reference'] as const;
export const toRefund = (v: RefundValues): Schemas['RefundRequest'] => ({
  amountOre: ore(v.amount),
  refundedOn: iso(v.refundedOn),
  ...(v.reference ? { reference: v.reference } : {}),
});

const d = tekster.skjema.dimensjoner;
const dimension = (label: string) =>
  z
    .string()
    .trim()
    .min(1, d.mangler(label))
    .regex(/^[A-Za-z0-9]{1,12}$/, d.ugyldig(label));
export const dimensionsSchema = z.object({
  art: dimension(tekster.regnskap.art),
  ansvar: dimension(tekster.regnskap.ansvar),
  funksjon: dimension(tekster.regnskap.funksjon),
});
export type DimensionsValues = z.infer<typeof dimensionsSchema>;
export const dimensionsFields = ['art', 'ansvar', 'funksjon'] as const;
