/** Dates as people type them (dd.mm.åååå) and as the API wants them (åååå-mm-dd), in Oslo time. */

/** `dd.mm.åååå` → `åååå-mm-dd`, or null if it is not a real date. */
export function parseNorwegianDate(value: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `tt:mm` (or `tt.mm`) → `tt:mm` with two digits each, or null. */
export function parseTime(value: string): string | null {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim());
  if (!match) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsInOslo(date: Date): Record<string, number> {
  return Object.fromEntries(
    osloParts
      .formatToParts(date)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
}

/** Today's date in Oslo as `åååå-mm-dd`. */
export function todayIso(now: Date = new Date()): string {
  const p = partsInOslo(now);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Today's date in Oslo as `dd.mm.åååå`, for prefilled date fields. */
export function todayNorwegian(now: Date = new Date()): string {
  const [year, month, day] = todayIso(now).split('-');
  return `${day}.${month}.${year}`;
}

/**
 * Now on the clock in Oslo as the forms want it, both from the same instant (so that just after midnight the date
 * and the time agree): `dd.mm.åååå` and `tt:mm`.
 */
export function nowInOslo(now: Date = new Date()): { date: string; time: string } {
  const p = partsInOslo(now);
  const two = (n: number | undefined) => String(n).padStart(2, '0');
  return { date: `${two(p.day)}.${two(p.month)}.${p.year}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** Minutes Oslo is ahead of UTC at this instant. */
function osloOffsetMinutes(ms: number): number {
  const p = partsInOslo(new Date(ms));
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  return Math.round((asUtc - Math.floor(ms / 60000) * 60000) / 60000);
}

/** A wall-clock time in Oslo (`åååå-mm-dd` + `tt:mm`) → ISO instant in UTC. */
export function osloDateTimeToInstant(isoDate: string, time: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  let instant = wall - osloOffsetMinutes(wall) * 60000;
  instant = wall - osloOffsetMinutes(instant) * 60000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** Whole years from `birthDate` to `at` (both `åååå-mm-dd`). */
export function ageAt(birthDate: string, at: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  let age = ay! - by!;
  if (am! < bm! || (am === bm && ad! < bd!)) age -= 1;
  return age;
}
