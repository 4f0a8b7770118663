/** Amounts as people type them in kroner (`5000`, `5 000`, `5000,50`) and as the API wants them (whole øre). */

/** `5 000,50` → 500050 øre, or null if it is not an amount in kroner with at most two decimals. */
export function parseKroner(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(/^kr\.?/i, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const ore = (match[2] ?? '').padEnd(2, '0');
  return Number(match[1]) * 100 + Number(ore);
}

/** 500050 øre → `5000,50`; 500000 → `5000` (for prefilled amount fields). */
export function oreToKronerInput(ore: number | null | undefined): string {
  if (ore === null || ore === undefined) return '';
  const kroner = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(kroner) : `${kroner},${String(rest).padStart(2, '0')}`;
}
