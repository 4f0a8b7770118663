// The SPA's JavaScript budget, checked on the production build (`npm run build`, then `npm run check:budget`).
//
// Reads dist/.vite/manifest.json and fails (exit 1) when
//  - the initial JavaScript — the entry chunk and every chunk it imports statically, transitively (what
//    index.html loads and modulepreloads) — is over the limit in gzip, or
//  - the login landing — what a botiltak or fagleder user loads before seeing the page they land on: the initial
//    JavaScript, what the entry imports dynamically (the app, fetched beside the login) and the Oversikt page's
//    chunk, each with its static imports — is over the limit in gzip, or
//  - any single JavaScript chunk is over the limit in gzip.
// It also shows, without a limit, all the JavaScript of a visit to Oversikt: the landing and what the app loads
// once it has rendered (Designsystemet's web components, see src/App.tsx).
// Sizes are of the built files, gzip at zlib's default level (what `vite preview` and nginx send).
// The limit is 150 kB = 150 * 1024 bytes; a lower one can be given to see the check fail:
//   BUNDLE_BUDGET_KB=100 npm run check:budget     or     node scripts/check-bundle-budget.mjs --limit-kb=100
// and another build can be checked with --dist=DIR (a build with its manifest, e.g. `vite build --manifest --outDir DIR`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// another build's folder may be given: --dist=DIR
const dist = resolve(root, process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist');
const manifestPath = join(dist, '.vite/manifest.json');
/** The page a botiltak or fagleder user lands on after login (see src/features/reporting/startPage.ts). */
const LANDING_PAGE = 'src/features/reporting/pages/OverviewPage.tsx';
/** What the app loads after its first render (src/App.tsx): chunks named in vite.config.ts. */
const AFTER_RENDER_CHUNKS = ['designsystemet-web'];

const limitArg = process.argv.find((arg) => arg.startsWith('--limit-kb='))?.slice('--limit-kb='.length);
const limitKb = Number(limitArg ?? process.env.BUNDLE_BUDGET_KB ?? 150);
if (!Number.isFinite(limitKb) || limitKb <= 0) {
  console.error(`check:budget: the limit must be a positive number of kB, not ${limitArg ?? process.env.BUNDLE_BUDGET_KB}`);
  process.exit(2);
}
const limit = limitKb * 1024;

if (!existsSync(manifestPath)) {
  console.error(`check:budget: ${manifestPath} is missing. Run \`npm run build\` first (vite.config.ts sets build.manifest).`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const sizes = new Map();
/** Raw and gzip size of a built file, in bytes. */
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return sizes.get(file);
}

/** The files of a manifest chunk and of every chunk it imports statically, transitively, in load order. */
function staticClosure(key, files = [], seen = new Set()) {
  if (seen.has(key)) return files;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`check:budget: ${key} is not in the manifest`);
  for (const imported of chunk.imports ?? []) staticClosure(imported, files, seen);
  files.push(chunk.file);
  return files;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const failures = [];

/** Prints one group of files with their sizes and checks its gzip total against the limit. */
function checkGroup(title, files, budgeted = true) {
  const unique = [...new Set(files)];
  let raw = 0;
  let gzip = 0;
  console.log(`\n${title}:`);
  for (const file of unique) {
    const s = size(file);
    raw += s.raw;
    gzip += s.gzip;
    console.log(`  ${file.padEnd(48)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
  }
  const verdict = !budgeted ? '(no limit)' : gzip > limit ? `OVER (limit ${kb(limit)})` : `ok (limit ${kb(limit)})`;
  console.log(`  ${'total'.padEnd(48)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzip  ${verdict}`);
  if (budgeted && gzip > limit) failures.push(`${title}: ${kb(gzip)} gzip (${gzip} bytes) > ${kb(limit)} (${limit} bytes)`);
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length !== 1) {
  console.error(`check:budget: expected one entry in the manifest, found ${entries.length}: ${entries.join(', ')}`);
  process.exit(2);
}
if (!manifest[LANDING_PAGE]) {
  console.error(`check:budget: the landing page ${LANDING_PAGE} is not a chunk in the manifest (renamed? update LANDING_PAGE)`);
  process.exit(2);
}
// Informational only: a build without such a chunk (an older one, or one that loads nothing apart) just says so.
const afterRender = AFTER_RENDER_CHUNKS.flatMap((name) =>
  Object.keys(manifest).filter((key) => manifest[key].name === name && !manifest[key].src),
);

console.log(`check:budget: limit ${limitKb} kB = ${limit} bytes gzip (zlib default level), sizes raw and gzip in kB of 1024 bytes`);
const entry = entries[0];
const initial = staticClosure(entry);
checkGroup(`Initial JavaScript (${entry}: the entry chunk and its static imports)`, initial);
const landing = [
  ...initial,
  ...(manifest[entry].dynamicImports ?? []).flatMap((key) => staticClosure(key)),
  ...staticClosure(LANDING_PAGE),
];
checkGroup(
  `Login landing on Oversikt (the initial JavaScript, the entry's dynamic imports ` +
    `[${(manifest[entry].dynamicImports ?? []).join(', ')}] and ${LANDING_PAGE}, each with its static imports)`,
  landing,
);
if (afterRender.length > 0) {
  checkGroup(
    `All JavaScript of a visit to Oversikt (the landing and, after the first render, ${AFTER_RENDER_CHUNKS.join(', ')})`,
    [...landing, ...afterRender.flatMap((key) => staticClosure(key))],
    false,
  );
} else {
  console.log(`\n(no chunk named ${AFTER_RENDER_CHUNKS.join(', ')}: nothing is loaded apart after the first render)`);
}

const allJs = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
const largest = allJs.map((name) => ({ file: `assets/${name}`, ...size(`assets/${name}`) })).sort((a, b) => b.gzip - a.gzip);
console.log(`\nLargest of the ${allJs.length} JavaScript chunks:`);
for (const chunk of largest.slice(0, 8)) {
  console.log(`  ${chunk.file.padEnd(48)} ${kb(chunk.raw).padStart(10)} ${kb(chunk.gzip).padStart(10)} gzip`);
}
for (const chunk of largest.filter((c) => c.gzip > limit)) {
  failures.push(`chunk ${chunk.file}: ${kb(chunk.gzip)} gzip (${chunk.gzip} bytes) > ${kb(limit)} (${limit} bytes)`);
}

if (failures.length > 0) {
  console.error(`\ncheck:budget: FAILED, over the ${limitKb} kB (${limit} bytes) gzip budget:`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`\ncheck:budget: ok, every group and chunk is within ${limitKb} kB (${limit} bytes) gzip`);
