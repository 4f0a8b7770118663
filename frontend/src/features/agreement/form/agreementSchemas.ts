import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate, todayIso } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import {
  dateField,
  isoOrNull,
  kronerField,
  optionalDateField,
  optionalKronerField,
  optionalText,
  orNull,
  oreOrNull,
  requiredText,
} from '../../../components/formFields';
import { parseKroner } from '../../../components/money';
import { betalingTekst } from '../tekster';

type Schemas = components['schemas'];

/* One zod schema per step on an agreement, with Norwegian messages, and its request body. */

const iso = (value: string) => parseNorwegianDate(value)!;

export const newAgreementSchema = z
  .object({
    startDate: dateField('Skriv startdatoen'),
    endDate: optionalDateField(),
    monthlyFee: optionalKronerField(),
  })
  .superRefine((v, ctx) => {
    const start = parseNorwegianDate(v.startDate);
    const end = v.endDate ? parseNorwegianDate(v.endDate) : null;
    if (start && end && end < start) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Sluttdatoen kan ikke være før startdatoen' });
    }
  });
export type NewAgreementValues = z.infer<typeof newAgreementSchema>;
export const newAgreementFields = ['startDate', 'endDate', 'monthlyFee'] as const;
export const toNewAgreement = (intakeId: string, v: NewAgreementValues): Schemas['NewAgreement'] => ({
  intakeId,
  startDate: iso(v.startDate),
  endDate: isoOrNull(v.endDate),
  monthlyFeeOre: oreOrNull(v.monthlyFee),
});

export const signatureSchema = z.object({
  party: z.enum(['RESIDENT', 'MUNICIPALITY'], { error: 'Velg hvem som har signert' }),
  signedOn: dateField('Skriv datoen avtalen ble signert', { notInFuture: true }),
});
export type SignatureValues = z.infer<typeof signatureSchema>;
export const signatureFields = ['party', 'signedOn'] as const;
export const toSignature = (v: SignatureValues): Schemas['SignatureRequest'] => ({ party: v.party, signedOn: iso(v.signedOn) });

export const primaryContactSchema = z.object({ name: requiredText('Skriv navnet på primærkontakten', 200) });
export type PrimaryContactValues = z.infer<typeof primaryContactSchema>;
export const primaryContactFields = ['name'] as const;

