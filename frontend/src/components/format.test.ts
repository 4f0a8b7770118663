import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDays, formatKroner, formatNumber } from './format';

const NBSP = '\u00a0';

describe('formatKroner', () => {
  it('shows whole kroner from øre with non-breaking spaces', () => {
    expect(formatKroner(500000)).toBe(`kr${NBSP}5${NBSP}000`);
  });

  it('groups thousands and keeps øre when there are any', () => {
    expect(formatKroner(123456789)).toBe(`kr${NBSP}1${NBSP}234${NBSP}567,89`);
    expect(formatKroner(50)).toBe(`kr${NBSP}0,50`);
  });

  it('shows zero and small amounts', () => {
    expect(formatKroner(0)).toBe(`kr${NBSP}0`);
    expect(formatKroner(99900)).toBe(`kr${NBSP}999`);
  });

  it('contains no breaking space at all', () => {
    expect(formatKroner(1234567800)).not.toMatch(/ /);
  });
});

describe('formatDate', () => {
  it('shows a calendar date as dd.mm.åååå', () => {
    expect(formatDate('2013-05-01')).toBe('01.05.2013');
    expect(formatDate('2026-12-31')).toBe('31.12.2026');
  });

  it('is empty for no date', () => {
    expect(formatDate(null)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in Oslo time', () => {
    // 10:00 UTC in April is 12:00 in Oslo (summer time).
    expect(formatDateTime('2013-04-20T10:00:00Z')).toBe(`20.04.2013 kl.${NBSP}12:00`);
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(formatDateTime('2013-12-31T23:30:00Z')).toBe(`01.01.2014 kl.${NBSP}00:30`);
  });
});

describe('formatDays', () => {
  it('uses singular and plural', () => {
    expect(formatDays(1)).toBe(`1${NBSP}dag`);
    expect(formatDays(14)).toBe(`14${NBSP}dager`);
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(2934)).toBe('2\u00a0934');
  });
});
