/**
 * Fødselsnummer and D-nummer: 11 digits, two mod-11 check digits and a real birth date.
 * Synthetic test numbers (month + 40 or + 80) pass too; the server decides whether it accepts
 * them (it does only in development and tests).
 */

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The mod-11 check digit for these digits and weights, or null when it would be 10 (no valid number). */
export function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, weight, i) => acc + weight * digits[i]!, 0);
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  if (digit === 10) return null;
  return digit;
}

/** The century from the individual number (digits 7-9) and the two-digit year (Skatteetaten). */
function century(individual: number, yy: number): number {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (individual >= 900 && yy >= 40) return 1900;
  return 2000;
}

/** Spaces, dots and dashes people type are ignored. */
export function normaliseNationalId(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** The birth date (`åååå-mm-dd`) the number gives, or null when it is not a valid number. */
export function birthDateFromNationalId(value: string): string | null {
  const s = normaliseNationalId(value);
  if (!/^\d{11}$/.test(s)) return null;
  const digits = [...s].map(Number);
  const k1 = checkDigit(digits, WEIGHTS_1);
  if (k1 === null || k1 !== digits[9]) return null;
  const k2 = checkDigit(digits, WEIGHTS_2);
  if (k2 === null || k2 !== digits[10]) return null;

  let day = Number(s.slice(0, 2));
  let month = Number(s.slice(2, 4));
  if (day > 40) day -= 40; // D-nummer
  if (month > 80)
    month -= 80; // synthetic (Test-Norge)
  else if (month > 40) month -= 40; // synthetic (NAV)
  const yy = Number(s.slice(4, 6));
  const year = century(Number(s.slice(6, 9)), yy) + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidNationalId(value: string): boolean {
  return birthDateFromNationalId(value) !== null;
}

/** "15899099998" → "158990 *****", as the API masks numbers in lists; an anonymised person has none. */
export function maskNationalId(value: string | undefined): string {
  if (value === undefined) return '*****';
  const s = normaliseNationalId(value);
  return s.length === 11 ? `${s.slice(0, 6)} *****` : '*****';
}
