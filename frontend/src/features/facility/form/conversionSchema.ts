import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate } from '../../../components/dates';
import { dateField, requiredText } from '../../../components/formFields';

type Schemas = components['schemas'];

/** R-FAC-3: the new kind of agreement, from when, and why. */
export const conversionSchema = z.object({
  toKind: z.enum(['BTA', 'LEASE'], { error: 'Velg den nye avtaleformen' }),
  effectiveOn: dateField('Skriv datoen endringen gjelder fra'),
  reason: requiredText('Skriv begrunnelsen for endringen', 2000),
});
export type ConversionValues = z.infer<typeof conversionSchema>;
export const conversionFields = ['toKind', 'effectiveOn', 'reason'] as const;
export const toConversion = (v: ConversionValues): Schemas['ConversionRequest'] => ({
  toKind: v.toKind,
  effectiveOn: parseNorwegianDate(v.effectiveOn)!,
  reason: v.reason.trim(),
});
