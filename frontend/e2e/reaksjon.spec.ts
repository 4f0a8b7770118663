import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, loggInn, sjekkUU, test } from './fixtures';

/*
 * Incidents and the sanction ladder against the real stack with the demo data: a miljøterapeut at
 * Bakklandet registers a serious incident and proposes an exclusion (refused until alternative
 * accommodation is given), the fagleder approves it (four eyes: someone else proposed it) and
 * records the notice, which starts the three-week appeal deadline. A Valøyveien 9 tenant (LEASE)
 * is never offered exclusion. Each run adds its own incident and sanction, marked with a run id.
 */

const KEYCLOAK = 'http://localhost:8180/realms/bta/protocol/openid-connect/token';
const API = 'http://localhost:8080';

async function token(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(KEYCLOAK, {
    form: { grant_type: 'password', client_id: 'bta-cli', client_secret: 'bta-cli-dev-secret', username, password: username },
  });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

interface AgreementSummary {
  id: string;
  unitLabel: string;
  person: { id: string; name: string };
}

/** An active agreement at the facility, as the given user sees it through the API. */
async function activeResident(request: APIRequestContext, username: string, facility: string): Promise<AgreementSummary> {
  const response = await request.get(`${API}/api/agreements?facility=${facility}&status=ACTIVE`, {
    headers: { Authorization: `Bearer ${await token(request, username)}` },
  });
  expect(response.ok()).toBeTruthy();
  const { items } = (await response.json()) as { items: AgreementSummary[] };
  expect(items.length, `no active agreement at ${facility} in the demo data`).toBeGreaterThan(0);
  return items[0]!;
}

const osloToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** `åååå-mm-dd` plus days, shown as dd.mm.åååå. */
function norwegian(isoDate: string, plusDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + plusDays));
  return `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
}

async function loggUt(page: Page) {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.locator('#username')).toBeVisible();
}

async function openDialog(page: Page, scope: Page | Locator, button: string, name: string) {
  await scope.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('hendelse, bortvisning med annet bosted, godkjenning av en annen fagleder og klagefrist', async ({ page, request }) => {
  test.setTimeout(180_000);
  const resident = await activeResident(request, 'bakklandet1', 'bakklandet');
  const run = `E2E-${Date.now().toString(36)}`;
  const today = osloToday();

  // The miljøterapeut registers a serious incident of violence for the resident.
  await loggInn(page, 'bakklandet1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Hendelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hendelser' })).toBeVisible();
  await sjekkUU(page);

  const incident = await openDialog(page, page, 'Registrer hendelse', 'Registrer hendelse');
  await sjekkUU(page);
  await incident.getByRole('checkbox', { name: new RegExp(`^${resident.person.name} \\(`) }).check();
  await incident.getByLabel('Klokkeslett').fill('00:05');
  await incident.getByRole('checkbox', { name: 'Vold eller trusler' }).check();
  await incident.getByRole('checkbox', { name: 'Alvorlig brudd' }).check();
  await incident.getByLabel('Beskrivelse').fill(`Truet en ansatt på kjøkkenet (${run}).`);
  await incident.getByRole('radio', { name: 'Bortvisning av truende person' }).check();
  await incident.getByRole('button', { name: 'Registrer hendelse' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hendelsen er registrert.' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Registrerte hendelser/ })).toContainText(run);
  await sjekkUU(page);

  // The ladder for the resident; propose an exclusion, first without alternative accommodation.
  await page.goto(`/avtaler/${resident.id}/reaksjoner`);
  await expect(page.getByRole('heading', { level: 1, name: `Reaksjoner – ${resident.person.name}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reaksjonsstigen' })).toContainText('Bortvisning');
  await sjekkUU(page);

  const proposal = await openDialog(page, page, 'Foreslå reaksjon', 'Foreslå reaksjon');
  await proposal.getByLabel('Reaksjon', { exact: true }).selectOption({ label: 'Bortvisning' });
  await proposal.getByLabel('Grunnlag', { exact: true }).selectOption({ label: 'Vold eller trusler' });
  await proposal.getByRole('checkbox', { name: new RegExp(run) }).check();
  await proposal.getByRole('checkbox', { name: 'Hastesak: vold eller trusler (uten forhåndsvarsel)' }).check();
  await expect(proposal.getByText(`slutter ${norwegian(today, 4)}`)).toBeVisible();
  await proposal.getByLabel('Skriftlig begrunnelse').fill(`Truet en ansatt (${run}).`);
  await proposal.getByLabel('Vurdering av forholdsmessighet').fill('Mildere tiltak er prøvd; faren for ansatte veier tyngst.');
  await sjekkUU(page);
  await proposal.getByRole('button', { name: 'Foreslå reaksjon' }).click();
  const summary = proposal.getByRole('group', { name: /rette opp følgende feil/ });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: /En bortvisning kan ikke registreres uten/ })).toBeVisible();
  await expect(proposal.getByLabel('Sted', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await sjekkUU(page);

  await proposal.getByLabel('Sted', { exact: true }).fill('Døgnovernatting, Kirkens bymisjon');
  await proposal.getByLabel('Sikret fra').fill(norwegian(today));
  await proposal.getByLabel('Sikret til').fill(norwegian(today, 4));
  await proposal.getByRole('button', { name: 'Foreslå reaksjon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'venter på godkjenning' })).toBeVisible();
  const proposed = page.getByRole('article').filter({ hasText: run });
  await expect(proposed).toContainText('Venter på godkjenning');
  await sjekkUU(page);
  await loggUt(page);

  // Another fagleder approves it: bakklandet1 proposed it.
  await loggInn(page, 'bakklandet-leder');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Godkjenninger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Godkjenninger' })).toBeVisible();
  const waiting = page.getByRole('article').filter({ hasText: run });
  await expect(waiting).toContainText('Døgnovernatting, Kirkens bymisjon');
  await expect(waiting).toContainText('Mildere tiltak er prøvd');
  await sjekkUU(page);
  await waiting.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vedtaket er godkjent' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: run })).toHaveCount(0);
  await sjekkUU(page);

  // The notice to the resident starts the three-week appeal deadline.
  await page.goto(`/avtaler/${resident.id}/reaksjoner`);
  const approved = page.getByRole('article').filter({ hasText: run });
  await expect(approved).toContainText('Godkjent – ikke varslet');
  const notice = await openDialog(page, approved, 'Registrer varsel til beboer', 'Registrer varsel til beboer');
  await sjekkUU(page);
  await notice.getByLabel('Hvordan ble beboeren varslet?').fill('Vedtaket lest opp og gitt skriftlig');
  await notice.getByRole('button', { name: 'Registrer varsel til beboer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Varselet er registrert' })).toBeVisible();
  await expect(approved).toContainText(`Klagefrist: ${norwegian(today, 21)}`);
  await expect(approved).toContainText('Gjelder');
  await sjekkUU(page);

  const appeal = await openDialog(page, approved, 'Registrer klage', 'Registrer klage');
  await sjekkUU(page);
  await appeal.getByRole('button', { name: 'Avbryt' }).click();
  await expect(appeal).toBeHidden();
});

test('en leietaker i Valøyveien 9 får ikke tilbud om bortvisning', async ({ page, request }) => {
  const tenant = await activeResident(request, 'valoya1', 'valoyveien-9');
  await loggInn(page, 'valoya1');
  await page.goto(`/avtaler/${tenant.id}/reaksjoner`);
  await expect(page.getByRole('heading', { level: 1, name: `Reaksjoner – ${tenant.person.name}` })).toBeVisible();
  const ladder = page.getByRole('region', { name: 'Reaksjonsstigen' });
  await expect(ladder).toContainText('Skriftlig klage');
  await expect(ladder).not.toContainText('Bortvisning');
  await sjekkUU(page);

  const proposal = await openDialog(page, page, 'Foreslå reaksjon', 'Foreslå reaksjon');
  const types = proposal.getByLabel('Reaksjon', { exact: true });
  await expect(types.locator('option')).toHaveText([
    'Velg reaksjon',
    'Muntlig advarsel',
    'Skriftlig klage',
    'Henvisning til oppsigelse hos eier',
  ]);
  await sjekkUU(page);
});
