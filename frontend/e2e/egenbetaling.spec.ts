import type { Page } from '@playwright/test';
import type { components } from '../src/api/schema.gen';
import { expect, loggInn, sjekkNedlasting, sjekkUU, test } from './fixtures';
import { apiAs, egenbetalingVisning as visning, osloMonth, osloParts, todayNorwegian } from './helpers';

/*
 * Egenbetaling against the real stack with the demo data: okonomi1 runs the monthly charges for
 * the two previous months (so something is overdue), imports an OCR file built here with the KID
 * of a real charge and one unknown KID, matches the unknown one by hand, registers a payment by
 * hand, exports to the accounts, finds a resident in arrears and sets up a repayment plan on the
 * ledger. Every view and every open dialog is checked with axe.
 */

type Schemas = components['schemas'];

/* The banks' OCR giro format (80 characters a record), as OcrFile.java reads it. */
interface OcrItem {
  tx: number;
  kid: string;
  ore: number;
  paid: Date;
  archive: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const record = (s: string) => s.padEnd(80, '0').slice(0, 80);
const ddmmyy = (d: Date) => {
  const p = osloParts(d);
  return `${p.day}${p.month}${String(p.year).slice(2)}`;
};

function ocrFile(items: OcrItem[], settlement: Date = new Date()): string {
  const settle = ddmmyy(settlement);
  const lines = [record(`NY000010${'00008080'}${'0000001'}${'00008080'}`), record(`NY090020${'000000000'}${'0000001'}${'86011117947'}`)];
  let sum = 0;
  for (const i of items) {
    // 30: 9-15 tx, 16-21 settlement, 22-23 centre, 24-25 day code, 26 partial, 27-31 serial, 32 sign, 33-49 amount, 50-74 KID
    lines.push(`NY091330${pad(i.tx, 7)}${settle}01000${'00001'}0${pad(i.ore, 17)}${i.kid.padStart(25, ' ')}00`.padEnd(80, ' '));
    // 31: 9-15 tx, 16-25 form number, 26-34 archive reference, 35 filler, 36-41 payment date, 42-52 debit account
    lines.push(`NY091331${pad(i.tx, 7)}${'0000000000'}${i.archive.padStart(9, '0')} ${ddmmyy(i.paid)}${'00000000000'}`.padEnd(80, ' '));
    sum += i.ore;
  }
  lines.push(record(`NY090088${pad(items.length, 8)}${pad(items.length * 2 + 2, 8)}${pad(sum, 17)}${settle}`));
  lines.push(record(`NY000089${pad(items.length, 8)}${pad(items.length * 2 + 4, 8)}${pad(sum, 17)}${settle}`));
  for (const l of lines) expect(l).toHaveLength(80);
  return `${lines.join('\n')}\n`;
}

async function runChargesFor(page: Page, month: string) {
  await visning(page, 'Månedskjøring');
  const field = page.getByRole('textbox', { name: 'Måned' });
  await field.fill(month);
  await page.getByRole('button', { name: 'Start kjøringen' }).click();
  const result = page.getByRole('region', { name: `Kjøring for ${month}` });
  await expect(result.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Kjøringen er ferdig' })).toBeVisible({ timeout: 30_000 });
  await expect(result).toContainText('Ferdig');
}

test('økonomi: månedskjøring, OCR-fil, manuell kobling, innbetaling, eksport, restanser og nedbetalingsplan', async ({ page, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();

  await loggInn(page, 'okonomi1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Egenbetaling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Egenbetaling' })).toBeVisible();
  await sjekkUU(page);

  // Charge runs for the month before last and last month: the earlier one is overdue by now.
  await runChargesFor(page, osloMonth(-2));
  await runChargesFor(page, osloMonth(-1));
  await sjekkUU(page);

  // A real charge's KID from the ledger of a demo agreement in arrears.
  const arrears = await apiAs<Schemas['Arrears']>(request, 'okonomi1', 'GET', '/api/egenbetaling/arrears');
  expect(arrears.items.length, 'some demo resident is in arrears').toBeGreaterThan(0);
  const row = arrears.items[0]!;
  const ledger = await apiAs<Schemas['Ledger']>(request, 'okonomi1', 'GET', `/api/agreements/${row.agreementId}/ledger`);
  const kid = ledger.lines.find((l) => l.type === 'CHARGE' && l.kid)?.kid;
  expect(kid, 'a charge with a KID').toBeTruthy();

  // OCR file: 100 kr on the real KID, 123,45 kr on a KID nobody has.
  const archive = String(stamp).slice(-8);
  const unknownKid = `9${String(stamp).slice(-9)}7`;
  const file = ocrFile([
    { tx: 1, kid: kid!, ore: 10000, paid: new Date(), archive: `${archive}1` },
    { tx: 2, kid: unknownKid, ore: 12345, paid: new Date(), archive: `${archive}2` },
  ]);
  await visning(page, 'Innlesing av OCR-fil');
  await page
    .getByLabel('OCR-fil', { exact: true })
    .setInputFiles({ name: `ocr-${stamp}.txt`, mimeType: 'text/plain', buffer: Buffer.from(file, 'latin1') });
  await page.getByRole('button', { name: 'Les inn filen' }).click();
  const report = page.getByRole('region', { name: `Innlesingsrapport for ocr-${stamp}.txt` });
  await expect(report).toContainText('Innbetalinger i filen2');
  await expect(report).toContainText('Matchet mot krav1');
  await expect(report).toContainText('Umatchet (venter på manuell kobling)1');
  await expect(report).toContainText('Duplikater (allerede innlest)0');
  await expect(report).toContainText('kr 223,45');
  await sjekkUU(page);

  // The same file again: nothing new.
  await page.getByRole('button', { name: 'Les inn filen' }).click();
  await expect(report).toContainText('Duplikater (allerede innlest)2');

  // A broken file names the line.
  await page
    .getByLabel('OCR-fil', { exact: true })
    .setInputFiles({ name: 'feil.txt', mimeType: 'text/plain', buffer: Buffer.from('NY000010\n') });
  await page.getByRole('button', { name: 'Les inn filen' }).click();
  await expect(page.getByRole('alert')).toContainText('Linje 1');
  await sjekkUU(page);

  // The unknown KID waits for manual matching: match it to the resident in arrears.
  await visning(page, 'Umatchede innbetalinger');
  const unmatchedRow = page.getByRole('row').filter({ hasText: unknownKid });
  await expect(unmatchedRow).toBeVisible();
  await sjekkUU(page);
  await unmatchedRow.getByRole('button', { name: /Knytt til avtale/ }).click();
  const matchDialog = page.getByRole('dialog', { name: 'Knytt innbetalingen til en avtale' });
  await expect(matchDialog).toBeVisible();
  await sjekkUU(page);
  await matchDialog.getByLabel('Eller avtale-id').fill(row.agreementId);
  await matchDialog.getByRole('button', { name: 'Knytt til avtalen' }).click();
  await expect(matchDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Innbetalingen er knyttet til avtalen.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: unknownKid })).toHaveCount(0);

