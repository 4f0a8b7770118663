import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate } from '../../../components/dates';
import { dateField, optionalText, orNull, requiredText } from '../../../components/formFields';

type NewIntake = components['schemas']['NewIntake'];

export const intakeFormSchema = z.object({
  receivedOn: dateField('Skriv datoen søknaden kom inn', { notInFuture: true }),
  assessment: requiredText('Skriv den faglige vurderingen', 10000),
  assessmentSummary: optionalText(500),
  needs: optionalText(5000),
  wishes: optionalText(5000),
  facilityWishes: z.array(z.string()).max(10, 'Velg høyst 10 botiltak'),
  hasRentalHousingDecision: z.boolean(),
});

export type IntakeFormValues = z.infer<typeof intakeFormSchema>;
export const intakeFormFields = [
  'receivedOn',
  'assessment',
  'assessmentSummary',
  'needs',
  'wishes',
  'facilityWishes',
  'hasRentalHousingDecision',
] as const;

export function toNewIntake(personId: string, values: IntakeFormValues): NewIntake {
  return {
    personId,
    receivedOn: parseNorwegianDate(values.receivedOn),
    assessment: values.assessment.trim(),
    assessmentSummary: orNull(values.assessmentSummary),
    needs: orNull(values.needs),
    wishes: orNull(values.wishes),
    facilityWishes: values.facilityWishes,
    hasRentalHousingDecision: values.hasRentalHousingDecision,
  };
}
