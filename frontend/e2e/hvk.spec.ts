import { expect, loggInn, menylenker, sjekkUU, test } from './fixtures';

test('HVK ser Søknader og Botiltak, men ikke andres arbeidsområder', async ({ page }) => {
  await loggInn(page, 'hvk1');
  await expect(page).toHaveTitle(/BTA – bo- og tjenesteavtaler/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  expect(await menylenker(page)).toEqual(['Søknader', 'Sletting og anonymisering', 'Botiltak']);
  const nav = page.getByRole('navigation', { name: 'Arbeidsområder' });
  await expect(nav.getByRole('link', { name: 'Egenbetaling' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Venteliste' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();

  // HVK starts on its work list, the applications
  await expect(page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny søknad' })).toBeVisible();
  await sjekkUU(page);

  await nav.getByRole('link', { name: 'Botiltak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Botiltak' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Botiltak/ })).toBeVisible();
  await sjekkUU(page);
});

test('hoppelenken fører til hovedinnholdet med tastaturet', async ({ page }) => {
  await loggInn(page, 'hvk1');
  // wait until the start page has rendered and taken focus, then go to the top of the document:
  // the first Tab reaches the skip link
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // (Chromium continues Tab from the last focused element, so move the starting point to the body)
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
