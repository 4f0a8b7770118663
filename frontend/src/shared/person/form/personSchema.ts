import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { optionalText, orNull, requiredText } from '../../../components/formFields';
import { isValidNationalId, normaliseNationalId } from './fodselsnummer';

type NewPerson = components['schemas']['NewPerson'];

export const personFormSchema = z.object({
  nationalId: z
    .string()
    .trim()
    .min(1, 'Skriv fødselsnummeret')
    .refine((value) => value === '' || /^\d{11}$/.test(normaliseNationalId(value)), 'Fødselsnummeret må ha 11 sifre')
    .refine(
      (value) => !/^\d{11}$/.test(normaliseNationalId(value)) || isValidNationalId(value),
      'Fødselsnummeret er ikke gyldig. Sjekk at alle 11 sifrene er riktige.',
    ),
  givenName: requiredText('Skriv fornavnet', 200),
  familyName: requiredText('Skriv etternavnet', 200),
  phone: optionalText(40),
  email: optionalText(200).refine(
    (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    'Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no',
  ),
  address: optionalText(500),
  navContact: optionalText(500),
});

export type PersonFormValues = z.infer<typeof personFormSchema>;
export const personFormFields = ['nationalId', 'givenName', 'familyName', 'phone', 'email', 'address', 'navContact'] as const;

export function toNewPerson(values: PersonFormValues): NewPerson {
  return {
    nationalId: normaliseNationalId(values.nationalId),
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    phone: orNull(values.phone),
    email: orNull(values.email),
    address: orNull(values.address),
    navContact: orNull(values.navContact),
  };
}
