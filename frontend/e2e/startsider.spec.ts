import type { APIRequestContext } from '@playwright/test';
import type { components } from '../src/api/schema.gen';
import { expect, loggInn, sjekkUU, test } from './fixtures';
import { apiAs, osloMonth, osloParts, syntheticNationalId, todayNorwegian } from './helpers';

/*
 * Issue 18: each role lands on its work list after login (heading and address), the internal control on this month's
 * control report already shown, økonomi on Restanser or Umatchede innbetalinger (whichever has work), ESIKT with the
 * allocations it follows until move-in. Also: the incident form starts at now, and økonomi registers a payment from a
 * resident's ledger with the KID filled in. Every page is checked with axe.
 */

type Schemas = components['schemas'];

const todayIsoOslo = () => {
  const p = osloParts(new Date());
  return `${p.year}-${p.month}-${p.day}`;
};

for (const { user, path, heading } of [
  { user: 'hvk1', path: /\/soknader$/, heading: 'Søknader' },
  { user: 'bakklandet1', path: /\/oversikt$/, heading: 'Oversikt' },
  { user: 'bakklandet-leder', path: /\/oversikt$/, heading: 'Oversikt' },
]) {
  test(`${user} lander på arbeidslisten ${heading}`, async ({ page }) => {
    await loggInn(page, user);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await sjekkUU(page);
  });
}

test('internkontrollen lander på denne månedens kontrollrapport, allerede vist, og kan bytte periode', async ({ page }) => {
  await loggInn(page, 'kontroll1');
  await expect(page).toHaveURL(/\/kontrollrapport$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollrapport' })).toBeVisible();
  const today = todayNorwegian();
  const first = `01.${today.slice(3)}`;
  const form = page.getByRole('form', { name: 'Velg botiltak og periode' });
  await expect(form.getByLabel('Fra dato')).toHaveValue(first);
  await expect(form.getByLabel('Til dato')).toHaveValue(today);
  // Shown without pressing "Vis rapport".
  await expect(page.getByRole('region', { name: `Kontrollrapport for Hele kommunen ${first}–${today}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Last ned CSV' })).toBeVisible();
  await sjekkUU(page);

  // Last month instead, from the form.
  const last = osloMonth(-1);
  const lastDay = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0)).getUTCDate();
  const from = `01.${last.slice(5, 7)}.${last.slice(0, 4)}`;
  const to = `${lastDay}.${last.slice(5, 7)}.${last.slice(0, 4)}`;
  await form.getByLabel('Fra dato').fill(from);
  await form.getByLabel('Til dato').fill(to);
  await form.getByRole('button', { name: 'Vis rapport' }).click();
  await expect(page.getByRole('region', { name: `Kontrollrapport for Hele kommunen ${from}–${to}` })).toBeVisible();
  await sjekkUU(page);
});

test('økonomi lander på Restanser eller Umatchede innbetalinger, den som har arbeid', async ({ page, request }) => {
  const arrears = await apiAs<Schemas['Arrears']>(request, 'okonomi1', 'GET', '/api/egenbetaling/arrears?page=0&size=1');
  const unmatched = await apiAs<Schemas['PaymentPage']>(request, 'okonomi1', 'GET', '/api/egenbetaling/payments?page=0&size=1');
  const [visning, view] =
    arrears.totalItems > 0 || unmatched.totalItems === 0 ? ['restanser', 'Restanser'] : ['umatchet', 'Umatchede innbetalinger'];

  await loggInn(page, 'okonomi1');
  await expect(page).toHaveURL(new RegExp(`/egenbetaling\\?visning=${visning}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Egenbetaling' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: view, exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Egenbetaling' }).getByRole('link', { name: view, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await sjekkUU(page);
});

/**
 * Through the API: HVK registers a synthetic applicant for a facility with a vacant unit today (other specs fill
 * Bakklandet's), ESIKT prioritises the application and allocates that unit.
 */
async function allocatedToAVacantUnit(request: APIRequestContext, name: { given: string; family: string }) {
  const vacancies = await apiAs<Schemas['VacancyPage']>(request, 'esikt1', 'GET', `/api/vacancies?from=${todayIsoOslo()}&page=0&size=200`);
  const unit = vacancies.items.find((v) => v.agreementKind === 'BTA') ?? vacancies.items[0];
  expect(unit, 'a vacant unit somewhere').toBeTruthy();
  const person = await apiAs<Schemas['Person']>(request, 'hvk1', 'POST', '/api/persons', {
    nationalId: syntheticNationalId().number,
    givenName: name.given,
    familyName: name.family,
  });
  const intake = await apiAs<Schemas['Intake']>(request, 'hvk1', 'POST', '/api/intakes', {
    personId: person.id,
    assessment: 'Ung voksen som trenger tett oppfølging og et rusfritt bomiljø.',
    facilityWishes: [unit!.facilityId],
  });
  await apiAs(request, 'esikt1', 'POST', `/api/intakes/${intake.id}/priority`, { priority: 2, reason: 'Trenger bolig snart.' });
  await apiAs(request, 'esikt1', 'POST', `/api/intakes/${intake.id}/allocation`, {
    unitId: unit!.unitId,
    fromDate: todayIsoOslo(),
    coordinator: 'Lars Leder',
    // Used only when the applicant is outside the facility's target group (R-INT-7).
    overrideReason: 'Beste tilgjengelige tilbud nå.',
  });
  return unit!;
}

test('ESIKT lander på Venteliste og følger tildelingene til innflytting', async ({ page, request }) => {
  const family = `Tildelt${Date.now().toString(36)}`;
  const unit = await allocatedToAVacantUnit(request, { given: 'Tone', family });

  await loggInn(page, 'esikt1');
  await expect(page).toHaveURL(/\/venteliste$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Venteliste' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Tildelt, venter på innflytting' });
  const table = section.getByRole('table', { name: 'Tildelt, venter på innflytting' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: `Tone ${family}`, exact: true }) });
  await expect(row).toContainText('Tildelt');
  await expect(row).toContainText('Venter på: HVK');
  await expect(row).toContainText(`Tildelt: ${unit.facilityName}`);
  await sjekkUU(page);
});

test('hendelsesskjemaet starter på nå', async ({ page }) => {
  await loggInn(page, 'bakklandet1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Hendelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hendelser' })).toBeVisible();
  const before = Date.now();
  await page.getByRole('button', { name: 'Registrer hendelse', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrer hendelse' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Dato', { exact: true })).toHaveValue(todayNorwegian());
  // The time on Oslo's clock when the form opened (a minute either way for the clock turning over).
  const clock = (ms: number) => {
    const text = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return text.format(new Date(ms));
  };
  const shown = await dialog.getByLabel('Klokkeslett').inputValue();
  expect([clock(before - 60_000), clock(before), clock(Date.now())]).toContain(shown);
  await sjekkUU(page);
});

