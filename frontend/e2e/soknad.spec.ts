import { expect, loggInn, sjekkUU, test } from './fixtures';
import type { Page } from '@playwright/test';
import { loggUt, syntheticNationalId } from './helpers';

/*
 * The whole intake against the real stack: HVK registers a new person and the application,
 * ESIKT prioritises it and allocates a vacant unit at Bakklandet, HVK records informing, the
 * orientation meeting and the decision. The database is fresh each bin/test run, but the run
 * must not depend on which units are vacant or on numbers registered by earlier runs.
 */

const status = (page: Page) => page.getByText(/^Status: /);

async function openStep(page: Page, button: string, dialogName: string) {
  await page.getByRole('region', { name: 'Neste steg' }).getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('søknad fra registrering til vedtak: HVK, ESIKT og HVK igjen', async ({ page }) => {
  test.setTimeout(180_000);
  const { number } = syntheticNationalId();
  const familyName = `Testesen${Date.now().toString(36)}`;
  const name = `Ung ${familyName}`;

  // HVK registers the person and the application.
  await loggInn(page, 'hvk1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Søknader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible();
  await sjekkUU(page);

  await page.getByRole('link', { name: 'Ny søknad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny søknad' })).toBeVisible();
  await sjekkUU(page);

  await page.getByRole('button', { name: 'Registrer ny person' }).click();
  const personForm = page.getByRole('form', { name: 'Registrer ny person' });
  await personForm.getByLabel('Fødselsnummer eller D-nummer').fill(number);
  await personForm.getByLabel('Fornavn').fill('Ung');
  await personForm.getByLabel('Etternavn').fill(familyName);
  await sjekkUU(page);
  await personForm.getByRole('button', { name: 'Registrer personen' }).click();
  await expect(page.getByText(/Søknaden gjelder/)).toContainText(`${name} (${number.slice(0, 6)} *****)`);

  const form = page.getByRole('form', { name: 'Søknaden' });
  // Keyboard only: the error summary gets focus and links to the field.
  await form.getByRole('button', { name: 'Registrer søknaden' }).focus();
  await page.keyboard.press('Enter');
  const summary = form.getByRole('group', { name: /rette opp følgende feil/ });
  await expect(summary.getByRole('link', { name: 'Skriv den faglige vurderingen' })).toBeVisible();
  await sjekkUU(page);

  const assessment = 'Ung voksen med rusproblemer som trenger tett oppfølging og et rusfritt bomiljø.';
  const summaryForEsikt = 'Ung voksen, akutt behov for rusfri bolig med tett oppfølging.';
  await form.getByLabel('Faglig vurdering').fill(assessment);
  // R-ACC-3: ESIKT reads this summary, not the assessment or the needs.
  await form.getByLabel('Sammendrag for ESIKT (valgfritt)').fill(summaryForEsikt);
  await form.getByLabel('Behov (valgfritt)').fill('Daglig oppfølging.');
  await form.getByRole('checkbox', { name: 'Bakklandet bo- og tjenestetilbud' }).check();
  await form.getByRole('button', { name: 'Registrer søknaden' }).click();

  await expect(page).toHaveURL(/\/soknader\/[0-9a-f-]{36}$/);
  const intakeUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: `Søknad – ${name}` })).toBeVisible();
  await expect(status(page)).toHaveText('Status: Registrert – Venter på: ESIKT');
  await expect(page.getByRole('region', { name: 'Søker' })).toContainText(`${number.slice(0, 6)} *****`);
  await expect(page.getByRole('region', { name: 'Søker' })).not.toContainText(number);
  // HVK cannot prioritise or allocate.
  await expect(page.getByRole('button', { name: 'Prioriter' })).toHaveCount(0);
  await sjekkUU(page);
  await loggUt(page);

  // ESIKT prioritises and allocates.
  await loggInn(page, 'esikt1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Ledige boenheter' }).click();
  await expect(page.getByRole('table', { name: /^Ledige boenheter fra/ })).toBeVisible();
  await sjekkUU(page);

  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Venteliste' }).click();
  const newOnes = page.getByRole('table', { name: 'Nye søknader som skal prioriteres' });
  await newOnes.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`${intakeUrl}$`));
  await expect(page.getByRole('region', { name: 'Neste steg' }).getByRole('button')).toHaveText(['Prioriter']);
  // ESIKT's queue view (R-ACC-3): name, birth year and sex, and HVK's summary; no number, assessment or needs.
  await expect(page.getByRole('region', { name: 'Søker' })).toContainText('Fødselsår');
  await expect(page.getByRole('region', { name: 'Søker' })).not.toContainText('*****');
  await expect(page.getByRole('region', { name: 'Søknaden' })).toContainText(summaryForEsikt);
  await expect(page.getByRole('region', { name: 'Søknaden' })).not.toContainText(assessment);
  await expect(page.getByRole('region', { name: 'Søknaden' })).not.toContainText('Daglig oppfølging.');
  await sjekkUU(page);

  let dialog = await openStep(page, 'Prioriter', 'Prioriter søknaden');
  await dialog.getByRole('radio', { name: '1 – høyest' }).check();
  await dialog.getByLabel('Begrunnelse').fill('Akutt behov, bor på hospits.');
  await sjekkUU(page);
  await dialog.getByRole('button', { name: 'Lagre prioritet' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('Status: På venteliste – Venter på: ESIKT');
  await expect(page.getByRole('status').filter({ hasText: 'Prioriteten er lagret' })).toBeVisible();

  dialog = await openStep(page, 'Tildel boenhet', 'Tildel boenhet');
  await expect(dialog.getByLabel('Botiltak', { exact: true })).toHaveValue('bakklandet');
  const unit = dialog.getByLabel('Boenhet', { exact: true });
  await expect(unit.locator('option').nth(1)).toBeAttached();
  const firstUnit = (await unit.locator('option').nth(1).textContent())!.split(' – ')[0]!;
  await unit.selectOption({ index: 1 });
  await dialog.getByLabel('Avtalt med (bokoordinator)').fill('Lars Leder');
  await expect(dialog.getByText('Søkeren er utenfor målgruppen')).toHaveCount(0);
  await sjekkUU(page);
  await dialog.getByRole('button', { name: 'Tildel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('Status: Tildelt – Venter på: HVK');
  await expect(page.getByRole('region', { name: 'Tildeling' })).toContainText(firstUnit);
  await expect(page.getByRole('region', { name: 'Neste steg' })).toHaveCount(0);
  await sjekkUU(page);
  await loggUt(page);

  // HVK informs, holds the orientation meeting and decides.
  await loggInn(page, 'hvk1');
  await page.goto(intakeUrl);
  await expect(status(page)).toHaveText('Status: Tildelt – Venter på: HVK');

  dialog = await openStep(page, 'Registrer at søkeren er informert', 'Søkeren er informert');
  await sjekkUU(page);
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('Status: Søker informert – Venter på: HVK');

  dialog = await openStep(page, 'Registrer orienteringssamtale', 'Registrer orienteringssamtale');
  await expect(dialog).toContainText('Søker, HVK og botiltaket må alle delta i orienteringssamtalen.');
  for (const who of ['Søker', 'HVK', 'Botiltaket']) await dialog.getByRole('checkbox', { name: who, exact: true }).check();
  await dialog.getByRole('radio', { name: 'Takker ja' }).check();
  await sjekkUU(page);
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('Status: Orienteringssamtale holdt – Venter på: HVK');

  dialog = await openStep(page, 'Fatt vedtak', 'Vedtak om praktisk bistand');
  await expect(dialog).toContainText('Det fattes ikke et eget vedtak om bolig.');
  await expect(dialog.getByRole('checkbox', { name: 'Helse- og omsorgstjenesteloven § 3-1' })).toBeChecked();
  await dialog.getByLabel('Omfang').fill('Praktisk bistand og opplæring i dagliglivets gjøremål, tett oppfølging.');
  await sjekkUU(page);
  await dialog.getByRole('button', { name: 'Fatt vedtak' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('Status: Vedtak fattet – Venter på: botiltaket');
  await expect(page.getByRole('region', { name: 'Vedtak om praktisk bistand' })).toContainText(
    'Pasient- og brukerrettighetsloven § 2-1 a annet ledd',
  );
  const timeline = page.getByRole('region', { name: 'Historikk' }).getByRole('listitem');
  await expect(timeline.first()).toContainText(/\d\d\.\d\d\.\d{4} kl\.\s\d\d:\d\d – Hanne Hvalstad, saksbehandler \(HVK\)/);
  expect(await timeline.count()).toBeGreaterThanOrEqual(6);
  await sjekkUU(page);
  await loggUt(page);

  // Staff at Bakklandet see the incoming allocation; the intake steps are HVK's and ESIKT's, the agreement is theirs.
  await loggInn(page, 'bakklandet1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Beboere' }).click();
  const incoming = page.getByRole('table', { name: 'Innkommende tildelinger' });
  await expect(incoming.getByRole('row').filter({ hasText: name })).toContainText('Vedtak fattet');
  await sjekkUU(page);
  await incoming.getByRole('link', { name, exact: true }).click();
  await expect(status(page)).toHaveText('Status: Vedtak fattet – Venter på: botiltaket');
  await expect(page.getByRole('button', { name: 'Lag avtale' })).toBeVisible();
  for (const step of ['Prioriter', 'Tildel boenhet', 'Fatt vedtak', 'Trekk søknaden']) {
    await expect(page.getByRole('button', { name: step })).toHaveCount(0);
  }
  await sjekkUU(page);
});