export const followUpSchema = z
  .object({
    individualPlan: z.enum(['ACCEPTED', 'DECLINED'], { error: 'Velg svaret på tilbudet om individuell plan' }),
    cooperationGoals: optionalText(5000),
    cooperationNeeds: optionalText(5000),
    cooperationStaffProvide: optionalText(5000),
  })
  .superRefine((v, ctx) => {
    if (v.individualPlan !== 'DECLINED') return;
    const missing: [keyof typeof v, string][] = [
      ['cooperationGoals', 'Skriv målene i samarbeidsavtalen'],
      ['cooperationNeeds', 'Skriv behovene i samarbeidsavtalen'],
      ['cooperationStaffProvide', 'Skriv hva personalet bidrar med'],
    ];
    for (const [field, message] of missing) {
      if (!v[field]) ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
export type FollowUpValues = z.infer<typeof followUpSchema>;
export const followUpFields = ['individualPlan', 'cooperationGoals', 'cooperationNeeds', 'cooperationStaffProvide'] as const;
export const toFollowUp = (v: FollowUpValues): Schemas['FollowUpRequest'] => {
  const declined = v.individualPlan === 'DECLINED';
  return {
    individualPlan: v.individualPlan,
    cooperationGoals: declined ? orNull(v.cooperationGoals) : null,
    cooperationNeeds: declined ? orNull(v.cooperationNeeds) : null,
    cooperationStaffProvide: declined ? orNull(v.cooperationStaffProvide) : null,
  };
};

export const evaluationSchema = z.object({
  heldOn: dateField('Skriv datoen møtet ble holdt', { notInFuture: true }),
  summary: requiredText('Skriv et sammendrag av evalueringen', 5000),
});
export type EvaluationValues = z.infer<typeof evaluationSchema>;
export const evaluationFields = ['heldOn', 'summary'] as const;
export const toEvaluation = (v: EvaluationValues): Schemas['EvaluationRequest'] => ({
  heldOn: iso(v.heldOn),
  summary: v.summary.trim(),
});

export const renewalSchema = z.object({ toDate: dateField('Skriv datoen den nye perioden varer til') });
export type RenewalValues = z.infer<typeof renewalSchema>;
export const renewalFields = ['toDate'] as const;
export const toRenewal = (v: RenewalValues): Schemas['RenewalRequest'] => ({ toDate: iso(v.toDate) });

/** The fee change, in the words of the agreement's kind: husleie for a tenancy (LEASE), egenbetaling for a BTA. */
export function feeChangeSchemaFor(kind: Schemas['AgreementKind']) {
  const betaling = betalingTekst(kind);
  return z.object({
    monthlyFee: kronerField(betaling.nyMangler),
    notifiedOn: dateField('Skriv datoen beboeren ble varslet'),
    effectiveFrom: dateField(betaling.gjelderFraMangler),
  });
}
export const feeChangeSchema = feeChangeSchemaFor('BTA');
export type FeeChangeValues = z.infer<typeof feeChangeSchema>;
export const feeChangeFields = ['monthlyFee', 'notifiedOn', 'effectiveFrom'] as const;
export const toFeeChange = (v: FeeChangeValues): Schemas['FeeChangeRequest'] => ({
  monthlyFeeOre: parseKroner(v.monthlyFee)!,
  notifiedOn: iso(v.notifiedOn),
  effectiveFrom: iso(v.effectiveFrom),
});

export const noticeSchema = z.object({
  givenBy: z.enum(['RESIDENT', 'MUNICIPALITY'], { error: 'Velg hvem som sier opp' }),
  givenOn: dateField('Skriv datoen oppsigelsen ble gitt'),
  reason: requiredText('Skriv begrunnelsen for oppsigelsen', 2000),
});
export type NoticeValues = z.infer<typeof noticeSchema>;
export const noticeFields = ['givenBy', 'givenOn', 'reason'] as const;
export const toNotice = (v: NoticeValues): Schemas['NoticeRequest'] => ({
  givenBy: v.givenBy,
  givenOn: iso(v.givenOn),
  reason: v.reason.trim(),
});

export const moveInSchema = z.object({ movedInOn: dateField('Skriv innflyttingsdatoen') });
export type MoveInValues = z.infer<typeof moveInSchema>;
export const moveInFields = ['movedInOn'] as const;
export const toMoveIn = (v: MoveInValues): Schemas['MoveInRequest'] => ({ movedInOn: iso(v.movedInOn) });

export const allDestinations: Schemas['Destination'][] = [
  'MUNICIPAL_RENTAL',
  'PRIVATE_RENTAL',
  'OWN_HOME',
  'TREATMENT',
  'OTHER_FACILITY',
  'PRISON',
  'HOSPITAL',
  'DECEASED',
  'UNKNOWN',
];
export const allTerminationGrounds: Schemas['TerminationGround'][] = ['NONE', 'BREACHES', 'ARREARS'];

export const moveOutSchema = z.object({
  movedOutOn: dateField('Skriv utflyttingsdatoen'),
  destination: z.string().refine((v) => (allDestinations as string[]).includes(v), 'Velg hvor beboeren flyttet'),
  terminationGround: z.enum(allTerminationGrounds, { error: 'Velg om utflyttingen fulgte en oppsigelse' }),
});
export type MoveOutValues = z.infer<typeof moveOutSchema>;
export const moveOutFields = ['movedOutOn', 'destination', 'terminationGround'] as const;
export const toMoveOut = (v: MoveOutValues): Schemas['MoveOutRequest'] => ({
  movedOutOn: iso(v.movedOutOn),
  destination: v.destination as Schemas['Destination'],
  terminationGround: v.terminationGround,
});

export const depositSchema = z
  .object({
    amount: kronerField('Skriv depositumet'),
    paidOn: optionalDateField(),
    returnedOn: optionalDateField(),
    withheld: optionalKronerField(),
    withheldReason: optionalText(2000),
    insuranceInformedOn: optionalDateField(),
  })
  .superRefine((v, ctx) => {
    const withheld = v.withheld ? parseKroner(v.withheld) : null;
    const amount = parseKroner(v.amount);
    if (withheld && !v.withheldReason) {
      ctx.addIssue({ code: 'custom', path: ['withheldReason'], message: 'Skriv hvorfor depositumet holdes tilbake' });
    }
    if (withheld !== null && amount !== null && withheld > amount) {
      ctx.addIssue({ code: 'custom', path: ['withheld'], message: 'Kan ikke holde tilbake mer enn depositumet' });
    }
  });
export type DepositValues = z.infer<typeof depositSchema>;
export const depositFields = ['amount', 'paidOn', 'returnedOn', 'withheld', 'withheldReason', 'insuranceInformedOn'] as const;
export const toDeposit = (v: DepositValues): Schemas['DepositRequest'] => {
  const withheldOre = oreOrNull(v.withheld);
  return {
    amountOre: parseKroner(v.amount)!,
    paidOn: isoOrNull(v.paidOn),
    returnedOn: isoOrNull(v.returnedOn),
    withheldOre,
    withheldReason: withheldOre ? orNull(v.withheldReason) : null,
    insuranceInformedOn: isoOrNull(v.insuranceInformedOn),
  };
};

export const groupSchema = z.object({
  members: z
    .array(
      z.object({
        name: requiredText('Skriv navnet på medlemmet', 200),
        represents: requiredText('Skriv hvem medlemmet representerer', 200),
      }),
    )
    .max(30, 'Ansvarsgruppen kan ha høyst 30 medlemmer'),
});
export type GroupValues = z.infer<typeof groupSchema>;
export const groupFields = ['members'] as const;
export const toGroup = (v: GroupValues): Schemas['ResponsibilityGroupRequest'] => ({
  members: v.members.map((m) => ({ name: m.name.trim(), represents: m.represents.trim() })),
});

export const meetingSchema = z.object({
  kind: z.enum(['RESPONSIBILITY_GROUP', 'PRIMARY_CONTACT_TALK'], { error: 'Velg hva slags møte det var' }),
  heldOn: dateField('Skriv datoen møtet ble holdt', { notInFuture: true }),
  note: optionalText(5000),
});
export type MeetingValues = z.infer<typeof meetingSchema>;
export const meetingFields = ['kind', 'heldOn', 'note'] as const;
export const toMeeting = (v: MeetingValues): Schemas['MeetingRequest'] => ({
  kind: v.kind,
  heldOn: iso(v.heldOn),
  note: orNull(v.note),
});

export const voidSchema = z.object({
  reason: requiredText('Skriv hvorfor avtalen annulleres', 2000),
  applicationTo: z.enum(['WAITING_LIST', 'CLOSED'], { error: 'Velg hva som skjer med søknaden' }),
});
export type VoidValues = z.infer<typeof voidSchema>;
export const voidFields = ['reason', 'applicationTo'] as const;
export const toVoid = (v: VoidValues): Schemas['VoidRequest'] => ({ reason: v.reason.trim(), applicationTo: v.applicationTo });

export const referralResponses = ['NOTICE', 'FIXED_TERM_NOT_RENEWED', 'EVICTION', 'WITHDRAWN'] as const;

/** The owner's answer to a referral (R-SAN-6), checked against the referral's date and `today` (`åååå-mm-dd`). */
export function referralResponseSchema(referredOn: string, today: string = todayIso()) {
  return z
    .object({
      response: z.enum(referralResponses, { error: 'Velg hva eieren svarte' }),
      respondedOn: dateField('Skriv datoen eieren svarte'),
      effectiveOn: optionalDateField(),
      outcome: requiredText('Skriv hva som kom ut av henvisningen', 2000),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const responded = parseNorwegianDate(v.respondedOn);
      if (responded && responded > today) issue('respondedOn', 'Datoen kan ikke være fram i tid');
      else if (responded && responded < referredOn) {
        issue('respondedOn', `Eieren kan ikke ha svart før henvisningen ${formatDate(referredOn)}`);
      }
      const effective = v.effectiveOn ? parseNorwegianDate(v.effectiveOn) : null;
      if ((v.response === 'NOTICE' || v.response === 'EVICTION') && !v.effectiveOn) {
        issue('effectiveOn', 'Skriv datoen oppsigelsen eller fravikelsen gjelder fra');
      } else if (effective && responded && effective < responded && v.response !== 'FIXED_TERM_NOT_RENEWED') {
        issue('effectiveOn', 'Datoen kan ikke være før eieren svarte');
      }
    });
}
export type ReferralResponseValues = z.infer<ReturnType<typeof referralResponseSchema>>;
export const referralResponseFields = ['response', 'respondedOn', 'effectiveOn', 'outcome'] as const;
export const toReferralResponse = (v: ReferralResponseValues): Schemas['ReferralResponseRequest'] => ({
  response: v.response,
  respondedOn: iso(v.respondedOn),
  effectiveOn: v.response === 'WITHDRAWN' ? null : isoOrNull(v.effectiveOn),
  outcome: v.outcome.trim(),
});
