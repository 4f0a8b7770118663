import { expect, loggInn, menylenker, sjekkUU, test } from './fixtures';

/*
 * Sletting og anonymisering (R-ACC-5) for HVK: the preview of who is due, by id only, and the run behind a
 * confirmation. The spec does not run retention: the demo data is shared with the other specs.
 */
test('HVK ser hvem som er forfalt for sletting, og må bekrefte før noe slettes', async ({ page }) => {
  await loggInn(page, 'hvk1');
  expect(await menylenker(page)).toContain('Sletting og anonymisering');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Sletting og anonymisering' }).click();
  await expect(page).toHaveURL(/\/sletting$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sletting og anonymisering' })).toBeVisible();
  await expect(page.getByText('Listen viser bare personens id, ikke navn, fødselsnummer eller fritekst.')).toBeVisible();
  await expect(page.getByText(/oppbevaringstiden på \d+ dager/)).toBeVisible();

  const table = page.getByRole('table', { name: / med siste aktivitet før / });
  const empty = page.getByText('Ingen personer er forfalt for sletting nå.');
  await expect(table.or(empty)).toBeVisible();
  await sjekkUU(page);

  if (await table.isVisible()) {
    // every person is shown by id, with why and what will go
    const firstRow = table.getByRole('row').nth(1);
    await expect(firstRow.getByRole('cell').first()).toHaveText(/^[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Slett og anonymiser nå' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette og anonymisere nå?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(/Dette kan ikke angres\./)).toBeVisible();
    await sjekkUU(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toBeHidden();
    await expect(table).toBeVisible();
  } else {
    await expect(page.getByRole('button', { name: 'Slett og anonymiser nå' })).toHaveCount(0);
  }
});

test('andre roller enn HVK har ikke siden', async ({ page }) => {
  await loggInn(page, 'bakklandet-leder');
  expect(await menylenker(page)).not.toContain('Sletting og anonymisering');
  await page.goto('/sletting');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
});
