import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketShortLabel, formatPercent } from './format';

describe('statistics formats', () => {
  it('shows shares as per cent with a non-breaking space', () => {
    expect(formatPercent(0.35)).toBe('35\u00a0%');
    expect(formatPercent(0.3534)).toBe('35,3\u00a0%');
    expect(formatPercent(1)).toBe('100\u00a0%');
    expect(formatPercent(undefined)).toBe('–');
  });

  it('names the stay buckets', () => {
    expect(bucketLabel('0-30')).toBe('0–30 dager');
    expect(bucketLabel('731-')).toBe('731 dager eller mer');
    expect(bucketShortLabel('731-')).toBe('731+');
    expect(bucketShortLabel('91-180')).toBe('91–180');
  });
});
