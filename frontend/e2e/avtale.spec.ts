import type { Page } from '@playwright/test';
import type { components } from '../src/api/schema.gen';
import { expect, loggInn, sjekkNedlasting, sjekkUU, test } from './fixtures';
import { apiAs, decidedIntakeAtBakklandet } from './helpers';

/*
 * The agreement from draft to move-out against the real stack. The application is brought to a
 * decision through the API (HVK, ESIKT, HVK); then the fagleder at Bakklandet drafts the
 * agreement in the browser, signs for both parties, appoints the primary contact, records the IP
 * answer, moves the resident in, evaluates, renews, records the resident's notice and the
 * move-out — each step but the notice offered as the page's one next step. Every page and every
 * open dialog is checked with axe.
 */

const status = (page: Page) => page.getByText(/^Status: /);

function norwegianDate(date: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}.${p.month}.${p.year}`;
}

/** `åååå-mm-dd` → `dd.mm.åååå`. */
const fromIso = (iso: string) => iso.split('-').reverse().join('.');

/** Opens "Flere handlinger" by keyboard (if it is not open) and returns the region with the other steps. */
async function moreActions(page: Page) {
  const toggle = page.getByRole('button', { name: 'Flere handlinger' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
  return page.getByRole('region', { name: 'Flere handlinger' });
}

/** Opens a step from "Flere handlinger". */
async function openAction(page: Page, button: string, dialogName: string) {
  await (await moreActions(page)).getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await sjekkUU(page);
  return dialog;
}

/** Opens the one step under "Neste steg", which must be `button`, by keyboard. */
async function openNextStep(page: Page, button: string, dialogName: string) {
  const next = page.getByRole('region', { name: 'Neste steg' }).getByRole('button');
  await expect(next).toHaveCount(1);
  await expect(next).toHaveAccessibleName(button);
  await next.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await sjekkUU(page);
  return dialog;
}

async function save(page: Page, dialog: ReturnType<Page['getByRole']>, button: string, confirmation: string) {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: confirmation })).toBeVisible();
}

test('avtale fra utkast til utflytting: fagleder ved Bakklandet', async ({ page, request }) => {
  test.setTimeout(240_000);
  const family = `Avtalesen${Date.now().toString(36)}`;
  const name = `Ung ${family}`;
  const intake = await decidedIntakeAtBakklandet(request, { given: 'Ung', family });
  expect(intake.status).toBe('DECIDED');

  await loggInn(page, 'bakklandet-leder');
  await page.goto(`/soknader/${intake.id}`);
  await expect(status(page)).toHaveText('Status: Vedtak fattet – Venter på: botiltaket');
  await sjekkUU(page);

  // Draft from the decided application.
  await page.getByRole('button', { name: 'Lag avtale' }).click();
  let dialog = page.getByRole('dialog', { name: 'Lag avtale' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('normalt 1–2 måneder');
  await sjekkUU(page);
  await dialog.getByRole('button', { name: 'Lag utkast' }).click();
  await expect(page).toHaveURL(/\/avtaler\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Avtale – ${name}` })).toBeVisible();
  await expect(status(page)).toHaveText('Status: Utkast');
  await expect(page.getByText('Ikke signert', { exact: true })).toBeVisible();
  const nextStep = page.getByRole('region', { name: 'Neste steg' });
  const moveIn = nextStep.getByRole('region', { name: 'Innflytting' });
  await expect(moveIn.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Registrer innflytting' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Flere handlinger' })).toHaveAttribute('aria-expanded', 'false');
  await sjekkUU(page);

  // The sections are a link away ("På denne siden").
  await page.getByRole('navigation', { name: 'På denne siden' }).getByRole('link', { name: 'Historikk' }).click();
  await expect(page).toHaveURL(/#historikk-seksjon$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Historikk' })).toBeInViewport();

  // The PDF comes through the API client with the token.
  const pdf = page.waitForResponse((r) => r.url().includes('/document.pdf'));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned avtalen (PDF)' }).click();
  const response = await pdf;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^Avtale ${name} \\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  await sjekkNedlasting(await download);

  // Both sign (R-AGR-4), each as the next step.
  dialog = await openNextStep(page, 'Registrer beboerens signatur', 'Registrer signatur');
  await dialog.getByRole('radio', { name: 'Beboeren har signert' }).check();
  await save(page, dialog, 'Registrer signaturen', 'Signaturen er registrert.');
  dialog = await openNextStep(page, 'Signer for kommunen', 'Registrer signatur');
  await expect(dialog.getByRole('radio', { name: 'Signer for kommunen' })).toBeChecked();
  await save(page, dialog, 'Registrer signaturen', 'Signaturen er registrert.');
  await expect(status(page)).toHaveText('Status: Gjelder');

  // Follow-up before move-in (R-FOL-1, R-AGR-5).
  dialog = await openNextStep(page, 'Oppnevn primærkontakt', 'Oppnevn primærkontakt');
  await dialog.getByLabel('Navn på primærkontakt').fill('Berit Bakken');
  await save(page, dialog, 'Oppnevn', 'Primærkontakten er oppnevnt.');
  dialog = await openNextStep(page, 'Individuell plan / samarbeidsavtale', 'Individuell plan og samarbeidsavtale');
  await dialog.getByRole('radio', { name: 'Takker ja til individuell plan' }).check();
  await save(page, dialog, 'Lagre', 'Svaret på individuell plan er registrert.');
  await expect(page.getByRole('region', { name: 'Oppfølging' })).toContainText('Berit Bakken');

  // Move in (R-INT-5).
  await expect(moveIn).toContainText('Alt er på plass');
  dialog = await openNextStep(page, 'Registrer innflytting', 'Registrer innflytting');
  await save(page, dialog, 'Registrer innflytting', 'Innflyttingen er registrert.');
  await expect(page.getByRole('region', { name: 'Innflytting' })).toHaveCount(0);

  // Evaluate, then renew (R-AGR-1).
  await expect(nextStep).toContainText('Første periode er ikke evaluert');
  dialog = await openNextStep(page, 'Registrer evalueringsmøte', 'Registrer evalueringsmøte');
  await dialog.getByLabel('Sammendrag').fill('Første periode har gått bra; fornyes for ett år.');
  await save(page, dialog, 'Lagre', 'Evalueringsmøtet er registrert.');
  dialog = await openNextStep(page, 'Forny avtalen', 'Forny avtalen');
  const nextYear = new Date();
  nextYear.setFullYear(nextYear.getFullYear() + 1);
  await dialog.getByLabel('Ny sluttdato').fill(norwegianDate(nextYear));
  await save(page, dialog, 'Forny', 'Avtalen er fornyet.');
  await expect(page.getByRole('list', { name: 'Avtaleperioder' }).getByRole('listitem')).toHaveCount(2);
  await expect(nextStep.getByRole('button')).toHaveCount(0);
  await expect(nextStep).toContainText('Ingen steg venter akkurat nå');

  // The resident gives notice (R-AGR-2): an ending step, set apart under "Flere handlinger".
  const ending = (await moreActions(page)).getByRole('group', { name: 'Avslutte avtalen' });
  await expect(ending.getByRole('button')).toHaveText(['Si opp avtalen', 'Registrer utflytting']);
  await sjekkUU(page);
  dialog = await openAction(page, 'Si opp avtalen', 'Si opp avtalen');
  await dialog.getByRole('radio', { name: 'Beboeren' }).check();
  await dialog.getByLabel('Begrunnelse').fill('Flytter til egen leilighet.');
  await save(page, dialog, 'Registrer oppsigelsen', 'Oppsigelsen er registrert.');
  await expect(status(page)).toHaveText('Status: Oppsagt');

  // Then moves out (R-AGR-8), the next step after the notice.
  dialog = await openNextStep(page, 'Registrer utflytting', 'Registrer utflytting');
  await dialog.getByLabel('Flyttet til').selectOption({ label: 'Privat leiebolig' });
  await save(page, dialog, 'Registrer utflytting', 'Utflyttingen er registrert');
  await expect(status(page)).toHaveText('Status: Avsluttet');
  await expect(nextStep).toContainText('Avtalen er avsluttet');
  await expect(page.getByRole('region', { name: 'Oppsigelse og utflytting' })).toContainText('privat leiebolig');
  const timeline = page.getByRole('region', { name: 'Historikk' }).getByRole('listitem');
  expect(await timeline.count()).toBeGreaterThanOrEqual(10);
  await sjekkUU(page);

  // The lists and the facility page (with "Endre avtaleform" for the fagleder).
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Avtaler' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avtaler' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Avtaler \(\d+\)$/ })).toBeVisible();
  await sjekkUU(page);
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Beboere' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nåværende beboere' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Innkommende tildelinger' })).toBeVisible();
  await sjekkUU(page);
  await page.goto('/botiltak/bakklandet');
  await expect(page.getByRole('heading', { level: 2, name: 'Endre avtaleform' })).toBeVisible();
  await sjekkUU(page);
});

