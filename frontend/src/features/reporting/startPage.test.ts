import { describe, expect, it } from 'vitest';
import { startPathFor } from './startPage';

describe('startPathFor', () => {
  it('sends each role to its work list', () => {
    expect(startPathFor(['botiltak'])).toBe('/oversikt');
    expect(startPathFor(['fagleder'])).toBe('/oversikt');
    expect(startPathFor(['hvk'])).toBe('/soknader');
    expect(startPathFor(['esikt'])).toBe('/venteliste');
    expect(startPathFor(['okonomi'])).toBe('/egenbetaling');
    expect(startPathFor(['kontroll'])).toBe('/kontrollrapport');
  });

  it('lets facility work come first, and sends a caller without a work list to Botiltak', () => {
    expect(startPathFor(['kontroll', 'fagleder'])).toBe('/oversikt');
    expect(startPathFor(['integrasjon'])).toBe('/botiltak');
    expect(startPathFor([])).toBe('/botiltak');
  });
});
