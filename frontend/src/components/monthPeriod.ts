/** This month so far: its first day to `today` (both åååå-mm-dd; `today` in Oslo, see `todayIso`). */
export function monthSoFar(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}
