import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate } from '../../../components/dates';
import { dateField, requiredText } from '../../../components/formFields';
import { lines, textToRules } from './houseRulesSchema';

type Schemas = components['schemas'];

function rulesField(kind: string) {
  return z
    .string()
    .refine((text) => lines(text).length > 0, `Skriv minst én ${kind}`)
    .refine((text) => lines(text).length <= 100, `Det kan være høyst 100 ${kind}er`)
    .refine((text) => lines(text).every((line) => line.length <= 2000), `Hver ${kind} kan ha høyst 2000 tegn`);
}

/** R-FAC-3: the new kind of agreement, from when, why, and the rule set the facility takes on with it. */
export const conversionSchema = z.object({
  toKind: z.enum(['BTA', 'LEASE'], { error: 'Velg den nye avtaleformen' }),
  effectiveOn: dateField('Skriv datoen endringen gjelder fra'),
  reason: requiredText('Skriv begrunnelsen for endringen', 2000),
  rulesChangeNote: z.string().max(500, 'Endringsnotatet kan ha høyst 500 tegn'),
  houseRules: rulesField('husordensregel'),
  hmsRules: rulesField('HMS-regel'),
});
export type ConversionValues = z.infer<typeof conversionSchema>;
export const conversionFields = ['toKind', 'effectiveOn', 'reason', 'rulesChangeNote', 'houseRules', 'hmsRules'] as const;
export const toConversion = (v: ConversionValues): Schemas['NewConversion'] => {
  const note = v.rulesChangeNote.trim();
  return {
    toKind: v.toKind,
    effectiveOn: parseNorwegianDate(v.effectiveOn)!,
    reason: v.reason.trim(),
    rulesChangeNote: note ? note : null,
    houseRules: textToRules(v.houseRules),
    hmsRules: textToRules(v.hmsRules),
  };
};

/** Withdrawing a conversion before it takes effect needs the reason. */
export const withdrawSchema = z.object({ reason: requiredText('Skriv hvorfor endringen trekkes tilbake', 2000) });
export const withdrawFields = ['reason'] as const;
