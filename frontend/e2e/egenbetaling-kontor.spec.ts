import type { Page } from '@playwright/test';
import type { components } from '../src/api/schema.gen';
import { expect, loggInn, sjekkNedlasting, sjekkUU, test } from './fixtures';
import { apiAs, egenbetalingVisning as visning, osloMonth, todayNorwegian } from './helpers';

/*
 * The clerk's desk against the real stack with the demo data (issue 14): okonomi1 finds a resident at a
 * BTA facility by name, sets INVOICE, runs this month's charges, downloads the invoice (200, PDF), pays
 * more than is owed by hand with the resident's KID, runs next month and sees the credit settle the new
 * charge: nothing overdue, "Til gode" what is left. The history, the month's invoice file and NAV list,
 * and the accounts administration are visited too. Every page and open dialog is checked with axe.
 */

type Schemas = components['schemas'];

/** The ledger's text for a month's charge: `Egenbetaling 12.2026`. */
const chargeText = (period: string) => `Egenbetaling ${period.slice(5)}.${period.slice(0, 4)}`;

/** øre → `kr 1 234,50` as the page shows it (Playwright reads non-breaking spaces as spaces). */
const kr = (ore: number) =>
  `kr ${(ore / 100).toLocaleString('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\s/g, ' ')}`;

async function toEgenbetaling(page: Page) {
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Egenbetaling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Egenbetaling' })).toBeVisible();
}

/** Finn konto: search, then open the account on the unit's row. */
async function openAccount(page: Page, query: string, account: Schemas['Account']) {
  await toEgenbetaling(page);
  await visning(page, 'Finn konto');
  const search = page.getByRole('search', { name: 'Finn konto' });
  await search.getByRole('searchbox', { name: 'Søk' }).fill(query);
  await search.getByRole('button', { name: 'Finn konto' }).click();
  const table = page.getByRole('table', { name: /^Kontoer \(\d+ treff\)$/ });
  const row = table.getByRole('row').filter({ hasText: `${account.facilityName}, ${account.unitLabel}` });
  await expect(row.getByRole('link', { name: account.personName })).toBeVisible();
  return row;
}

async function runCharges(page: Page, period: string) {
  await toEgenbetaling(page);
  await visning(page, 'Månedskjøring');
  await page.getByRole('textbox', { name: 'Måned' }).fill(period);
  await page.getByRole('button', { name: 'Start kjøringen' }).click();
  const result = page.getByRole('region', { name: `Kjøring for ${period}` });
  await expect(page.getByRole('status').filter({ hasText: 'Kjøringen er ferdig' })).toBeVisible({ timeout: 30_000 });
  await expect(result).toContainText('Ferdig');
}

