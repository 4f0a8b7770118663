import { describe, expect, it } from 'vitest';
import { fileNameOf } from './saveBlob';

describe('fileNameOf', () => {
  it('takes the UTF-8 name the API gives, with æ, ø and å', () => {
    expect(fileNameOf(`attachment; filename="Avtale Ase Solbakken.pdf"; filename*=UTF-8''Avtale%20%C3%85se%20Solbakken.pdf`, 'x.pdf')).toBe(
      'Avtale Åse Solbakken.pdf',
    );
  });

  it('falls back to the plain name, then to the page’s own name', () => {
    expect(fileNameOf('attachment; filename="nav-trekk-2026-11.csv"', 'x.csv')).toBe('nav-trekk-2026-11.csv');
    expect(fileNameOf('attachment; filename=plain.csv', 'x.csv')).toBe('plain.csv');
    expect(fileNameOf(`inline; filename="a.pdf"; filename*=UTF-8''%E0%A4%A`, 'x.pdf')).toBe('a.pdf');
    expect(fileNameOf(null, 'avtale-1.pdf')).toBe('avtale-1.pdf');
    expect(fileNameOf('inline', 'avtale-1.pdf')).toBe('avtale-1.pdf');
  });
});
