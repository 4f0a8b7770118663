import type { Locator, Page } from '@playwright/test';
import type { components } from '../src/api/schema.gen';
import { expect, loggInn, sjekkUU, test } from './fixtures';
import { apiAs, egenbetalingVisning as visning, osloMonth } from './helpers';

/*
 * Issue 18 item 4, lists people can work with, against the real stack with the demo data: Avtaler sorts by a
 * column heading (aria-sort), shows the active agreements by default, and finds a demo resident by part of the name
 * and by the first six digits of the number, which go in a request body and never in a URL. Restanser sorts, and
 * pages when it has more than one page (else it finds a resident by name). Every page is checked with axe.
 */

type Schemas = components['schemas'];

/** The residents' names in the table's body, top to bottom: the first link in each row header (not the sums). */
function residentNames(table: Locator): Promise<string[]> {
  return table
    .locator('tbody')
    .getByRole('rowheader')
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector('a')?.textContent?.trim() ?? ''));
}

/** Clicks and waits for the list's answer; returns the names in it, in its order. */
async function namesAnswered(
  page: Page,
  path: string,
  click: () => Promise<void>,
  names: (body: unknown) => string[],
  method: 'GET' | 'POST' = 'GET',
) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === method && r.ok()),
    click(),
  ]);
  return names(await response.json());
}

const agreementNames = (body: unknown) => (body as Schemas['AgreementPage']).items.map((a) => a.person.name);

test('botiltak: Avtaler sorteres etter beboer og finner en beboer på navn og de seks første sifrene', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));

  await loggInn(page, 'bakklandet1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Avtaler' }).click();
  const table = page.getByRole('table', { name: /^Avtaler \(\d+\)$/ });
  await expect(table).toBeVisible();
  await expect(table).toHaveAttribute('data-size', 'sm');
  // Active agreements by default: Emma Lyngstad moved out, so her ended agreement is not in the list.
  const filter = page.getByRole('search', { name: 'Filtrer avtalene' });
  await expect(filter.getByLabel('Status')).toHaveValue('aktive');
  await expect(table.getByRole('row').filter({ hasText: 'Jonas Brattli' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Emma Lyngstad' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Slutt' })).toHaveAttribute('aria-sort', 'ascending');
  await sjekkUU(page);

  // Sort by the resident, then the other way: the order turns round.
  const resident = table.getByRole('columnheader', { name: 'Beboer' });
  await expect(resident).toHaveAttribute('aria-sort', 'none');
  const ascending = await namesAnswered(page, '/api/agreements', () => resident.getByRole('button').click(), agreementNames);
  expect(ascending.length, 'Bakklandet has more than one active agreement').toBeGreaterThan(1);
  await expect(resident).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]sortering=name(&|$)/);
  await expect.poll(() => residentNames(table)).toEqual(ascending);
  const descending = await namesAnswered(page, '/api/agreements', () => resident.getByRole('button').click(), agreementNames);
  await expect(resident).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('columnheader', { name: 'Slutt' })).toHaveAttribute('aria-sort', 'none');
  await expect.poll(() => residentNames(table)).toEqual(descending);
  expect(descending).toEqual([...ascending].reverse());
  expect(descending).not.toEqual(ascending);
  await sjekkUU(page);

  // Part of a demo resident's name.
  const field = filter.getByLabel('Søk på navn eller fødselsnummer');
  await field.fill('brattl');
  await filter.getByRole('button', { name: 'Vis avtaler' }).click();
  await expect.poll(() => residentNames(table)).toEqual(['Jonas Brattli']);
  await expect(page.getByRole('table', { name: 'Avtaler (1)' })).toBeVisible();
  await sjekkUU(page);

  // The first six digits of the same resident's number, as the list shows them (masked after six).
  const masked = (await table.getByRole('row').filter({ hasText: 'Jonas Brattli' }).getByRole('cell').first().textContent()) ?? '';
  const digits = masked.replace(/\D/g, '').slice(0, 6);
  expect(digits, `the masked number ${masked}`).toMatch(/^\d{6}$/);
  await field.fill(digits);
  const [search] = await Promise.all([
    page.waitForRequest((r) => new URL(r.url()).pathname === '/api/agreements/search' && r.method() === 'POST'),
    filter.getByRole('button', { name: 'Vis avtaler' }).click(),
  ]);
  expect(search.postDataJSON()).toEqual({ query: digits });
  await expect.poll(() => residentNames(table)).toContain('Jonas Brattli');
  await sjekkUU(page);
  // The number went in the body only: not in the address bar, not in any request's URL.
  expect(page.url()).not.toContain(digits);
  expect(urls.filter((url) => url.includes(digits))).toEqual([]);

  // Beboere: the same lists by status, each searchable and sortable, named by their headings.
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Beboere' }).click();
  const current = page.getByRole('table', { name: 'Nåværende beboere', exact: true });
  await expect(current).toBeVisible();
  await expect(current.getByRole('columnheader', { name: 'Beboer' })).toHaveAttribute('aria-sort', 'none');
  await sjekkUU(page);
});

