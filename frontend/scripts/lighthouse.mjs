// Lighthouse (desktop preset) on the production build, logged in, on the Oversikt page (the landing of botiltak
// and fagleder after login). Lighthouse is not a dependency of the project: install it in a folder of its own and
// name that folder in LIGHTHOUSE_DIR (Lighthouse 13 wants Node 22; 12.2.3 runs on Node 20):
//
//   mkdir -p /tmp/lh && (cd /tmp/lh && npm init -y && npm i -E lighthouse@12.2.3)
//   # the stack: Keycloak on 8180, the backend with demo data on 8080, the build served by `vite preview` on 4173
//   npm run build && npm run preview &
//   LIGHTHOUSE_DIR=/tmp/lh node scripts/lighthouse.mjs [--user=bakklandet1] [--path=/oversikt] [--runs=5]
//
// It starts Chromium (CHROME_PATH, default /usr/bin/chromium) with a remote-debugging port, logs in through the
// real Keycloak login form with Playwright in the browser's default context, then runs Lighthouse on the same
// browser (same cookies, so the Keycloak session lets the SPA log in without the form; storage reset is off
// for the same reason — Lighthouse would otherwise delete the Keycloak cookies of localhost). It prints the
// scores and FCP, LCP, TBT, CLS and Speed Index of each run, the audits that did not pass, and writes the last
// report as JSON (LIGHTHOUSE_REPORT, default /tmp/bta-lighthouse.json). Lighthouse's figures vary from run to run
// (more so on a busy machine: the load average is printed), so it runs several times and judges the median run
// (by performance): exits 1 when its performance is below 95 or its accessibility below 100.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const base = process.env.BTA_BASE_URL ?? 'http://localhost:4173';
const user = arg('user', 'bakklandet1');
const path = arg('path', '/oversikt');
const runs = Number(arg('runs', '5'));
const port = Number(process.env.CHROME_DEBUG_PORT ?? 9223);
const reportPath = process.env.LIGHTHOUSE_REPORT ?? '/tmp/bta-lighthouse.json';
const TARGETS = { performance: 95, accessibility: 100 };

if (!process.env.LIGHTHOUSE_DIR) {
  console.error('lighthouse: set LIGHTHOUSE_DIR to a folder with lighthouse@12.2.3 installed (see the top of this file)');
  process.exit(2);
}
const lh = await import(pathToFileURL(join(process.env.LIGHTHOUSE_DIR, 'node_modules/lighthouse/core/index.js')).href);
const lighthouse = lh.default;

for (const [what, url] of [
  ['the preview (npm run build && npm run preview)', base],
  ['the backend', `${base}/q/health/ready`],
]) {
  const ok = await fetch(url).then(
    (r) => r.ok,
    () => false,
  );
  if (!ok) {
    console.error(`lighthouse: ${what} does not answer at ${url}`);
    process.exit(2);
  }
}

const profile = mkdtempSync(join(tmpdir(), 'bta-lh-chrome-'));
// A persistent context is the browser's default context: the tab Lighthouse opens shares its cookies.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  locale: 'nb-NO',
  timezoneId: 'Europe/Oslo',
  args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const results = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}${path}`);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(base) && url.pathname === path && !url.hash.includes('code='));
  await page.getByRole('heading', { level: 1 }).waitFor();
  console.log(`lighthouse: logged in as ${user}, ${page.url()} shows "${await page.getByRole('heading', { level: 1 }).textContent()}"`);

  const ms = (audit) => `${Math.round(audit.numericValue)} ms`;
  for (let run = 1; run <= runs; run++) {
    const load = loadavg()[0].toFixed(1);
    const result = await lighthouse(
      `${base}${path}`,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], disableStorageReset: true },
      lh.desktopConfig,
    );
    const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const performance = Math.round(categories.performance.score * 100);
    const accessibility = Math.round(categories.accessibility.score * 100);
    const line =
      `${finalDisplayedUrl} performance ${performance}, accessibility ${accessibility}; ` +
      `FCP ${ms(audits['first-contentful-paint'])}, LCP ${ms(audits['largest-contentful-paint'])}, ` +
      `TBT ${ms(audits['total-blocking-time'])}, CLS ${audits['cumulative-layout-shift'].numericValue.toFixed(3)}, ` +
      `Speed Index ${ms(audits['speed-index'])}`;
    console.log(`run ${run} (load average ${load}): ${line}`);
    results.push({ performance, accessibility, line });
    for (const [name, category] of Object.entries(categories)) {
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`  ${name}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''} — ${audit.title}`);
        }
      }
    }
    writeFileSync(reportPath, result.report);
  }
  console.log(`lighthouse: the last report is in ${reportPath}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
const median = [...results].sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)];
console.log(`median of ${results.length} runs: ${median.line}`);
if (median.performance < TARGETS.performance || median.accessibility < TARGETS.accessibility) {
  console.error(`lighthouse: below target (performance ${TARGETS.performance}, accessibility ${TARGETS.accessibility})`);
  process.exit(1);
}
