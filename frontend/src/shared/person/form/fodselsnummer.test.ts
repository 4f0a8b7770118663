import { describe, expect, it } from 'vitest';
import { birthDateFromNationalId, checkDigit, isValidNationalId, maskNationalId } from './fodselsnummer';
import { personFormSchema } from './personSchema';

/** Builds a valid number from a date (ddmmyy, month already shifted) and an individual number. */
function withCheckDigits(first9: string): string | null {
  const digits = [...first9].map(Number);
  const k1 = checkDigit(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === null) return null;
  const k2 = checkDigit([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k2 === null) return null;
  return `${first9}${k1}${k2}`;
}

describe('fødselsnummer', () => {
  it('accepts a valid number and gives its birth date', () => {
    // 01.01.1990, individual number 123 (1900s).
    const number = ['123', '124', '125', '126', '127'].map((i) => withCheckDigits(`010190${i}`)).find(Boolean)!;
    expect(isValidNationalId(number)).toBe(true);
    expect(birthDateFromNationalId(number)).toBe('1990-01-01');
    expect(isValidNationalId(`${number.slice(0, 6)} ${number.slice(6)}`)).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidNationalId('15899010059')).toBe(true);
    expect(isValidNationalId('15899010058')).toBe(false); // second check digit wrong
    expect(isValidNationalId('15899010049')).toBe(false); // first check digit wrong
    // The example in openapi.yaml has wrong check digits (they would be 9 and 8).
    expect(isValidNationalId('15899099970')).toBe(false);
  });

  it('accepts synthetic test numbers with month + 80 and month + 40', () => {
    // 15.09.1990 with month 09 + 80 = 89 (Test-Norge).
    expect(birthDateFromNationalId('15899010059')).toBe('1990-09-15');
    const nav = ['100', '101', '102', '103', '104'].map((i) => withCheckDigits(`154990${i}`)).find(Boolean)!;
    expect(birthDateFromNationalId(nav)).toBe('1990-09-15');
  });

  it('refuses wrong length, letters and dates that do not exist', () => {
    expect(isValidNationalId('1589909997')).toBe(false);
    expect(isValidNationalId('1589909997a')).toBe(false);
    const feb31 = ['100', '101', '102', '103', '104'].map((i) => withCheckDigits(`310290${i}`)).find(Boolean)!;
    expect(isValidNationalId(feb31)).toBe(false);
  });

  it('masks the personal number', () => {
    expect(maskNationalId('15899010059')).toBe('158990 *****');
    expect(maskNationalId(undefined)).toBe('*****');
  });

  it('gives Norwegian messages in the form schema', () => {
    const base = { givenName: 'Kari', familyName: 'Nordmann', phone: '', email: '', address: '', navContact: '' };
    const missing = personFormSchema.safeParse({ ...base, nationalId: '' });
    expect(missing.error?.issues.map((i) => i.message)).toEqual(['Skriv fødselsnummeret']);
    const wrong = personFormSchema.safeParse({ ...base, nationalId: '15899010058' });
    expect(wrong.error?.issues.map((i) => i.message)).toEqual(['Fødselsnummeret er ikke gyldig. Sjekk at alle 11 sifrene er riktige.']);
    expect(personFormSchema.safeParse({ ...base, nationalId: '158990 10059' }).success).toBe(true);
  });
});