  // A payment by hand.
  await visning(page, 'Registrer innbetaling');
  await sjekkUU(page);
  await page.getByLabel('KID').fill(kid!);
  await page.getByLabel('Beløp', { exact: false }).fill('50');
  await page.getByLabel('Betalt dato', { exact: false }).fill(todayNorwegian());
  await page.getByLabel('Referanse', { exact: false }).fill(`E2E-${stamp}`);
  await page.getByRole('button', { name: 'Registrer innbetalingen' }).click();
  await expect(page.getByRole('status')).toContainText('Innbetalingen på kr 50,00 er registrert og knyttet til kravet.');

  // Export to the accounts.
  await visning(page, 'Eksport til regnskap');
  await sjekkUU(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^egenbetaling-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  await sjekkNedlasting(await download);
  await expect(page.getByRole('status')).toContainText('Eksporten er lastet ned');

  // Restanser: the resident in arrears, then the ledger and a repayment plan.
  await visning(page, 'Restanser');
  const table = page.getByRole('table', { name: 'Restanser per avtale' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').last()).toContainText('Sum');
  await sjekkUU(page);
  await table.getByRole('link', { name: row.personName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Reskontro – ${row.personName}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' })).toContainText(kid!);
  await sjekkUU(page);

  const now = await apiAs<Schemas['Ledger']>(request, 'okonomi1', 'GET', `/api/agreements/${row.agreementId}/ledger`);
  expect(now.overdueOre).toBeGreaterThan(0);
  const instalmentKroner = Math.ceil(now.overdueOre / 100 / 6) + 1;
  await page.getByRole('button', { name: 'Ny nedbetalingsplan' }).click();
  const planDialog = page.getByRole('dialog', { name: 'Ny nedbetalingsplan' });
  await expect(planDialog).toBeVisible();
  await sjekkUU(page);
  await planDialog.getByLabel('Første avdrag', { exact: false }).fill(todayNorwegian());
  await planDialog.getByLabel('Avdrag per måned', { exact: false }).fill(String(instalmentKroner));
  await planDialog.getByLabel('Antall avdrag', { exact: false }).fill('6');
  await planDialog.getByRole('button', { name: 'Sett opp planen' }).click();
  await expect(planDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Nedbetalingsplanen er satt opp.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Nedbetalingsplaner' })).toContainText(
    `6 × kr ${instalmentKroner.toLocaleString('nb-NO').replace(/\s/g, ' ')},00`,
  );
  await sjekkUU(page);

  // Bostøtte: the dialog, checked, then cancelled.
  await page.getByRole('button', { name: 'Registrer bostøtte' }).click();
  const benefit = page.getByRole('dialog', { name: 'Registrer bostøtte' });
  await benefit.getByRole('radio', { name: 'Innvilget' }).check();
  await sjekkUU(page);
  await benefit.getByRole('button', { name: 'Avbryt' }).click();
  await expect(benefit).toBeHidden();
});
