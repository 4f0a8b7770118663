import { describe, expect, it } from 'vitest';
import { okonomiStartPath, startPathFor } from './startPage';

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

describe('okonomiStartPath', () => {
  it('opens Restanser when agreements are in arrears, also when payments wait to be matched', () => {
    expect(okonomiStartPath({ arrears: 3, unmatched: 0 })).toBe('/egenbetaling?visning=restanser');
    expect(okonomiStartPath({ arrears: 1, unmatched: 5 })).toBe('/egenbetaling?visning=restanser');
  });

  it('opens Umatchede innbetalinger when only payments wait', () => {
    expect(okonomiStartPath({ arrears: 0, unmatched: 2 })).toBe('/egenbetaling?visning=umatchet');
  });

  it('opens Restanser when neither list has work', () => {
    expect(okonomiStartPath({ arrears: 0, unmatched: 0 })).toBe('/egenbetaling?visning=restanser');
  });
});
