import { createHmac } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, loggInn, sjekkUU, test } from './fixtures';

/*
 * Keycloak's pages in BTA's login theme (keycloak/themes/bta): bokmål, the SPA's look with its font bundled, no
 * language picker, and axe finds nothing. The Keycloak is the one the SPA was built for (VITE_KEYCLOAK_URL).
 */
const KEYCLOAK = process.env.VITE_KEYCLOAK_URL || 'http://localhost:8180';
const REALM = `${KEYCLOAK}/realms/bta`;

/** A page of Keycloak's in bokmål and in the theme: the language, the font, no picker, no English heading. */
async function sjekkBokmalsside(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'no');
  // One language: Keycloak shows no picker, and no raw locale code anywhere
  await expect(page.locator('#login-select-toggle')).toHaveCount(0);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bnb\b|\bSign in\b|\bLog(ging)? ?out\b|\bPassword\b|\bUsername\b/);
  await expect(page.getByText('BTA – bo- og tjenesteavtaler', { exact: true })).toBeVisible();
  // The SPA's font, served by Keycloak from the theme (the fixture aborts anything from another host)
  expect(await page.evaluate(() => document.fonts.ready.then((fonts) => fonts.check('600 16px "BTA Inter"')))).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-family', /^"BTA Inter"/);
  await sjekkUU(page);
}

test('innloggingen er på bokmål, i BTAs drakt og universelt utformet', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL((url) => url.href.startsWith(`${REALM}/protocol/openid-connect/auth`));
  await expect(page).toHaveTitle('Logg inn på BTA – bo- og tjenesteavtaler');
  await sjekkBokmalsside(page, 'Logg inn');
  await expect(page.getByLabel('Brukernavn eller e-postadresse')).toBeVisible();
  await expect(page.getByLabel('Passord', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vis passord' })).toBeVisible();

  // A wrong password: the message in bokmål, and the page still passes axe
  await page.getByLabel('Brukernavn eller e-postadresse').fill('hvk1');
  await page.getByLabel('Passord', { exact: true }).fill('feil-passord');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByText('Feil brukernavn eller passord.')).toBeVisible();
  await sjekkBokmalsside(page, 'Logg inn');

  // By keyboard: Tab from the user name to the password, Enter logs in
  await page.getByLabel('Brukernavn eller e-postadresse').fill('hvk1');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Passord', { exact: true })).toBeFocused();
  await page.keyboard.type('hvk1');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.port === '4173' && !url.hash.includes('code='));
  await expect(page.getByRole('navigation', { name: 'Arbeidsområder' })).toBeVisible();
});

test('utlogging fra BTA ender på innloggingssiden på bokmål', async ({ page }) => {
  await loggInn(page, 'esikt1');
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page).toHaveURL((url) => url.href.startsWith(`${REALM}/protocol/openid-connect/auth`));
  await sjekkBokmalsside(page, 'Logg inn');
});

test('Keycloaks egne sider for utlogging og feil er på bokmål', async ({ page }) => {
  await loggInn(page, 'okonomi1');

  // Logging out at Keycloak without the application (no id_token_hint): Keycloak asks first, then confirms
  await page.goto(`${REALM}/protocol/openid-connect/logout`);
  await sjekkBokmalsside(page, 'Logg ut');
  await expect(page.getByText('Vil du logge ut av BTA?')).toBeVisible();
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await sjekkBokmalsside(page, 'Du er logget ut.');

  // An error page: a login asked for by a client Keycloak does not know
  await page.goto(`${REALM}/protocol/openid-connect/auth?client_id=ukjent&response_type=code&redirect_uri=x`);
  await sjekkBokmalsside(page, 'Noe gikk galt');
  await expect(page.getByText('Tjenesten som ba om innlogging, er ukjent.')).toBeVisible();
});

/** The development Keycloak's admin API (admin/admin, development only): a user who must set up a one-time code. */
async function brukerSomMaSetteOppEngangskode(request: APIRequestContext, username: string) {
  const token = await request.post(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' },
  });
  expect(token.ok(), 'admin token').toBeTruthy();
  const headers = { Authorization: `Bearer ${((await token.json()) as { access_token: string }).access_token}` };
  const created = await request.post(`${KEYCLOAK}/admin/realms/bta/users`, {
    headers,
    data: {
      username,
      enabled: true,
      email: `${username}@bta.example`,
      emailVerified: true,
      firstName: 'Ny',
      lastName: 'Ansatt',
      requiredActions: ['CONFIGURE_TOTP'],
      credentials: [{ type: 'password', value: username, temporary: false }],
    },
  });
  expect(created.status(), 'user created').toBe(201);
  const location = created.headers()['location']!;
  return { remove: () => request.delete(location, { headers }) };
}

/** The current code of a TOTP secret as Keycloak shows it (base32 in groups of four), RFC 6238 with SHA-1. */
function engangskode(secret: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...secret.replace(/\s/g, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[19]! & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

test('engangskoden settes opp og brukes på bokmål, som i produksjon ved første innlogging, og en utløpt side forklares', async ({
  page,
  request,
}) => {
  test.slow(); // two logins and eight pages checked with axe
  const username = `ny-ansatt-${Date.now()}`;
  const user = await brukerSomMaSetteOppEngangskode(request, username);
  try {
    await page.goto('/');
    await page.getByLabel('Brukernavn eller e-postadresse').fill(username);
    await page.getByLabel('Passord', { exact: true }).fill(username);
    const innloggingssteget = await page.locator('#kc-form-login').getAttribute('action');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await sjekkBokmalsside(page, 'Sett opp engangskode');

    // The login step again (as with the browser's Back button): the page has expired, and the user goes on
    await page.goto(innloggingssteget!);
    await sjekkBokmalsside(page, 'Siden er utløpt');
    await page.getByRole('link', { name: 'Fortsett innloggingen' }).click();
    await sjekkBokmalsside(page, 'Sett opp engangskode');
    await expect(page.getByRole('img', { name: 'QR-kode som legger kontoen inn i kodeprogrammet' })).toBeVisible();
    await page.getByRole('link', { name: 'Får du ikke skannet koden?' }).click();
    await sjekkBokmalsside(page, 'Sett opp engangskode');
    const secret = await page.locator('#kc-totp-secret-key').innerText();

    // Sent empty: the field says what is missing
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText('Skriv inn engangskoden.')).toBeVisible();
    await sjekkBokmalsside(page, 'Sett opp engangskode');

    await page.getByLabel('Engangskode').fill(engangskode(secret));
    await page.getByLabel('Navn på enheten').fill('Jobbtelefon');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL((url) => url.port === '4173');

    // The next login asks for the code, with the user name shown in a labelled field
    await page.context().clearCookies();
    await page.goto('/');
    await page.getByLabel('Brukernavn eller e-postadresse').fill(username);
    await page.getByLabel('Passord', { exact: true }).fill(username);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByLabel('Engangskode')).toBeVisible();
    await expect(page.getByLabel('Brukernavn eller e-postadresse')).toHaveValue(username);
    await page.getByLabel('Engangskode').fill('000000');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByText('Feil engangskode.')).toBeVisible();
    await sjekkBokmalsside(page, 'Logg inn');
  } finally {
    await user.remove();
  }
});
