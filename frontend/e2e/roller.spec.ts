import { expect, loggInn, menylenker, sjekkHeleKommunenValgt, sjekkNedlasting, sjekkUU, test } from './fixtures';

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

test('internkontrollen ser bare Kontrollrapport, Statistikk og Botiltak', async ({ page }) => {
  await loggInn(page, 'kontroll1');
  expect(await menylenker(page)).toEqual(['Kontrollrapport', 'Statistikk', 'Botiltak']);

  // Kontrollrapport is the internal control's start page, for the whole municipality by default.
  await expect(page).toHaveURL(/\/kontrollrapport$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollrapport' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Velg botiltak og periode' });
  // Then every facility in the register, not only some: kontroll1 works at none of them.
  await sjekkHeleKommunenValgt(form);

  // This month so far (the default period) is shown at once; asking again by keyboard shows the same.
  await form.getByRole('button', { name: 'Vis rapport' }).focus();
  await page.keyboard.press('Enter');
  const report = page.getByRole('region', { name: /^Kontrollrapport for Hele kommunen \d{2}\.\d{2}\.\d{4}–\d{2}\.\d{2}\.\d{4}$/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { level: 3, name: 'Merknader', exact: true })).toBeVisible();
  // Each part is a table when it has rows and a heading with "Ingen i perioden." when not
  // (the demo data has none; other specs may have added some at Bakklandet).
  for (const part of [
    'Reaksjoner etter type',
    'Bortvisninger med annet bosted',
    'Oppsigelser',
    'Klager og utfall',
    'Innlåsinger etter grunn',
    'Innlåsinger',
    'Besøksforbud',
  ]) {
    await expect(
      report.getByRole('table', { name: part, exact: true }).or(report.getByRole('heading', { level: 3, name: part, exact: true })),
    ).toBeVisible();
  }
  await expect(report.getByText(/^Kontakter med politiet:/)).toBeVisible();
  await sjekkUU(page);

  // The CSV and the PDF for the whole municipality come through the API client as downloads.
  for (const format of ['csv', 'pdf']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Last ned ${format.toUpperCase()}` }).click();
    expect((await download).suggestedFilename()).toMatch(
      new RegExp(`^Kontrollrapport \\S.* \\d{4}-\\d{2}-01–\\d{4}-\\d{2}-\\d{2}\\.${format}$`),
    );
    await sjekkNedlasting(await download);
  }

  // Statistikk as for ESIKT: the whole municipality first and chosen.
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Statistikk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Velg botiltak og periode' }).getByLabel('Botiltak')).toHaveValue('alle');
  await expect(page.getByRole('heading', { level: 2, name: /^Hele kommunen / })).toBeVisible();

  // Everything else is refused, even when typed into the address bar.
  await page.goto('/beboere');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
});

test('Logg ut avslutter økten', async ({ page }) => {
  await loggInn(page, 'okonomi1');
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.locator('#username')).toBeVisible();
});
