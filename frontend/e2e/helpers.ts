import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { components } from '../src/api/schema.gen';

/* Shared by the e2e specs: synthetic national ids, tokens for API set-up, and small page helpers. */

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const k = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11);
  return k === 11 ? 0 : k === 10 ? null : k;
}

/** A synthetic fødselsnummer (month + 80) for a random birth date, so that the person is 21-23 today. */
export function syntheticNationalId(): { number: string; birthYear: number } {
  const now = new Date();
  const birthYear = now.getFullYear() - 22 - Math.floor(Math.random() * 2); // 21-23 years old
  const day = 1 + Math.floor(Math.random() * 28);
  const month = 1 + Math.floor(Math.random() * 12);
  const yy = birthYear % 100;
  const start = Math.floor(Math.random() * 500);
  for (let n = 0; n < 500; n++) {
    // Born 2000-2039: individual numbers 500-999 give the 2000s.
    const individual = birthYear >= 2000 ? 500 + ((start + n) % 500) : (start + n) % 500;
    const first9 = `${String(day).padStart(2, '0')}${String(month + 80)}${String(yy).padStart(2, '0')}${String(individual).padStart(3, '0')}`;
    const digits = [...first9].map(Number);
    const k1 = checkDigit(digits, W1);
    if (k1 === null) continue;
    const k2 = checkDigit([...digits, k1], W2);
    if (k2 === null) continue;
    return { number: `${first9}${k1}${k2}`, birthYear };
  }
  throw new Error('found no valid individual number');
}

export async function loggUt(page: Page) {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.locator('#username')).toBeVisible();
}

const KEYCLOAK_TOKEN_URL = 'http://localhost:8180/realms/bta/protocol/openid-connect/token';
const API = 'http://localhost:8080';

/** An access token for a demo user (password = username) from Keycloak's password grant (client bta-cli). */
export async function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(KEYCLOAK_TOKEN_URL, {
    form: { grant_type: 'password', client_id: 'bta-cli', client_secret: 'bta-cli-dev-secret', username, password: username },
  });
  expect(response.ok(), `token for ${username}`).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

type Schemas = components['schemas'];

/** Calls the API as a demo user and returns the JSON body; fails the test on an error status. */
export async function apiAs<T>(
  request: APIRequestContext,
  username: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const token = await tokenFor(request, username);
  const response = await request.fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    data: body,
  });
  expect(response.ok(), `${method} ${path} as ${username}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** Year, month and day of `date` in Oslo, two digits each (four for the year). */
export const osloParts = (date: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );

const today = () => {
  const p = osloParts(new Date());
  return `${p.year}-${p.month}-${p.day}`;
};

/** `ÅÅÅÅ-MM` for `offset` months from this one in Oslo (-1 last month, 1 next month). */
export function osloMonth(offset: number): string {
  const p = osloParts(new Date());
  const index = Number(p.year) * 12 + Number(p.month) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Today in Oslo as the forms want it: dd.mm.åååå. */
export function todayNorwegian(): string {
  const p = osloParts(new Date());
  return `${p.day}.${p.month}.${p.year}`;
}

/** Opens a view of the Egenbetaling page from its sub-navigation and waits for its heading. */
export async function egenbetalingVisning(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Egenbetaling' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/**
 * Through the API: HVK registers a synthetic person and an application, ESIKT prioritises it and
 * allocates the first vacant Bakklandet unit, HVK informs, records the orientation meeting and the
 * decision. Returns the decided application.
 */
export async function decidedIntakeAtBakklandet(request: APIRequestContext, name: { given: string; family: string }) {
  const { number } = syntheticNationalId();
  const person = await apiAs<Schemas['Person']>(request, 'hvk1', 'POST', '/api/persons', {
    nationalId: number,
    givenName: name.given,
    familyName: name.family,
  });
  const intake = await apiAs<Schemas['Intake']>(request, 'hvk1', 'POST', '/api/intakes', {
    personId: person.id,
    assessment: 'Ung voksen som trenger tett oppfølging og et rusfritt bomiljø.',
    facilityWishes: ['bakklandet'],
  });
  const path = `/api/intakes/${intake.id}`;
  await apiAs(request, 'esikt1', 'POST', `${path}/priority`, { priority: 1, reason: 'Akutt behov.' });
  const vacancies = await apiAs<Schemas['VacancyPage']>(
    request,
    'esikt1',
    'GET',
    `/api/vacancies?facility=bakklandet&from=${today()}&page=0&size=50`,
  );
  const unit = vacancies.items[0];
  expect(unit, 'a vacant unit at Bakklandet').toBeTruthy();
  await apiAs(request, 'esikt1', 'POST', `${path}/allocation`, {
    unitId: unit!.unitId,
    fromDate: today(),
    coordinator: 'Lars Leder',
  });
  await apiAs(request, 'hvk1', 'POST', `${path}/applicant-informed`, { informedOn: today() });
  await apiAs(request, 'hvk1', 'POST', `${path}/orientation-meeting`, {
    heldOn: today(),
    participants: ['APPLICANT', 'HVK', 'FACILITY'],
    applicantAnswer: 'ACCEPTED',
  });
  return apiAs<Schemas['Intake']>(request, 'hvk1', 'POST', `${path}/service-decision`, {
    decisionDate: today(),
    scope: 'Praktisk bistand og opplæring i dagliglivets gjøremål.',
    legalBasis: ['PBRL_2_1A_2', 'HOL_3_1', 'HOL_3_2_1_6B'],
  });
}
