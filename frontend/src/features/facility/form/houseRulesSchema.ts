import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate } from '../../../components/dates';

type Rule = components['schemas']['Rule'];
type NewHouseRulesVersion = components['schemas']['NewHouseRulesVersion'];

const MAX_RULES = 100;
const MAX_RULE_LENGTH = 2000;

/** The non-empty lines of a textarea, trimmed: one rule per line. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function rulesToText(rules: Rule[]): string {
  return [...rules]
    .sort((a, b) => a.number - b.number)
    .map((r) => r.text)
    .join('\n');
}

export function textToRules(text: string): Rule[] {
  return lines(text).map((line, index) => ({ number: index + 1, text: line }));
}

export { parseNorwegianDate };

function rulesField(kind: string) {
  return z
    .string()
    .refine((text) => lines(text).length > 0, `Skriv minst én ${kind}`)
    .refine((text) => lines(text).length <= MAX_RULES, `Det kan være høyst ${MAX_RULES} ${kind}er`)
    .refine((text) => lines(text).every((line) => line.length <= MAX_RULE_LENGTH), `Hver ${kind} kan ha høyst ${MAX_RULE_LENGTH} tegn`);
}

export const houseRulesFormSchema = z.object({
  validFrom: z
    .string()
    .trim()
    .min(1, 'Skriv datoen reglene gjelder fra')
    .refine((value) => parseNorwegianDate(value) !== null, 'Skriv en gyldig dato på formen dd.mm.åååå'),
  changeNote: z.string().max(500, 'Endringsnotatet kan ha høyst 500 tegn'),
  houseRules: rulesField('husordensregel'),
  hmsRules: rulesField('HMS-regel'),
});

export type HouseRulesFormValues = z.infer<typeof houseRulesFormSchema>;
export const houseRulesFormFields = ['validFrom', 'changeNote', 'houseRules', 'hmsRules'] as const;

export function toNewHouseRulesVersion(values: HouseRulesFormValues, basedOnVersion: number): NewHouseRulesVersion {
  const note = values.changeNote.trim();
  return {
    basedOnVersion,
    validFrom: parseNorwegianDate(values.validFrom) ?? values.validFrom,
    changeNote: note ? note : null,
    houseRules: textToRules(values.houseRules),
    hmsRules: textToRules(values.hmsRules),
  };
}
