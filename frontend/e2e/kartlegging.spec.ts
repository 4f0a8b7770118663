import type { Page } from '@playwright/test';
import type { components } from '../src/api/schema.gen';
import { expect, loggInn, sjekkUU, test } from './fixtures';
import { apiAs } from './helpers';

/*
 * R-FOL-2 against the real stack with the demo data: staff at Bakklandet record an AUDIT-C twice
 * for a resident (by keyboard), see the total, the readings against the cut-off, and the trend as a
 * chart with its table. The resident is taken from the active Bakklandet agreements through the
 * API, preferring one with no AUDIT-C yet so the history is exactly the two new assessments.
 */

type Schemas = components['schemas'];

function norwegianDate(date: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}.${p.month}.${p.year}`;
}

/** Fills the open AUDIT-C form by keyboard: the date, then one answer per question (arrow keys in each radio group). */
async function recordAuditC(page: Page, takenOn: string, answers: [string, string, string]) {
  await page.getByRole('button', { name: 'Ny kartlegging' }).press('Enter');
  const form = page.getByRole('form', { name: /^Ny kartlegging: AUDIT-C/ });
  await expect(form).toBeVisible();
  const date = form.getByLabel('Dato for kartleggingen');
  await expect(date).toBeFocused();
  await date.fill(takenOn);
  const groups = form.getByRole('group');
  await expect(groups).toHaveCount(3);
  for (const [i, answer] of answers.entries()) {
    const radio = groups.nth(i).getByRole('radio', { name: answer });
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  }
  await sjekkUU(page);
  await form.getByRole('button', { name: 'Lagre kartleggingen' }).press('Enter');
  const result = page.getByRole('region', { name: 'Resultat' });
  await expect(result.getByRole('status')).toContainText(`Kartleggingen fra ${takenOn} er lagret.`);
  await expect(result.getByRole('status')).toBeFocused();
  return result;
}

test('kartlegging: bakklandet1 registrerer AUDIT-C to ganger og ser utviklingen', async ({ page, request }) => {
  test.setTimeout(120_000);
  const agreements = await apiAs<Schemas['AgreementPage']>(
    request,
    'bakklandet1',
    'GET',
    '/api/agreements?facility=bakklandet&status=ACTIVE',
  );
  expect(agreements.items.length, 'an active agreement at Bakklandet').toBeGreaterThan(0);
  let chosen = agreements.items[0]!;
  let before = -1;
  for (const agreement of agreements.items) {
    const existing = await apiAs<Schemas['Assessment'][]>(
      request,
      'bakklandet1',
      'GET',
      `/api/residents/${agreement.person.id}/assessments?instrument=AUDIT_C`,
    );
    if (before < 0 || existing.length < before) {
      chosen = agreement;
      before = existing.length;
    }
    if (before === 0) break;
  }
  const personId = chosen.person.id;

  await loggInn(page, 'bakklandet1');
  // The agreement page links to the resident's assessments.
  await page.goto(`/avtaler/${chosen.id}`);
  await page.getByRole('link', { name: 'Kartlegging', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/beboere/${personId}/kartlegging`));
  await page.goto(`/beboere/${personId}/kartlegging`);
  await expect(page.getByRole('heading', { level: 1, name: /^Kartlegging/ })).toBeVisible();
  await expect(page.getByText(/helseopplysninger/i).first()).toBeVisible();
  await expect(page.getByLabel('Kartleggingsverktøy')).toHaveValue('AUDIT_C');
  await expect(page.getByLabel('Kartleggingsverktøy').locator('option')).toHaveText([
    'AUDIT-C (alkohol, tre spørsmål)',
    'DUDIT (narkotika, elleve spørsmål)',
    'KOR – ORS (hvordan har du hatt det)',
    'KOR – SRS (hvordan var samtalen)',
    'EuropASI – intervjuerens alvorlighetsvurdering per livsområde',
  ]);
  await sjekkUU(page);

  const earlier = norwegianDate(new Date(Date.now() - 14 * 24 * 3600 * 1000));
  const today = norwegianDate(new Date());

  // 1 + 0 + 1 = 2: under the cut-off for both sexes.
  let result = await recordAuditC(page, earlier, [
    'Månedlig eller sjeldnere (1 poeng)',
    '1–2 (0 poeng)',
    'Sjeldnere enn månedlig (1 poeng)',
  ]);
  await expect(result.locator('#resultat-sum')).toHaveText('2 av 12');
  const readings = result.getByRole('table', { name: 'Vurdering mot grenseverdier' });
  await expect(readings.getByRole('row', { name: /Sum/ })).toContainText('Ikke nådd');
  await expect(readings).toContainText('Kilde: Bradley KA');

  // 3 + 2 + 2 = 7: over the cut-off for both sexes.
  result = await recordAuditC(page, today, ['2–3 ganger i uken (3 poeng)', '5–6 (2 poeng)', 'Månedlig (2 poeng)']);
  await expect(result.locator('#resultat-sum')).toHaveText('7 av 12');
  await expect(result.getByRole('table', { name: 'Vurdering mot grenseverdier' }).getByRole('row', { name: /Sum/ })).toContainText(
    'Nådd: Mulig risikofylt alkoholbruk',
  );
  if (before === 0) await expect(result.locator('#resultat-endring')).toHaveText('+5');

  // The trend: a chart (one image, named for what it shows) and the table below it with the figures.
  const history = page.getByRole('region', { name: 'Historikk' });
  await expect(history.getByRole('img', { name: /^Sum over tid, AUDIT-C/ })).toBeVisible();
  await expect(history.getByRole('img', { name: /^Sum over tid, AUDIT-C/ }).locator('svg.recharts-surface')).toBeVisible();
  await expect(history.getByRole('img', { name: /^Sum over tid, AUDIT-C/ })).toHaveAttribute(
    'aria-label',
    'Sum over tid, AUDIT-C (alkohol, tre spørsmål): søylediagram. Tallene står i tabellen under.',
  );
  const table = history.getByRole('table', { name: 'Kartlegginger, tabell' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(before + 2);
  if (before === 0) {
    await expect(rows.nth(0)).toContainText(earlier);
    await expect(rows.nth(0).locator('td').nth(0)).toHaveText('2');
    await expect(rows.nth(0).locator('td').nth(1)).toHaveText('–');
    await expect(rows.nth(1)).toContainText(today);
    await expect(rows.nth(1).locator('td').nth(0)).toHaveText('7');
    await expect(rows.nth(1).locator('td').nth(1)).toHaveText('+5');
    await expect(rows.nth(1)).toContainText('Sum: Mulig risikofylt alkoholbruk');
  }
  await sjekkUU(page);
});
