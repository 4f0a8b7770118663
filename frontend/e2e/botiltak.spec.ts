import { expect, loggInn, menylenker, sjekkUU, test } from './fixtures';

test('miljøterapeut på Bakklandet ser botiltakene, boenhetene og husordensreglene', async ({ page }) => {
  await loggInn(page, 'bakklandet1');
  await expect(page).toHaveURL(/\/oversikt$/);
  expect(await menylenker(page)).toEqual(['Oversikt', 'Beboere', 'Avtaler', 'Hendelser', 'Statistikk', 'Botiltak']);
  await sjekkUU(page);

  for (const area of ['Beboere', 'Avtaler', 'Hendelser']) {
    await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
    await sjekkUU(page);
  }

  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Botiltak' }).click();
  const table = page.getByRole('table', { name: /Botiltak/ });
  await expect(table).toBeVisible();
  for (const name of ['Bakklandet bo- og tjenestetilbud', 'Heidrunsenteret', 'Valøyveien 9']) {
    await expect(table.getByRole('link', { name: new RegExp(`^${name}`) }).first()).toBeVisible();
  }
  await expect(table.getByText('Husleiekontrakt').first()).toBeVisible();
  await sjekkUU(page);

  await table.getByRole('link', { name: /^Bakklandet bo- og tjenestetilbud/ }).click();
  await expect(page).toHaveURL(/\/botiltak\/bakklandet$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Bakklandet bo- og tjenestetilbud/ })).toBeVisible();

  const terms = page.getByRole('region', { name: 'Vilkår' });
  await expect(terms).toContainText('Bo- og tjenesteavtale');
  await expect(terms).toContainText(/kr\u00a0\d/);

  const units = page.getByRole('table', { name: /^Boenheter i Bakklandet/ });
  await expect(units).toBeVisible();
  await expect(units.getByRole('row')).toHaveCount(10); // header + 9 bedsits
  await expect(units).toContainText(/Ledig|Tildelt|Bebodd/);

  const rules = page.getByRole('region', { name: 'Husordensregler og HMS-regler' });
  await expect(rules.getByRole('heading', { name: 'Husordensregler', exact: true })).toBeVisible();
  await expect(rules.getByRole('heading', { name: 'HMS-regler', exact: true })).toBeVisible();
  await expect(rules).toContainText('(gjeldende)');
  await expect(rules.locator('ol li').first()).toBeVisible();

  // Staff who are not fagleder get no form for new rules.
  await expect(page.getByRole('form', { name: 'Ny versjon av husordensreglene' })).toHaveCount(0);
  await sjekkUU(page);
});

test('fagleder på Bakklandet får skjema for ny versjon av husordensreglene', async ({ page }) => {
  await loggInn(page, 'bakklandet-leder');
  await page.goto('/botiltak/bakklandet');
  const form = page.getByRole('form', { name: 'Ny versjon av husordensreglene' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Gjelder fra')).toBeVisible();

  // Client-side validation, all by keyboard: the summary gets focus and links to the field.
  await form.getByLabel('Husordensregler').fill('');
  await form.getByRole('button', { name: 'Lagre ny versjon' }).focus();
  await page.keyboard.press('Enter');
  const summary = form.getByRole('group', { name: /rette opp følgende feil/ });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Skriv datoen reglene gjelder fra' })).toBeVisible();
  await sjekkUU(page);
});
