import { expect, loggInn, sjekkUU, test } from './fixtures';

test('botiltak slår på og av varsel på e-post fra Oversikt', async ({ page }) => {
  await loggInn(page, 'heidrun1');
  await expect(page).toHaveURL(/\/oversikt$/);
  const section = page.getByRole('region', { name: 'Varsler på e-post' });
  await expect(section.getByText('Varselet er av.')).toBeVisible();
  await sjekkUU(page);

  await section.getByRole('textbox', { name: 'E-postadresse (valgfritt)' }).fill('vakt.heidrun@kommune.example');
  await section.getByRole('button', { name: 'Slå på varsel på e-post' }).click();
  await expect(section.getByText('Varselet er på. Det sendes til vakt.heidrun@kommune.example.')).toBeVisible();
  await expect(section.getByText(/^Gjelder Heidrunsenteret/)).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('Varsel på e-post er slått på.');
  await sjekkUU(page);

  // The setting is the backend's: it is there after a reload, and switching it off removes it.
  await page.reload();
  await expect(section.getByText('Varselet er på. Det sendes til vakt.heidrun@kommune.example.')).toBeVisible();
  await section.getByRole('button', { name: 'Slå av varsel på e-post' }).click();
  await expect(section.getByText('Varselet er av.')).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('Varsel på e-post er slått av.');
});
