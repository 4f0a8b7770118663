import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { orNull } from '../../../components/formFields';
import { personFormSchema } from '../../../shared/person/form/personSchema';
import { intakeFormSchema } from './intakeSchema';

type IntakeCorrection = components['schemas']['IntakeCorrection'];
type Intake = components['schemas']['Intake'];
type Person = components['schemas']['Person'];

/**
 * Issue 18: what HVK may correct before the decision, with the same rules as when it was
 * registered: the person's names and contact details (never the identity number) and the
 * application's details.
 */
export const correctionFormSchema = personFormSchema.omit({ nationalId: true }).extend(intakeFormSchema.shape);

export type CorrectionFormValues = z.infer<typeof correctionFormSchema>;
export const correctionFormFields = [
  'givenName',
  'familyName',
  'phone',
  'email',
  'address',
  'navContact',
  'receivedOn',
  'assessment',
  'assessmentSummary',
  'needs',
  'wishes',
  'facilityWishes',
  'hasRentalHousingDecision',
] as const;

/** The form filled in with what is stored now. */
export function correctionDefaults(intake: Intake, person: Person): CorrectionFormValues {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    phone: person.phone ?? '',
    email: person.email ?? '',
    address: person.address ?? '',
    navContact: person.navContact ?? '',
    receivedOn: formatDate(intake.receivedOn),
    assessment: intake.assessment ?? '',
    assessmentSummary: intake.assessmentSummary ?? '',
    needs: intake.needs ?? '',
    wishes: intake.wishes ?? '',
    facilityWishes: intake.facilityWishes,
    hasRentalHousingDecision: intake.hasRentalHousingDecision,
  };
}

/** The whole correction the API takes (PUT): an emptied field is sent as null and cleared. */
export function toIntakeCorrection(values: CorrectionFormValues): IntakeCorrection {
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    phone: orNull(values.phone),
    email: orNull(values.email),
    address: orNull(values.address),
    navContact: orNull(values.navContact),
    receivedOn: parseNorwegianDate(values.receivedOn) ?? '',
    assessment: values.assessment.trim(),
    assessmentSummary: orNull(values.assessmentSummary),
    needs: orNull(values.needs),
    wishes: orNull(values.wishes),
    facilityWishes: values.facilityWishes,
    hasRentalHousingDecision: values.hasRentalHousingDecision,
  };
}
