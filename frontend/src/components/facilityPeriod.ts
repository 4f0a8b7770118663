import { z } from 'zod';
import { parseNorwegianDate, todayIso, todayNorwegian } from './dates';
import { dateField } from './formFields';

/** A facility (or `alle` where the contract allows it) and a period, as the API wants them. */
export interface FacilityPeriod {
  facility: string;
  /** åååå-mm-dd */
  from: string;
  /** åååå-mm-dd */
  to: string;
}

/** Facility and period for a report (statistics, control report); the period may not end before it starts. */
export const facilityPeriodSchema = z
  .object({
    facility: z.string().min(1, 'Velg botiltak'),
    from: dateField('Skriv datoen perioden starter'),
    to: dateField('Skriv datoen perioden slutter'),
  })
  .superRefine((v, ctx) => {
    const from = parseNorwegianDate(v.from);
    const to = parseNorwegianDate(v.to);
    if (from && to && to < from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Til-datoen kan ikke være før fra-datoen' });
  });
export type FacilityPeriodValues = z.infer<typeof facilityPeriodSchema>;
export const facilityPeriodFields = ['facility', 'from', 'to'] as const;

/** The default period: 1 January this year (Oslo) to today, as typed in the form. */
export function defaultPeriodValues(facility: string): FacilityPeriodValues {
  return { facility, from: `01.01.${todayIso().slice(0, 4)}`, to: todayNorwegian() };
}

/** The default period as the API wants it. */
export function defaultPeriod(facility: string): FacilityPeriod {
  return { facility, from: `${todayIso().slice(0, 4)}-01-01`, to: todayIso() };
}
