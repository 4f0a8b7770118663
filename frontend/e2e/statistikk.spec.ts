import type { Page } from '@playwright/test';
import { expect, loggInn, menylenker, sjekkHeleKommunenValgt, sjekkUU, test } from './fixtures';

/** Today in Oslo as dd.mm.åååå. */
function todayNorwegian(): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}.${p.month}.${p.year}`;
}

/**
 * Every chart is one image named for what it shows, drawn, with a table of its figures. Where small counts are
 * hidden (`hidden`: ESIKT, R-ACC-3) a chart may have nothing left to draw; it then says so instead.
 */
async function chartsWithTables(page: Page, hidden = false) {
  for (const [chart, table] of [
    ['Utflyttinger etter bosted', 'Utflyttinger etter bosted, tabell'],
    ['Botid', 'Botid i dager, tabell'],
    ['Belegg per måned', 'Belegg per måned, tabell'],
  ]) {
    await expect(page.getByRole('table', { name: table })).toBeVisible();
    const region = page.getByRole('region', { name: chart });
    if (hidden && (await region.getByText('Ingen tall å vise.').count()) > 0) {
      await expect(region.getByText('Tall som er skjult («<5»), er utelatt fra diagrammet.')).toBeVisible();
      continue;
    }
    const image = page.getByRole('img', { name: new RegExp(`^${chart}: `) });
    await expect(image).toBeVisible();
    // Drawn (the chart library is loaded on demand) before axe measures it.
    await expect(image.locator('svg.recharts-surface')).toBeVisible();
  }
}

/** ESIKT's default period (R-ACC-3, whole calendar months): 1 January to the end of last month, in January last year. */
function wholeMonthsSoFar(today: string): [string, string] {
  const [, month, year] = today.split('.').map(Number) as [number, number, number];
  if (month === 1) return [`01.01.${year - 1}`, `31.12.${year - 1}`];
  const last = new Date(Date.UTC(year, month - 1, 0)).getUTCDate();
  return [`01.01.${year}`, `${last}.${String(month - 1).padStart(2, '0')}.${year}`];
}

test('fagleder på Bakklandet starter på Oversikt og ser statistikken for Bakklandet i år', async ({ page }) => {
  await loggInn(page, 'bakklandet-leder');

  // Oversikt is the start page of botiltak and fagleder.
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  const menu = await menylenker(page);
  expect(menu[0]).toBe('Oversikt');
  expect(menu).toContain('Statistikk');
  // The demo data has an unsigned draft and an agreement ending soon at Bakklandet.
  const groups = page.getByRole('main').getByRole('region', { name: /^(Ikke signerte avtaler|Avtaler som slutter innen 30 dager)/ });
  await expect(groups.first()).toBeVisible();
  const firstItem = page.getByRole('main').getByRole('table').first().getByRole('link').first();
  await expect(firstItem).toBeVisible();
  await expect(page.getByText('Ingenting forfaller i dag')).toHaveCount(0);
  await sjekkUU(page);

  // Statistikk for Bakklandet, 01.01. this year to today (the defaults), all by keyboard.
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Statistikk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk' })).toBeVisible();
  const today = todayNorwegian();
  const form = page.getByRole('form', { name: 'Velg botiltak og periode' });
  await expect(form.getByLabel('Botiltak')).toHaveValue('bakklandet');
  await expect(form.getByLabel('Fra dato')).toHaveValue(`01.01.${today.slice(6)}`);
  await expect(form.getByLabel('Til dato')).toHaveValue(today);
  await form.getByRole('button', { name: 'Vis statistikk' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('#statistikk-sammendrag')).toContainText('Bakklandet');
  const figures = page.getByRole('region', { name: 'Nøkkeltall' });
  const residents = figures.locator('dt', { hasText: /^Beboere$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(residents).toHaveText(/^\d+$/);
  expect(Number(await residents.textContent())).toBeGreaterThan(0);

  await chartsWithTables(page);
  await expect(page.getByRole('table', { name: 'Utflyttinger etter grunn' })).toBeVisible();
  await sjekkUU(page);

  // The CSV comes through the API client (with the token) as a download.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Statistikk Bakklandet [^/\\]*\d{4}-01-01–\d{4}-\d{2}-\d{2}\.csv$/);
});

test('ESIKT ser statistikken for hele kommunen i år og kan velge hvert botiltak', async ({ page }) => {
  await loggInn(page, 'esikt1');
  expect(await menylenker(page)).toContain('Statistikk');

  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Statistikk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk' })).toBeVisible();
  const today = todayNorwegian();
  const form = page.getByRole('form', { name: 'Velg botiltak og periode' });
  // "Hele kommunen" first and chosen, then every facility (ESIKT allocates to all of them).
  await sjekkHeleKommunenValgt(form);
  // Whole calendar months for ESIKT (R-ACC-3): this year up to the end of last month.
  const [from, to] = wholeMonthsSoFar(today);
  await expect(form.getByLabel('Fra dato')).toHaveValue(from);
  await expect(form.getByLabel('Til dato')).toHaveValue(to);

  // This year so far for the whole municipality is shown at once, with counts from 1 to 4 as "<5".
  await expect(page.getByRole('heading', { level: 2, name: /^Hele kommunen / })).toBeVisible();
  await expect(page.locator('#statistikk-sammendrag')).toHaveText(/^Fra .+ har botiltakene i kommunen hatt i alt (\d+|<5) beboere\./);
  await expect(page.locator('#statistikk-sammendrag')).not.toHaveText(/\b[1-4] (beboere|bor)/);
  await chartsWithTables(page, true);
  await sjekkUU(page);

  // The CSV for the whole municipality.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Statistikk Hele kommunen \d{4}-01-01–\d{4}-\d{2}-\d{2}\.csv$/);
});
