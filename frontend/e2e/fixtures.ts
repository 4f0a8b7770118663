import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import AxeBuilder from '@axe-core/playwright';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `test` with every request to a host other than this machine aborted, so a test fails
 * rather than reach out (fonts, icons, analytics: the SPA must load nothing from outside).
 */
export const test = base.extend<{ blockedRequests: string[] }>({
  blockedRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ context }, use) => {
    await context.route(
      (url) => !LOCAL_HOSTS.has(url.hostname),
      (route) => route.abort('blockedbyclient'),
    );
    await use(context);
  },
  page: async ({ page, blockedRequests }, use) => {
    page.on('requestfailed', (request) => {
      if (!LOCAL_HOSTS.has(new URL(request.url()).hostname)) blockedRequests.push(request.url());
    });
    await use(page);
    expect(blockedRequests, 'the SPA tried to load something from outside').toEqual([]);
  },
});

export { expect };

/** Logs in through the real Keycloak login form; the demo users' password is the username. */
export async function loggInn(page: Page, username: string, password = username) {
  await page.goto('/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.port === '4173' && !url.hash.includes('code='));
  await expect(page.getByRole('navigation', { name: 'Arbeidsområder' })).toBeVisible();
  // every role is sent on from / to its start page (økonomi's once its totals have answered): a click before that
  // could be overtaken by the redirect
  await page.waitForURL((url) => url.pathname !== '/');
}

/** Universell utforming: axe with WCAG 2.0/2.1 A and AA rules must find nothing on the page. */
export async function sjekkUU(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Let finite animations and transitions (dialog fade-in, hover colours) end before measuring contrast.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(violations, `axe found WCAG violations on ${page.url()}`).toEqual([]);
  expect(brukernavnI(await page.locator('body').innerText()), `a login name on ${page.url()}`).toEqual([]);
}

/** The demo realm's accounts (keycloak/realm-bta.json): staff are shown by name, never by these (issue 18). */
const DEMO_ACCOUNTS = [
  'hvk1',
  'hvk2',
  'esikt1',
  'bakklandet1',
  'bakklandet-leder',
  'bakklandet-leder2',
  'goa93-leder',
  'goa93-leder2',
  'heidrun1',
  'heidrun-leder',
  'valoya1',
  'valoya-leder',
  'osloveien155-leder',
  'osloveien155-leder2',
  'okonomi1',
  'kontroll1',
  'service-account-bta-integration',
];

/** The demo accounts found in a text as whole words, and "av system" (BTA's jobs are named "BTA (automatisk)"). */
export function brukernavnI(text: string): string[] {
  const found = DEMO_ACCOUNTS.filter((account) => new RegExp(`(^|[^\\p{L}\\p{N}-])${account}($|[^\\p{L}\\p{N}-])`, 'u').test(text));
  return /\bav system\b/.test(text) ? [...found, 'av system'] : found;
}

/** The text of a downloaded file: a PDF's text layer page by page, anything else as UTF-8. */
export async function nedlastetTekst(download: Download): Promise<string> {
  const bytes = await readFile(await download.path());
  if (!download.suggestedFilename().toLowerCase().endsWith('.pdf')) return bytes.toString('utf8');
  const standardFontDataUrl = join(process.cwd(), 'node_modules', 'pdfjs-dist', 'standard_fonts') + sep;
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

/** A download names no demo account (issue 18: PDFs and exports name staff). Returns the text for more checks. */
export async function sjekkNedlasting(download: Download): Promise<string> {
  const text = await nedlastetTekst(download);
  expect(text.trim().length, `${download.suggestedFilename()} has text`).toBeGreaterThan(0);
  expect(brukernavnI(text), `a login name in ${download.suggestedFilename()}`).toEqual([]);
  return text;
}

/** The links in the main menu, in order. */
export async function menylenker(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Arbeidsområder' });
  return (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
}

/** A report form whose picker offers "Hele kommunen" first and chosen, then every facility in the register. */
export async function sjekkHeleKommunenValgt(form: Locator) {
  const picker = form.getByLabel('Botiltak');
  await expect(picker).toHaveValue('alle');
  await expect(picker.locator('option').first()).toHaveText('Hele kommunen');
  await expect(picker.locator('option[value="bakklandet"]')).toHaveCount(1);
  expect(await picker.locator('option').count()).toBeGreaterThan(2);
}
