import { z } from 'zod';
import { parseNorwegianDate } from '../../../components/dates';
import { dateField } from '../../../components/formFields';

/** Facility and period for the statistics (R-STA-1). */
export const statisticsSchema = z
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
export type StatisticsValues = z.infer<typeof statisticsSchema>;
export const statisticsFields = ['facility', 'from', 'to'] as const;