test('økonomi registrerer en innbetaling fra reskontroen med KID-en fylt inn', async ({ page, request }) => {
  test.setTimeout(120_000);
  // A running agreement at a BTA facility with a charge (this month's run makes one when it has none yet).
  const accounts = await apiAs<Schemas['AccountPage']>(
    request,
    'okonomi1',
    'GET',
    '/api/egenbetaling/accounts?facility=heidrunsenteret&size=50',
  );
  const account = accounts.items.find((a) => a.status === 'ACTIVE');
  expect(account, 'a running agreement at Heidrunsenteret').toBeTruthy();
  const ledgerPath = `/api/agreements/${account!.agreementId}/ledger`;
  const kidOf = (ledger: Schemas['Ledger']) => ledger.lines.findLast((l) => l.type === 'CHARGE' && l.kid)?.kid;
  if (!kidOf(await apiAs<Schemas['Ledger']>(request, 'okonomi1', 'GET', ledgerPath))) {
    const run = await apiAs<Schemas['ChargeRun']>(request, 'okonomi1', 'POST', '/api/egenbetaling/charge-runs', { period: osloMonth(0) });
    await expect
      .poll(async () => (await apiAs<Schemas['ChargeRun']>(request, 'okonomi1', 'GET', `/api/egenbetaling/charge-runs/${run.id}`)).state, {
        timeout: 30_000,
      })
      .toBe('DONE');
  }
  const kid = kidOf(await apiAs<Schemas['Ledger']>(request, 'okonomi1', 'GET', ledgerPath));
  expect(kid, 'a charge with a KID').toBeTruthy();

  await loggInn(page, 'okonomi1');
  await page.goto(`/avtaler/${account!.agreementId}/reskontro`);
  await expect(page.getByRole('heading', { level: 1, name: `Reskontro – ${account!.personName}` })).toBeVisible();
  await sjekkUU(page);
  await page.getByRole('button', { name: 'Registrer innbetaling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrer innbetaling' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('KID')).toHaveValue(kid!);
  await expect(dialog.getByLabel('Betalt dato')).toHaveValue(todayNorwegian());
  await sjekkUU(page);

  const reference = `E2E-RESKONTRO-${Date.now().toString(36)}`;
  await dialog.getByLabel('Beløp').fill('123');
  await dialog.getByLabel('Referanse').fill(reference);
  await dialog.getByRole('button', { name: 'Registrer innbetalingen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Innbetalingen på kr 123,00 er registrert' })).toBeVisible();
  await expect(dialog).toBeHidden();
  // The payment is a line of the ledger now.
  await expect(page.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' })).toContainText('kr 123,00');
  await sjekkUU(page);
});
