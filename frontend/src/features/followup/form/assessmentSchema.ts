import { z } from 'zod';
import { parseNorwegianDate } from '../../../components/dates';
import { dateField } from '../../../components/formFields';
import type { NewAssessment } from '../api/useRecordAssessment';
import type { Instrument, InstrumentAnswer, InstrumentItem } from '../api/useInstruments';
import { tekster } from '../tekster';

/** The form's values: the date as dd.mm.åååå, each answer as the text of its input (score or number). */
export interface AssessmentValues {
  takenOn: string;
  answers: Record<string, string>;
}

export const assessmentFields = ['takenOn'] as const;

/** The item's fixed answers (its own, or the shared scale it names); empty for a range item. */
export function answersOf(instrument: Instrument, item: InstrumentItem): InstrumentAnswer[] {
  if (item.answers?.length) return item.answers;
  if (item.scale) return instrument.scales?.[item.scale] ?? [];
  return [];
}

/** `[from, to]` for an item answered with any value in a range, else null. */
export function rangeOf(item: InstrumentItem): [number, number] | null {
  return item.range && item.range.length === 2 ? [item.range[0]!, item.range[1]!] : null;
}

/** `6,5` or `6.5` → 6.5, or null when not a number with at most one decimal. */
export function parseDecimal(value: string): number | null {
  const text = value.trim().replace(',', '.');
  if (!/^-?\d+(\.\d)?$/.test(text)) return null;
  return Number(text);
}

function itemSchema(instrument: Instrument, item: InstrumentItem) {
  const range = rangeOf(item);
  if (range && answersOf(instrument, item).length === 0) {
    const [min, max] = range;
    return z
      .string()
      .trim()
      .min(1, tekster.skrivVerdi(item.text))
      .refine(
        (value) => {
          const n = parseDecimal(value);
          return n !== null && n >= min && n <= max;
        },
        tekster.utenforSkala(item.text, min, max),
      );
  }
  return z.string().min(1, tekster.velgSvar(item.text));
}

/** The zod schema for one instrument, built from its definition. */
export function assessmentSchema(instrument: Instrument): z.ZodType<AssessmentValues, AssessmentValues> {
  return z.object({
    takenOn: dateField(tekster.manglerDato, { notInFuture: true }),
    answers: z.object(Object.fromEntries(instrument.items.map((item) => [item.id, itemSchema(instrument, item)]))),
  }) as unknown as z.ZodType<AssessmentValues, AssessmentValues>;
}

export function emptyAnswers(instrument: Instrument): Record<string, string> {
  return Object.fromEntries(instrument.items.map((item) => [item.id, '']));
}

export function toNewAssessment(instrument: Instrument, values: AssessmentValues): NewAssessment {
  return {
    instrument: instrument.id as NewAssessment['instrument'],
    takenOn: parseNorwegianDate(values.takenOn)!,
    answers: Object.fromEntries(instrument.items.map((item) => [item.id, parseDecimal(values.answers[item.id] ?? '') ?? Number.NaN])),
  };
}
