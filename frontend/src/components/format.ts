/** Formatting for Norwegian bokmål UI text: dates dd.mm.åååå, amounts `kr 5 000`. */

const NBSP = '\u00a0';

/** `2013-05-01` → `01.05.2013`. A calendar date, so no time zone is involved. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${day}.${month}.${year}`;
}

const osloDateTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant (UTC) shown in Oslo time: `20.04.2013 kl. 12:00`. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = Object.fromEntries(osloDateTime.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year} kl.${NBSP}${parts.hour}:${parts.minute}`;
}

const wholeKroner = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
const kronerAndOre = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Whole øre → `kr 5 000` (or `kr 5 000,50`), with non-breaking spaces so the amount never
 * wraps. Integer arithmetic decides whether there are øre to show; `withOre` always shows two
 * decimals (`kr 5 000,00`), as ledgers and payment reports do.
 */
export function formatKroner(ore: number, options: { withOre?: boolean } = {}): string {
  const format = ore % 100 === 0 && !options.withOre ? wholeKroner : kronerAndOre;
  const number = format.format(ore / 100).replace(/[\s\u202f]/g, NBSP);
  return `kr${NBSP}${number}`;
}

const wholeNumber = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** 1234 → `1 234` (non-breaking space). */
export function formatNumber(n: number): string {
  return wholeNumber.format(n).replace(/[\s\u202f]/g, NBSP);
}

/** `14` → `14 dager`, `1` → `1 dag`. */
export function formatDays(days: number): string {
  return `${days}${NBSP}${days === 1 ? 'dag' : 'dager'}`;
}
