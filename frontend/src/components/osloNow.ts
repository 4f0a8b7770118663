const osloClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Now on the clock in Oslo as the forms want it, both from the same instant (so that just after midnight the date
 * and the time agree): `dd.mm.åååå` and `tt:mm`.
 */
export function nowInOslo(now: Date = new Date()): { date: string; time: string } {
  const p = Object.fromEntries(osloClock.formatToParts(now).map((part) => [part.type, part.value]));
  return { date: `${p.day}.${p.month}.${p.year}`, time: `${p.hour}:${p.minute}` };
}
