import { expect, loggInn, sjekkUU, test } from './fixtures';

/*
 * One case view per person (issue 18, item 2) against the real stack with the demo data: the fagleder at Bakklandet
 * goes from a row of the agreement list to the resident's case view (header, tabs, breadcrumbs, the menu keeping
 * Beboere marked), opens the Reaksjoner tab, and reaches the same tab from the agreement page. Axe checks the case
 * view and a tab.
 */

test('personvisning: fra en rad i avtalelisten til personen, fanene, og Reaksjoner fra avtalen', async ({ page }) => {
  test.setTimeout(120_000);
  await loggInn(page, 'bakklandet-leder');
  await page.goto('/avtaler');
  const personLink = page.getByRole('link', { name: /^Personside for / }).first();
  await expect(personLink).toBeVisible();
  const name = ((await personLink.getAttribute('aria-label')) ?? '').replace('Personside for ', '');
  expect(name).not.toBe('');
  await personLink.click();

  await expect(page).toHaveURL(/\/personer\/[0-9a-f-]{36}$/);
  const personUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  for (const label of [
    'Fødselsnummer',
    'Alder',
    'Botiltak og boenhet',
    'Status',
    'Telefon',
    'E-post',
    'Kontaktperson i NAV',
    'Primærkontakt',
  ]) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  const tabs = page.getByRole('navigation', { name: 'Faner for personen' });
  const tabLabels = await tabs.getByRole('link').allTextContents();
  // Søknad shows when the demo resident came through an application
  expect(tabLabels).toEqual(
    expect.arrayContaining(['Oversikt', 'Avtale', 'Reskontro', 'Reaksjoner', 'Hendelser', 'Kartlegging', 'Innsyn']),
  );
  expect(tabLabels[0]).toBe('Oversikt');
  await expect(tabs.getByRole('link', { name: 'Oversikt' })).toHaveAttribute('aria-current', 'page');
  const crumbs = page.getByRole('navigation', { name: 'Du er her' });
  await expect(crumbs.getByRole('link', { name: 'Beboere' })).toHaveAttribute('href', '/beboere');
  await expect(crumbs.getByText(name)).toHaveAttribute('aria-current', 'page');
  const menu = page.getByRole('navigation', { name: 'Arbeidsområder' });
  await expect(menu.getByRole('link', { name: 'Beboere' })).toHaveAttribute('aria-current', 'page');
  await sjekkUU(page);

  // a tab, by keyboard
  await tabs.getByRole('link', { name: 'Reaksjoner' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${personUrl}/reaksjoner`);
  await expect(page.getByRole('heading', { name: 'Reaksjonsstigen' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Reaksjoner' })).toHaveAttribute('aria-current', 'page');
  await expect(crumbs.getByRole('link', { name })).toHaveAttribute('href', new URL(personUrl).pathname);
  await sjekkUU(page);

  // the agreement page: breadcrumbs under Avtaler, the menu keeps Avtaler marked, and its Reaksjoner lead to the tab
  await tabs.getByRole('link', { name: 'Oversikt' }).click();
  await page.getByRole('link', { name: 'Åpne avtalen' }).click();
  await expect(page).toHaveURL(/\/avtaler\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Avtale – ${name}` })).toBeVisible();
  await expect(crumbs.getByRole('link', { name: 'Avtaler' })).toHaveAttribute('href', '/avtaler');
  await expect(crumbs.getByRole('link', { name })).toHaveAttribute('href', new URL(personUrl).pathname);
  await expect(menu.getByRole('link', { name: 'Avtaler' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Reaksjoner og vedtak' }).click();
  await expect(page).toHaveURL(`${personUrl}/reaksjoner`);
  await expect(page.getByRole('heading', { name: 'Reaksjonsstigen' })).toBeVisible();
});
