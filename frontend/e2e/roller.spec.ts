import { expect, loggInn, menylenker, sjekkUU, test } from './fixtures';

test('ESIKT ser bare Venteliste, Ledige boenheter, Statistikk og Botiltak', async ({ page }) => {
  await loggInn(page, 'esikt1');
  expect(await menylenker(page)).toEqual(['Venteliste', 'Ledige boenheter', 'Statistikk', 'Botiltak']);
  await sjekkUU(page);
  for (const area of ['Venteliste', 'Ledige boenheter']) {
    await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
    await sjekkUU(page);
  }
});

test('økonomi ser bare Egenbetaling og Botiltak', async ({ page }) => {
  await loggInn(page, 'okonomi1');
  expect(await menylenker(page)).toEqual(['Egenbetaling', 'Botiltak']);
  await sjekkUU(page);
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Egenbetaling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Egenbetaling' })).toBeVisible();
  await sjekkUU(page);

  // A work area of another role is refused even when typed into the address bar.
  await page.goto('/soknader');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
  await sjekkUU(page);
});

test('Logg ut avslutter økten', async ({ page }) => {
  await loggInn(page, 'okonomi1');
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.locator('#username')).toBeVisible();
});