/*
 * R-ACC-3 with the demo data: Emma Lyngstad moved out of Bakklandet 24 days before the demo data was
 * loaded (a fresh database in bin/test), so Bakklandet still sees her, for the follow-up window. The
 * list and her agreement say when she moved out and until when.
 */
test('en beboer som har flyttet ut, vises med utflyttingsdato og siste dag med tilgang', async ({ page, request }) => {
  const ended = await apiAs<components['schemas']['AgreementPage']>(
    request,
    'bakklandet1',
    'GET',
    '/api/agreements?facility=bakklandet&status=ENDED&page=0&size=200',
  );
  const emma = ended.items.find((a) => a.person.name === 'Emma Lyngstad');
  expect(emma, 'the demo resident who moved out of Bakklandet within the window').toBeTruthy();
  expect(emma!.endedOn && emma!.accessUntil, 'an ended agreement in the window has endedOn and accessUntil').toBeTruthy();
  const text = `Flyttet ut ${fromIso(emma!.endedOn!)} — tilgang til ${fromIso(emma!.accessUntil!)}`;

  await loggInn(page, 'bakklandet1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Avtaler' }).click();
  const filter = page.getByRole('search', { name: 'Filtrer avtalene' });
  await filter.getByLabel('Status').selectOption({ label: 'Avsluttet' });
  await filter.getByRole('button', { name: 'Vis avtaler' }).click();
  const row = page
    .getByRole('table', { name: /^Avtaler \(\d+\)$/ })
    .getByRole('row')
    .filter({ hasText: 'Emma Lyngstad' });
  await expect(row).toContainText('Avsluttet');
  await expect(row.getByText(text, { exact: true })).toBeVisible();
  await sjekkUU(page);

  // Her agreement says the same, as a notice under the heading.
  await row.getByRole('link', { name: 'Emma Lyngstad', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avtale – Emma Lyngstad' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Beboeren har flyttet ut' });
  await expect(notice.getByText(text, { exact: true })).toBeVisible();
  await sjekkUU(page);
});

