import { z } from 'zod';
import { parseNorwegianDate, parseTime, todayIso } from './dates';
import { parseKroner } from './money';

/* zod pieces with Norwegian messages, shared by the forms. */

export const UGYLDIG_DATO = 'Skriv en gyldig dato på formen dd.mm.åååå';

/** A required date typed as dd.mm.åååå. */
export function dateField(missing: string, options: { notInFuture?: boolean } = {}) {
  let schema = z
    .string()
    .trim()
    .min(1, missing)
    .refine((value) => parseNorwegianDate(value) !== null, UGYLDIG_DATO);
  if (options.notInFuture) {
    schema = schema.refine((value) => {
      const iso = parseNorwegianDate(value);
      return iso === null || iso <= todayIso();
    }, 'Datoen kan ikke være fram i tid');
  }
  return schema;
}

/** An optional date typed as dd.mm.åååå. */
export function optionalDateField() {
  return z
    .string()
    .trim()
    .refine((value) => value === '' || parseNorwegianDate(value) !== null, UGYLDIG_DATO);
}

/** A required time of day typed as tt:mm. */
export function timeField(missing: string) {
  return z
    .string()
    .trim()
    .min(1, missing)
    .refine((value) => parseTime(value) !== null, 'Skriv klokkeslettet på formen tt:mm, for eksempel 10:30');
}

export function requiredText(missing: string, max: number) {
  return z.string().trim().min(1, missing).max(max, `Kan ha høyst ${max} tegn`);
}

export function optionalText(max: number) {
  return z.string().trim().max(max, `Kan ha høyst ${max} tegn`);
}

/** The trimmed text, or null when empty (the API leaves out fields without a value). */
export function orNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed : null;
}

export const UGYLDIG_BELOP = 'Skriv beløpet i kroner, for eksempel 5000 eller 5000,50';

/** A required amount typed in kroner (see `parseKroner`). */
export function kronerField(missing: string) {
  return z
    .string()
    .trim()
    .min(1, missing)
    .refine((value) => parseKroner(value) !== null, UGYLDIG_BELOP);
}

/** An optional amount typed in kroner. */
export function optionalKronerField() {
  return z
    .string()
    .trim()
    .refine((value) => value === '' || parseKroner(value) !== null, UGYLDIG_BELOP);
}

/** An optional date field's value for the API: `åååå-mm-dd` or null. */
export function isoOrNull(value: string | undefined): string | null {
  return value?.trim() ? parseNorwegianDate(value) : null;
}

/** An optional amount field's value for the API: øre or null. */
export function oreOrNull(value: string | undefined): number | null {
  return value?.trim() ? parseKroner(value) : null;
}
