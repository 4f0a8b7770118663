import { expect, loggInn, sjekkUU, test } from './fixtures';

/*
 * Issue 18, item 5: HVK corrects a person's details and an application before it is decided, and the
 * history says which fields were corrected (never the values).
 */
test('HVK retter telefonnummer og faglig vurdering på en søknad som ikke er avgjort', async ({ page }) => {
  const phone = `4${Date.now().toString().slice(-7)}`;
  const assessment = `Rettet vurdering ${phone}: kvinne med alkoholavhengighet som må flytte fra rommet hun leier.`;

  await loggInn(page, 'hvk1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Søknader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible();
  await sjekkUU(page);

  await page.getByRole('link', { name: 'Hege Dahl', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søknad – Hege Dahl' })).toBeVisible();
  await expect(page.getByText(/^Status:/)).toContainText('På venteliste');
  await sjekkUU(page);

  await page.getByRole('button', { name: 'Rett opplysninger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rett opplysninger' });
  const phoneField = dialog.getByLabel('Telefon (valgfritt)');
  // filled in with what is stored
  await expect(phoneField).toHaveValue('900 01 119');
  await expect(dialog.getByLabel('Fornavn')).toHaveValue('Hege');
  await expect(dialog.getByLabel('Faglig vurdering')).toHaveValue(/alkoholavhengighet/);
  await sjekkUU(page);

  await phoneField.fill(phone);
  await dialog.getByLabel('Faglig vurdering').fill(assessment);
  await dialog.getByRole('button', { name: 'Lagre rettingene' }).click();

  await expect(page.getByText('Opplysningene er rettet.')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Søknaden' })).toContainText(assessment);
  const history = page.getByRole('region', { name: 'Historikk' });
  await expect(history).toContainText('Opplysninger rettet: telefon, faglig vurdering');
  // the line names the fields, never the values
  await expect(history).not.toContainText(phone);
  await sjekkUU(page);

  // the form shows the corrected phone number when opened again
  await page.getByRole('button', { name: 'Rett opplysninger' }).click();
  await expect(page.getByRole('dialog', { name: 'Rett opplysninger' }).getByLabel('Telefon (valgfritt)')).toHaveValue(phone);
});
