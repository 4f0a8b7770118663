import type { components } from '../src/api/schema.gen';
import { expect, loggInn, sjekkNedlasting, sjekkUU, test } from './fixtures';
import { apiAs, todayNorwegian } from './helpers';

/*
 * Innsyn (R-ACC-2, R-ACC-4) against the real stack with the demo data: hvk1 opens the application of one of
 * her demo applicants, follows "Innsyn", sees the person's log, filters it to today's reads (by keyboard), sees
 * who may see the person now and why, and downloads the PDF for the person. Axe checks the page.
 */

type Schemas = components['schemas'];

test('innsyn: hvk1 ser hvem som har sett en søker, filtrerer og laster ned PDF', async ({ page, request }) => {
  test.setTimeout(120_000);
  // A demo application of hvk1's that is still open (the caseworker sees the person while it is handled).
  const intakes = await apiAs<Schemas['IntakePage']>(request, 'hvk1', 'GET', '/api/intakes?status=SUBMITTED,WAITING&size=50');
  expect(intakes.items.length, 'an open demo application of hvk1').toBeGreaterThan(0);
  const intake = intakes.items[0]!;
  const personId = intake.person.id;
  // A read of the person today, so the filtered log has a row whatever ran before.
  await apiAs<Schemas['Person']>(request, 'hvk1', 'GET', `/api/persons/${personId}`);

  await loggInn(page, 'hvk1');
  await page.goto(`/soknader/${intake.id}`);
  const link = page.getByRole('link', { name: 'Innsyn', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/personer/${personId}/innsyn`));
  await expect(page.getByRole('heading', { level: 1, name: `Innsyn for ${intake.person.name}` })).toBeVisible();
  const log = page.getByRole('region', { name: 'Hvem har sett eller endret opplysningene' });
  await expect(log.getByRole('table', { name: /^Innsynslogg/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hvem kan se opplysningene nå, og hvorfor' })).toContainText(
    /Saksbehandler (Hanne Hvalstad|hvk1) ved helse- og velferdskontoret \(HVK\)/,
  );
  await sjekkUU(page);

  // Today's reads only, by keyboard.
  const form = page.getByRole('form', { name: 'Velg periode og type' });
  const today = todayNorwegian();
  await form.getByLabel('Fra dato').focus();
  await page.keyboard.type(today);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Til dato')).toBeFocused();
  await page.keyboard.type(today);
  await form.getByLabel('Type').selectOption({ label: 'Lesing' });
  await form.getByRole('button', { name: 'Vis loggen' }).press('Enter');
  await expect(log.getByRole('status')).toHaveText(`Viser ${today}–${today}, lesing.`);
  const rows = log.getByRole('table', { name: /^Innsynslogg/ }).getByRole('row');
  await expect(rows.filter({ hasText: 'Leste personopplysninger' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Hanne Hvalstad' }).first()).toBeVisible();
  await sjekkUU(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned PDF' }).press('Enter');
  // the name the API gives: whose log and the day it was made, no id (issue 18)
  expect((await download).suggestedFilename()).toMatch(/^Innsyn \S.* \d{4}-\d{2}-\d{2}\.pdf$/);
  await sjekkNedlasting(await download);
});