test('økonomi: Restanser sorteres, og blas i eller søkes i', async ({ page, request }) => {
  test.setTimeout(120_000);
  // Something overdue: the charge run for the month before last (idempotent: one charge per agreement and month).
  const run = await apiAs<Schemas['ChargeRun']>(request, 'okonomi1', 'POST', '/api/egenbetaling/charge-runs', { period: osloMonth(-2) });
  await expect
    .poll(async () => (await apiAs<Schemas['ChargeRun']>(request, 'okonomi1', 'GET', `/api/egenbetaling/charge-runs/${run.id}`)).state, {
      timeout: 60_000,
    })
    .toBe('DONE');
  const all = await apiAs<Schemas['Arrears']>(request, 'okonomi1', 'GET', '/api/egenbetaling/arrears?page=0&size=50');
  expect(all.totalItems, 'residents in arrears after the charge run').toBeGreaterThan(1);

  await loggInn(page, 'okonomi1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Egenbetaling' }).click();
  await visning(page, 'Restanser');
  const table = page.getByRole('table', { name: 'Restanser per avtale', exact: true });
  await expect(table).toBeVisible();
  await expect(table).toHaveAttribute('data-size', 'sm');
  await expect(table.getByRole('columnheader', { name: 'Totalt' })).toHaveAttribute('aria-sort', 'descending');
  await sjekkUU(page);

  // Sort by the resident.
  const resident = table.getByRole('columnheader', { name: 'Beboer' });
  const byName = await namesAnswered(
    page,
    '/api/egenbetaling/arrears',
    () => resident.getByRole('button').click(),
    (body) => (body as Schemas['Arrears']).items.map((row) => row.personName),
  );
  await expect(resident).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Totalt' })).toHaveAttribute('aria-sort', 'none');
  await expect.poll(() => residentNames(table)).toEqual(byName);
  await sjekkUU(page);

  const pager = page.getByRole('navigation', { name: 'Sider i listen over restanser' });
  if (all.totalItems > all.size) {
    // More than one page: the second page holds other residents, in the same order.
    await expect(pager).toBeVisible();
    const second = await namesAnswered(
      page,
      '/api/egenbetaling/arrears',
      () => pager.getByRole('button', { name: 'Neste side' }).click(),
      (body) => (body as Schemas['Arrears']).items.map((row) => row.personName),
    );
    await expect.poll(() => residentNames(table)).toEqual(second);
    expect(second).not.toEqual(byName);
    await sjekkUU(page);
  } else {
    // One page: no pager, and the search finds a resident by part of the family name.
    await expect(pager).toHaveCount(0);
    const name = byName[0]!;
    const part = name.split(' ').at(-1)!.slice(0, 4);
    const search = page.getByRole('search', { name: 'Søk i restansene' });
    await search.getByLabel('Søk på navn eller fødselsnummer').fill(part);
    const sent = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/egenbetaling/arrears/search' && r.method() === 'POST');
    // The unfiltered page holds the name too: wait for the search's own answer, then for the table to show just it.
    const found = await namesAnswered(
      page,
      '/api/egenbetaling/arrears/search',
      () => search.getByRole('button', { name: 'Søk' }).click(),
      (body) => (body as Schemas['Arrears']).items.map((row) => row.personName),
      'POST',
    );
    expect((await sent).postDataJSON()).toEqual({ query: part });
    expect(new URL((await sent).url()).searchParams.get('sort')).toBe('name');
    expect(found).toContain(name);
    for (const each of found) expect(each.toLowerCase()).toContain(part.toLowerCase());
    await expect.poll(() => residentNames(table)).toEqual(found);
    expect(page.url()).not.toContain(part);
    await sjekkUU(page);
  }
});
