import { test as base, expect, type Locator, type Page } from '@playwright/test';
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
