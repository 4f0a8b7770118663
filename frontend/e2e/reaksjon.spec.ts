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
  await waiting.getByRole('button', { name: 'Godkjenn vedtaket …' }).click();
  // a formal decision is confirmed after reading what it decides, for whom and for when
  const confirm = page.getByRole('dialog', { name: 'Godkjenne vedtaket?' });
  await expect(confirm).toContainText('Bortvisning');
  await expect(confirm).toContainText('registrert');
  await sjekkUU(page);
  await confirm.getByRole('button', { name: 'Godkjenn', exact: true }).click();
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

/** The list item of one step in a case's step list, by the step's name. */
function step(list: Locator, name: string) {
  return list.getByRole('listitem').filter({ has: list.page().locator('strong').getByText(name, { exact: true }) });
}

/** Clicks a letter's button and checks that the PDF it fetches answers 200 as application/pdf. */
async function expectPdf(page: Page, scope: Locator, button: string, path: RegExp) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => path.test(new URL(r.url()).pathname)),
    scope.getByRole('button', { name: button }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
}

test('vedtak om bortvisning: forhåndsvarsel, uttalelse, forslag, godkjenning av en annen fagleder, varsel og klage', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const response = await request.get(`${API}/api/agreements?facility=bakklandet&status=ACTIVE`, {
    headers: { Authorization: `Bearer ${await token(request, 'bakklandet-leder')}` },
  });
  const { items } = (await response.json()) as { items: AgreementSummary[] };
  // Another resident than the urgent case above.
  const resident = items.at(-1)!;
  expect(resident, 'an active agreement at Bakklandet').toBeTruthy();
  const run = `E2E-${Date.now().toString(36)}`;
  const today = osloToday();
  const incident = await request.post(`${API}/api/incidents`, {
    headers: { Authorization: `Bearer ${await token(request, 'bakklandet1')}` },
    data: {
      facilityId: 'bakklandet',
      occurredAt: new Date(Date.now() - 60 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
      personIds: [resident.person.id],
      categories: ['VIOLENCE_OR_THREATS'],
      serious: true,
      ruleNumbers: [],
      description: `Truet en annen beboer i fellesstua (${run}).`,
    },
  });
  expect(incident.status()).toBe(201);

  // The fagleder opens the resident's decisions from the agreement: a new case lacks the forhåndsvarsel.
  await loggInn(page, 'bakklandet-leder');
  await page.goto(`/avtaler/${resident.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Avtale – ${resident.person.name}` })).toBeVisible();
  await sjekkUU(page);
  await page.getByRole('link', { name: 'Reaksjoner og vedtak' }).click();
  // the agreement leads to the resident's Reaksjoner tab; the steps are on the full page it links to
  await page.getByRole('link', { name: /^Åpne reaksjonene/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Reaksjoner – ${resident.person.name}` })).toBeVisible();
  const cases = page.getByRole('region', { name: 'Vedtak og saksgang' });
  const newCase = cases.getByRole('article', { name: 'Ny sak om bortvisning eller oppsigelse' });
  const newSteps = newCase.getByRole('list', { name: /^Steg i saken/ });
  await expect(step(newSteps, 'Forhåndsvarsel')).toContainText('Forhåndsvarsel mangler');
  await expect(step(newSteps, 'Forhåndsvarsel')).toHaveAttribute('aria-current', 'step');
  await sjekkUU(page);

  // 1. The forhåndsvarsel, with three days to answer.
  const notice = await openDialog(page, newCase, 'Registrer forhåndsvarsel', 'Registrer forhåndsvarsel');
  await notice.getByRole('radio', { name: 'Bortvisning' }).check();
  await notice.getByRole('checkbox', { name: new RegExp(run) }).check();
  await notice.getByLabel('Hva saken gjelder, skrevet til beboeren').fill(`Du truet en annen beboer (${run}). Vi vurderer å bortvise deg.`);
  await notice.getByLabel('Hvordan fikk beboeren forhåndsvarselet?').fill('Gitt personlig og lest opp');
  await notice.getByLabel('Frist for å uttale seg').fill(norwegian(today, 3));
  await sjekkUU(page);
  await notice.getByRole('button', { name: 'Registrer forhåndsvarsel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forhåndsvarselet er registrert' })).toBeVisible();
  const theCase = cases.getByRole('article', { name: `Bortvisning – forhåndsvarsel ${norwegian(today)}` });
  const steps = theCase.getByRole('list', { name: /^Steg i saken/ });
  await expect(step(steps, 'Forhåndsvarsel')).toContainText('Fullført');
  await expect(step(steps, 'Uttalelse fra beboeren')).toContainText(`Fristen for uttalelse løper til ${norwegian(today, 3)}`);
  await expect(step(steps, 'Uttalelse fra beboeren')).toHaveAttribute('aria-current', 'step');
  await expect(theCase.getByRole('button', { name: 'Foreslå vedtak' })).toHaveCount(0);
  await sjekkUU(page);
  await expectPdf(page, theCase, 'Forhåndsvarselet (PDF)', /\/letter\.pdf$/);

  // 2. The resident's statement.
  const statement = await openDialog(page, theCase, 'Registrer uttalelse', 'Registrer uttalelse');
  await expect(statement.getByRole('radio', { name: 'Beboeren har uttalt seg' })).toBeChecked();
  await statement.getByLabel('Uttalelsen', { exact: true }).fill('Jeg var sint og angrer. Jeg vil gjerne bli boende.');
  await sjekkUU(page);
  await statement.getByRole('button', { name: 'Registrer uttalelse' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uttalelsen er registrert' })).toBeVisible();
  await expect(step(steps, 'Uttalelse fra beboeren')).toContainText(`Uttalelse mottatt ${norwegian(today)}`);
  await expect(step(steps, 'Forslag til vedtak')).toContainText('Vedtaket er ikke foreslått ennå');
  await sjekkUU(page);

  // 3. The proposal cites the forhåndsvarsel and its incident.
  const proposal = await openDialog(page, theCase, 'Foreslå vedtak', 'Foreslå reaksjon');
  await expect(proposal.getByLabel('Reaksjon', { exact: true })).toHaveValue('EXCLUSION');
  await expect(proposal.getByLabel('Forhåndsvarselet vedtaket bygger på')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(proposal.getByRole('checkbox', { name: new RegExp(run) })).toBeChecked();
  await proposal.getByLabel('Grunnlag', { exact: true }).selectOption({ label: 'Vold eller trusler' });
  await proposal.getByLabel('Sted', { exact: true }).fill('Døgnovernatting, Kirkens bymisjon');
  await proposal.getByLabel('Sikret fra').fill(norwegian(today));
  await proposal.getByLabel('Sikret til').fill(norwegian(today, 6));
  await proposal.getByLabel('Skriftlig begrunnelse').fill(`Truet en annen beboer (${run}); uttalelsen er vurdert.`);
  await proposal.getByLabel('Vurdering av forholdsmessighet').fill('Advarsel er prøvd; tryggheten til de andre beboerne veier tyngst.');
  await sjekkUU(page);
  await proposal.getByRole('button', { name: 'Foreslå reaksjon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'venter på godkjenning' })).toBeVisible();
  const proposed = cases.getByRole('article', { name: `Bortvisning – forhåndsvarsel ${norwegian(today)}` });
  const proposedSteps = proposed.getByRole('list', { name: /^Steg i saken/ });
  await expect(step(proposedSteps, 'Forslag til vedtak')).toContainText('Foreslått');
  await expect(step(proposedSteps, 'Godkjenning')).toContainText('Venter på godkjenning fra en annen fagleder enn Lars Leder, fagleder');
  await expect(proposed.getByRole('button', { name: 'Godkjenn vedtaket' })).toHaveCount(0);
  await sjekkUU(page);
  await loggUt(page);

  // 4. A second fagleder approves it on the same page.
  await loggInn(page, 'bakklandet-leder2');
  await page.goto(`/avtaler/${resident.id}/reaksjoner`);
  const toApprove = page.getByRole('region', { name: 'Vedtak og saksgang' }).getByRole('article').filter({ hasText: run });
  await expect(toApprove).toContainText('Venter på godkjenning');
  await sjekkUU(page);
  await toApprove.getByRole('button', { name: 'Godkjenn vedtaket' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vedtaket er godkjent' })).toBeVisible();
  const approvedSteps = toApprove.getByRole('list', { name: /^Steg i saken/ });
  await expect(step(approvedSteps, 'Godkjenning')).toContainText('av Lise Lien, fagleder');
  await expect(step(approvedSteps, 'Vedtaket gjort kjent for beboeren')).toContainText('Vedtaket er ikke gjort kjent for beboeren ennå');
  await sjekkUU(page);

  // 5. The resident gets the decision: the three-week appeal deadline runs.
  const notification = await openDialog(page, toApprove, 'Registrer varsel til beboer', 'Registrer varsel til beboer');
  await notification.getByLabel('Hvordan ble beboeren varslet?').fill('Vedtaksbrevet gitt personlig og lest opp');
  await sjekkUU(page);
  await notification.getByRole('button', { name: 'Registrer varsel til beboer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Varselet er registrert' })).toBeVisible();
  await expect(step(approvedSteps, 'Klage')).toContainText(`Klagefristen løper til ${norwegian(today, 21)}`);
  await sjekkUU(page);
  await expectPdf(page, toApprove, 'Vedtaksbrevet (PDF)', /\/decision\.pdf$/);

  // 6. The appeal, decided by a fagleder who did not propose it.
  const appeal = await openDialog(page, toApprove, 'Registrer klage', 'Registrer klage');
  await appeal.getByRole('radio', { name: 'Opprettholdt' }).check();
  await sjekkUU(page);
  await appeal.getByRole('button', { name: 'Registrer klage' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Klagen er registrert' })).toBeVisible();
  await expect(step(approvedSteps, 'Klage')).toContainText(`Klagen er avgjort: Opprettholdt ${norwegian(today)}`);
  for (const name of [
    'Forhåndsvarsel',
    'Uttalelse fra beboeren',
    'Forslag til vedtak',
    'Godkjenning',
    'Vedtaket gjort kjent for beboeren',
    'Klage',
  ]) {
    await expect(step(approvedSteps, name)).toContainText('Fullført');
  }
  await sjekkUU(page);
});