/*
 * A tenancy (LEASE) at Valøyveien 9: the page speaks of husleie, and offers neither an evaluation meeting
 * nor a renewal (R-AGR-2: it follows husleieloven).
 */
test('en husleiekontrakt har husleie og verken evalueringsmøte eller fornyelse', async ({ page, request }) => {
  const active = await apiAs<components['schemas']['AgreementPage']>(
    request,
    'valoya-leder',
    'GET',
    '/api/agreements?facility=valoyveien-9&status=ACTIVE&page=0&size=200',
  );
  const tenancy = active.items.find((a) => a.kind === 'LEASE');
  expect(tenancy, 'an active tenancy at Valøyveien 9 in the demo data').toBeTruthy();

  await loggInn(page, 'valoya-leder');
  await page.goto(`/avtaler/${tenancy!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Avtale – ${tenancy!.person.name}` })).toBeVisible();
  const agreement = page.getByRole('region', { name: 'Avtalen' });
  await expect(agreement).toContainText('Husleie nå');
  await expect(agreement).not.toContainText('Egenbetaling');
  await expect(page.getByRole('region', { name: 'Perioder' })).not.toContainText('Evalueringsmøter');
  await expect(page.getByRole('region', { name: 'Neste steg' }).getByRole('button', { name: /evaluering|Forny/i })).toHaveCount(0);
  const more = await moreActions(page);
  await expect(more.getByRole('button', { name: 'Endre husleie' })).toBeVisible();
  await expect(more.getByRole('button', { name: /evaluering|Forny/i })).toHaveCount(0);
  await sjekkUU(page);
  const dialog = await openAction(page, 'Endre husleie', 'Endre husleie');
  await expect(dialog.getByLabel('Ny husleie per måned')).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
});
