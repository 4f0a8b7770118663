import { describe, expect, it } from 'vitest';
import { oreToKronerInput, parseKroner } from './money';

describe('parseKroner', () => {
  it('turns kroner into whole øre', () => {
    expect(parseKroner('5000')).toBe(500000);
    expect(parseKroner('5 000')).toBe(500000);
    expect(parseKroner('5\u00a0000,5')).toBe(500050);
    expect(parseKroner('5000,50')).toBe(500050);
    expect(parseKroner('0,99')).toBe(99);
    expect(parseKroner('kr 520')).toBe(52000);
  });

  it('refuses what is not an amount', () => {
    expect(parseKroner('')).toBeNull();
    expect(parseKroner('-5')).toBeNull();
    expect(parseKroner('5,001')).toBeNull();
    expect(parseKroner('fem')).toBeNull();
  });
});

describe('oreToKronerInput', () => {
  it('shows øre as an amount to edit', () => {
    expect(oreToKronerInput(500000)).toBe('5000');
    expect(oreToKronerInput(500050)).toBe('5000,50');
    expect(oreToKronerInput(null)).toBe('');
  });
});
