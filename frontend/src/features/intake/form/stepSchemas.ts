import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { osloDateTimeToInstant, parseNorwegianDate, parseTime } from '../../../components/dates';
import { dateField, optionalDateField, orNull, requiredText, timeField } from '../../../components/formFields';

type Schemas = components['schemas'];

/* One zod schema per step on an application, with Norwegian messages, and its request body. */

export const priorityFormSchema = z.object({
  priority: z.enum(['1', '2', '3'], { error: 'Velg prioritet' }),
  reason: requiredText('Skriv begrunnelsen for prioriteten', 2000),
});
export type PriorityFormValues = z.infer<typeof priorityFormSchema>;
export const priorityFormFields = ['priority', 'reason'] as const;
export const toPriorityRequest = (v: PriorityFormValues): Schemas['PriorityRequest'] => ({
  priority: Number(v.priority),
  reason: v.reason.trim(),
});

export const informedFormSchema = z.object({
  informedOn: dateField('Skriv datoen søkeren ble informert', { notInFuture: true }),
});
export type InformedFormValues = z.infer<typeof informedFormSchema>;
export const informedFormFields = ['informedOn'] as const;
export const toInformedRequest = (v: InformedFormValues): Schemas['InformedRequest'] => ({
  informedOn: parseNorwegianDate(v.informedOn)!,
});

export const scheduleFormSchema = z.object({
  date: dateField('Skriv datoen for samtalen'),
  time: timeField('Skriv klokkeslettet for samtalen'),
});
export type ScheduleFormValues = z.infer<typeof scheduleFormSchema>;
export const scheduleFormFields = ['date', 'time'] as const;
export const toScheduleRequest = (v: ScheduleFormValues): Schemas['OrientationRequest'] => ({
  scheduledAt: osloDateTimeToInstant(parseNorwegianDate(v.date)!, parseTime(v.time)!),
});

export const allParticipants: Schemas['OrientationParticipant'][] = ['APPLICANT', 'HVK', 'FACILITY'];

export const orientationFormSchema = z
  .object({
    heldOn: dateField('Skriv datoen samtalen ble holdt', { notInFuture: true }),
    participants: z
      .array(z.enum(allParticipants))
      .refine((list) => allParticipants.every((p) => list.includes(p)), 'Søker, HVK og botiltaket må alle delta i orienteringssamtalen'),
    applicantAnswer: z.enum(['ACCEPTED', 'DECLINED'], { error: 'Velg svaret fra søkeren' }),
    declineReason: z.string().trim().max(2000, 'Kan ha høyst 2000 tegn'),
  })
  .superRefine((v, ctx) => {
    if (v.applicantAnswer === 'DECLINED' && !v.declineReason) {
      ctx.addIssue({ code: 'custom', path: ['declineReason'], message: 'Skriv hvorfor søkeren takker nei' });
    }
  });
export type OrientationFormValues = z.infer<typeof orientationFormSchema>;
export const orientationFormFields = ['heldOn', 'participants', 'applicantAnswer', 'declineReason'] as const;
export const toOrientationRequest = (v: OrientationFormValues): Schemas['OrientationRequest'] => ({
  heldOn: parseNorwegianDate(v.heldOn)!,
  participants: v.participants,
  applicantAnswer: v.applicantAnswer,
  declineReason: v.applicantAnswer === 'DECLINED' ? orNull(v.declineReason) : null,
});

export const allLegalBasis: Schemas['LegalBasis'][] = ['PBRL_2_1A_2', 'HOL_3_1', 'HOL_3_2_1_6B'];

export const decisionFormSchema = z.object({
  decisionDate: dateField('Skriv vedtaksdatoen'),
  scope: requiredText('Beskriv omfanget av den praktiske bistanden', 5000),
  legalBasis: z.array(z.enum(allLegalBasis)).min(1, 'Velg minst ett lovgrunnlag'),
  reassessBy: optionalDateField(),
});
export type DecisionFormValues = z.infer<typeof decisionFormSchema>;
export const decisionFormFields = ['decisionDate', 'scope', 'legalBasis', 'reassessBy'] as const;
export const toDecisionRequest = (v: DecisionFormValues): Schemas['ServiceDecisionRequest'] => ({
  decisionDate: parseNorwegianDate(v.decisionDate)!,
  scope: v.scope.trim(),
  legalBasis: v.legalBasis,
  reassessBy: v.reassessBy ? parseNorwegianDate(v.reassessBy) : null,
});

export const reasonFormSchema = z.object({
  reason: requiredText('Skriv begrunnelsen', 2000),
});
export type ReasonFormValues = z.infer<typeof reasonFormSchema>;
export const reasonFormFields = ['reason'] as const;

/**
 * ALLOCATE: `overrideReason` is required only when the person is outside the target group (R-INT-7).
 * `outside` is no field the user fills in: the form sets it whenever its target-group warning shows.
 */
export const allocationFormSchema = z
  .object({
    facilityId: z.string().min(1, 'Velg botiltak'),
    fromDate: dateField('Skriv datoen boenheten er tildelt fra'),
    unitId: z.string().min(1, 'Velg boenhet'),
    coordinator: requiredText('Skriv hvilken bokoordinator tildelingen er avtalt med', 200),
    overrideReason: z.string().trim().max(2000, 'Kan ha høyst 2000 tegn'),
    outside: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.outside && !v.overrideReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['overrideReason'],
        message: 'Skriv begrunnelsen for å tildele boenheten utenfor målgruppen',
      });
    }
  });
export type AllocationFormValues = z.infer<typeof allocationFormSchema>;
export const allocationFormFields = ['facilityId', 'fromDate', 'unitId', 'coordinator', 'overrideReason'] as const;
export const toAllocationRequest = (v: AllocationFormValues): Schemas['AllocationRequest'] => ({
  unitId: v.unitId,
  fromDate: parseNorwegianDate(v.fromDate)!,
  coordinator: v.coordinator.trim(),
  overrideReason: v.outside ? orNull(v.overrideReason) : null,
});