test('økonomi: finn konto, faktura, månedskjøring, overbetaling som dekker neste måned, historikk og regnskap', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const thisMonth = osloMonth(0);
  const nextMonth = osloMonth(1);

  // A resident with a running agreement at a BTA facility (it collects egenbetaling).
  let account: Schemas['Account'] | undefined;
  for (const facility of ['heidrunsenteret', 'bakklandet']) {
    const found = await apiAs<Schemas['AccountPage']>(
      request,
      'okonomi1',
      'GET',
      `/api/egenbetaling/accounts?facility=${facility}&size=50`,
    );
    account ??= found.items.find((a) => a.status === 'ACTIVE');
  }
  expect(account, 'a running agreement at a BTA facility in the demo data').toBeTruthy();
  const resident = account!;

  await loggInn(page, 'okonomi1');
  // Økonomi lands on its work list once the totals have answered; a click before that could be overtaken by it.
  await expect(page).toHaveURL(/visning=(restanser|umatchet)/);
  await toEgenbetaling(page);
  // Finn konto is the first view.
  await expect(page.getByRole('heading', { level: 2, name: 'Finn konto' })).toBeVisible();
  await sjekkUU(page);

  // Find the resident by name and open the ledger.
  let row = await openAccount(page, resident.personName, resident);
  await sjekkUU(page);
  await row.getByRole('link', { name: resident.personName }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Reskontro – ${resident.personName}` })).toBeVisible();
  // the breadcrumbs lead back to Finn konto under Egenbetaling
  await expect(page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: 'Finn konto' })).toBeVisible();
  await sjekkUU(page);

  // Set INVOICE.
  await page.getByRole('button', { name: 'Endre betalingsmåte' }).click();
  const methodDialog = page.getByRole('dialog', { name: 'Endre betalingsmåte' });
  await methodDialog.getByRole('radio', { name: 'Faktura' }).check();
  await sjekkUU(page);
  await methodDialog.getByRole('button', { name: 'Lagre betalingsmåten' }).click();
  await expect(methodDialog).toBeHidden();
  const overview = page.getByRole('region', { name: 'Oversikt' });
  await expect(overview).toContainText('BetalingsmåteFaktura');
  await expect(page.getByRole('region', { name: 'Faktura for en måned' })).toBeVisible();

  // Run this month.
  await runCharges(page, thisMonth);
  await sjekkUU(page);

  // History: the run is there with who started it.
  await visning(page, 'Historikk');
  const runs = page.getByRole('table', { name: 'Månedskjøringer, nyeste først' });
  const newest = runs.getByRole('row').nth(1);
  await expect(newest.getByRole('rowheader')).toHaveText(thisMonth);
  await expect(newest).toContainText('Ferdig');
  await expect(newest).toContainText('Oda Kronstad, økonomi');
  await expect(
    page.getByRole('table', { name: 'Innlesinger av bankfiler, nyeste først' }).or(page.getByText('Ingen bankfiler er lest inn.')),
  ).toBeVisible();
  await sjekkUU(page);

  // The month's charge has a KID: the account is found by it.
  const charged = await apiAs<Schemas['Ledger']>(request, 'okonomi1', 'GET', `/api/agreements/${resident.agreementId}/ledger`);
  const kid =
    charged.lines.find((l) => l.type === 'CHARGE' && l.kid && l.text.startsWith(chargeText(thisMonth)))?.kid ??
    charged.lines.find((l) => l.type === 'CHARGE' && l.kid)?.kid;
  expect(kid, 'a charge with a KID for this month').toBeTruthy();
  expect(charged.balanceOre, 'something is owed after the run').toBeGreaterThan(0);
  row = await openAccount(page, kid!, resident);
  await expect(page.getByRole('table', { name: /^Kontoer/ }).getByRole('row')).toHaveCount(2);
  await expect(row).toContainText(kr(charged.balanceOre));
  await row.getByRole('link', { name: resident.personName }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Reskontro – ${resident.personName}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' })).toContainText(kid!);

  // Download this month's invoice.
  const invoice = page.getByRole('region', { name: 'Faktura for en måned' });
  await expect(invoice.getByRole('textbox', { name: 'Måned' })).toHaveValue(thisMonth);
  const invoiceResponse = page.waitForResponse((r) => r.url().includes(`/api/agreements/${resident.agreementId}/invoices/${thisMonth}`));
  const invoiceDownload = page.waitForEvent('download');
  await invoice.getByRole('button', { name: 'Last ned fakturaen (PDF)' }).click();
  const pdf = await invoiceResponse;
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await invoiceDownload).suggestedFilename()).toMatch(new RegExp(`^Faktura \\S.* ${thisMonth}\\.pdf$`));
  await sjekkNedlasting(await invoiceDownload);
  await expect(invoice.getByRole('status')).toContainText('Filen er lastet ned');
  await sjekkUU(page);

  // The month's invoice file for everyone paying by invoice (this resident too), and the NAV list.
  await toEgenbetaling(page);
  await visning(page, 'Fakturaer og NAV-liste');
  await sjekkUU(page);
  const invoices = page.getByRole('region', { name: 'Fakturaer for måneden' });
  await invoices.getByRole('textbox', { name: 'Måned' }).fill(thisMonth);
  const allResponse = page.waitForResponse((r) => r.url().includes(`/api/egenbetaling/invoices?period=${thisMonth}`));
  await invoices.getByRole('button', { name: 'Last ned fakturaer (PDF)' }).click();
  const all = await allResponse;
  expect(all.status()).toBe(200);
  expect(all.headers()['content-type']).toContain('application/pdf');
  await expect(invoices.getByRole('status')).toContainText(`Fakturaer ${thisMonth}.pdf`);
  const nav = page.getByRole('region', { name: 'Liste til NAV' });
  await nav.getByRole('textbox', { name: 'Måned' }).fill(thisMonth);
  const navDownload = page.waitForEvent('download');
  await nav.getByRole('button', { name: 'Last ned NAV-listen (CSV)' }).click();
  expect((await navDownload).suggestedFilename()).toBe(`nav-trekk-${thisMonth}.csv`);
  await sjekkNedlasting(await navDownload);
  await sjekkUU(page);

  // An overpayment by hand with the resident's KID: everything owed and 20 000 kr more.
  const extraOre = 2_000_000;
  const paidOre = charged.balanceOre + extraOre;
  await visning(page, 'Registrer innbetaling');
  await page.getByLabel('KID').fill(kid!);
  await page.getByLabel('Beløp', { exact: false }).fill((paidOre / 100).toFixed(2).replace('.', ','));
  await page.getByLabel('Betalt dato', { exact: false }).fill(todayNorwegian());
  await page.getByLabel('Referanse', { exact: false }).fill(`E2E-KONTOR-${stamp}`);
  await page.getByRole('button', { name: 'Registrer innbetalingen' }).click();
  await expect(page.getByRole('status')).toContainText(`Innbetalingen på ${kr(paidOre)} er registrert og knyttet til kravet.`);

  const paid = await apiAs<Schemas['Ledger']>(request, 'okonomi1', 'GET', `/api/agreements/${resident.agreementId}/ledger`);
  expect(paid.overdueOre).toBe(0);
  expect(paid.creditOre).toBe(extraOre);
  expect(paid.balanceOre).toBe(-extraOre);

  // Next month: its charge is settled by the credit.
  await runCharges(page, nextMonth);
  const settled = await apiAs<Schemas['Ledger']>(request, 'okonomi1', 'GET', `/api/agreements/${resident.agreementId}/ledger`);
  const nextCharges =
    settled.lines.filter((l) => l.type !== 'PAYMENT' && l.type !== 'REFUND').reduce((sum, l) => sum + l.debitOre - l.creditOre, 0) -
    charged.lines.filter((l) => l.type !== 'PAYMENT' && l.type !== 'REFUND').reduce((sum, l) => sum + l.debitOre - l.creditOre, 0);
  expect(nextCharges, 'next month was charged').toBeGreaterThan(0);
  expect(settled.overdueOre).toBe(0);
  expect(settled.creditOre).toBe(extraOre - nextCharges);
  expect(settled.balanceOre).toBe(-(extraOre - nextCharges));

  row = await openAccount(page, resident.personName, resident);
  await expect(row).toContainText(`${kr(extraOre - nextCharges)} til gode`);
  await row.getByRole('link', { name: resident.personName }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Reskontro – ${resident.personName}` })).toBeVisible();
  await expect(overview).toContainText(`Forfalt${kr(0)}`);
  await expect(overview).toContainText(`Til gode${kr(extraOre - nextCharges)}`);
  await expect(page.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' })).toContainText(chargeText(nextMonth));
  await sjekkUU(page);

  // Accounts administration: how far the accounts are closed, and a facility's dimensions (opened, cancelled).
  await toEgenbetaling(page);
  await visning(page, 'Periodelukking og kontering');
  await expect(page.getByRole('region', { name: 'Lukk måned' })).toContainText('Første åpne måned');
  const dimensions = page.getByRole('table', { name: 'Art, ansvar og funksjon per botiltak' });
  await expect(dimensions).toBeVisible();
  await sjekkUU(page);
  await dimensions.getByRole('button', { name: `Endre konteringen for ${resident.facilityName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Kontering for ${resident.facilityName}` });
  await expect(dialog).toBeVisible();
  await sjekkUU(page);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
});
