// Validates every document of rendered Kubernetes manifests (multi-document YAML files named on the command line).
//
//   core kinds            kubernetes-models (the API's OpenAPI schemas), e.g. apps/v1 Deployment
//   CloudNativePG         @kubernetes-models/cloudnative-pg (generated from CloudNativePG's Go API types)
//   Prometheus Operator   @kubernetes-models/prometheus-operator (generated from its CRDs)
//   Keycloak Operator     schemas/k8s.keycloak.org-v2alpha1.json, a strict hand-written subset (the operator's
//                         CRDs are on neither npm nor Maven Central); the realm of a KeycloakRealmImport must equal
//                         keycloak/realm-bta-prod.json (with the placeholder host names the generator keeps)
//
// Strict: the generated validators of kubernetes-models check types and enums but let unknown fields through, so
// each document is validated through a Proxy that records which fields the schema asked for; a field of an object
// that the schema never looked at is reported as unknown. Objects whose schema looks at no field at all (free-form
// objects) are left alone. A document of a kind with no schema is an error, never skipped.
//
// Prints one line per document and at the end "N passed, M failed"; exits 1 when any document failed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import { createReport } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');

/** apiVersion → the module whose classes validate it */
const MODULES = {
  v1: 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'policy/v1': 'kubernetes-models/policy/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
  'batch/v1': 'kubernetes-models/batch/v1',
  'rbac.authorization.k8s.io/v1': 'kubernetes-models/rbac.authorization.k8s.io/v1',
  'postgresql.cnpg.io/v1': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1',
  'monitoring.coreos.com/v1': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1',
};

const keycloakSchema = JSON.parse(readFileSync(join(here, 'schemas', 'k8s.keycloak.org-v2alpha1.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(keycloakSchema, 'keycloak');
const KEYCLOAK = {
  Keycloak: ajv.getSchema('keycloak#/definitions/Keycloak'),
  KeycloakRealmImport: ajv.getSchema('keycloak#/definitions/KeycloakRealmImport'),
};
const productionRealm = JSON.parse(readFileSync(join(repo, 'keycloak', 'realm-bta-prod.json'), 'utf8'));

/** Runs a kubernetes-models validate function over `data`, and returns the paths of fields the schema never read. */
function validateStrict(Model, data) {
  const reads = new Map(); // target object → Set of keys read
  const iterated = new Set(); // objects whose keys the schema enumerated (maps)
  const proxies = new WeakMap();
  const wrap = (value) => {
    if (value === null || typeof value !== 'object') return value;
    if (proxies.has(value)) return proxies.get(value);
    reads.set(value, new Set());
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === 'string') reads.get(target).add(key);
        return wrap(Reflect.get(target, key, receiver));
      },
      ownKeys(target) {
        iterated.add(target);
        return Reflect.ownKeys(target);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  let error = null;
  try {
    Model.prototype.validate.call(wrap(data));
  } catch (e) {
    error = e;
  }
  const unknown = [];
  const walk = (value, path) => {
    if (value === null || typeof value !== 'object') return;
    const read = reads.get(value);
    if (!read) return; // never reached by the schema (inside an unknown field, reported above it)
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}/${i}`));
      return;
    }
    const keys = Object.keys(value);
    const freeForm = !iterated.has(value) && ![...read].some((k) => k !== 'constructor' && k !== 'toJSON');
    if (freeForm) {
      if (process.env.CHECK_SHOW_FREE_FORM) console.log(`       (free-form, not checked inside: ${path || '/'})`);
      return;
    }
    for (const key of keys) {
      if (iterated.has(value) || read.has(key)) walk(value[key], `${path}/${key}`);
      else unknown.push(`${path}/${key}`);
    }
  };
  walk(data, '');
  return { error, unknown };
}

/** BTA's own rules for the rendered manifests (beyond the schemas). */
const BACKEND_PATHS = ['/api', '/q/openapi', '/q/swagger-ui'];
/** The JVM options of the backend image (backend/Dockerfile's ENV JAVA_TOOL_OPTIONS): the Deployment must run the
 *  backend with the same (the benchmark measures those), plus only -Djava.io.tmpdir. */
const IMAGE_JVM = (() => {
  const m = readFileSync(join(repo, 'backend', 'Dockerfile'), 'utf8').match(/JAVA_TOOL_OPTIONS="([^"]+)"/);
  if (!m) throw new Error('backend/Dockerfile sets no JAVA_TOOL_OPTIONS');
  return m[1].split(/\s+/).join(' ');
})();
function policy(doc) {
  const problems = [];
  if (doc.kind === 'Ingress') {
    for (const rule of doc.spec?.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        if (p.backend?.service?.name === 'bta-backend' && !BACKEND_PATHS.includes(p.path)) {
          problems.push(`routes ${p.path} of bta-backend to the outside (only ${BACKEND_PATHS.join(', ')})`);
        }
      }
    }
  }
  if (doc.kind === 'Deployment') {
    const pod = doc.spec?.template?.spec ?? {};
    if (pod.securityContext?.runAsNonRoot !== true) problems.push('pod securityContext.runAsNonRoot is not true');
    if (pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault') problems.push('pod seccompProfile is not RuntimeDefault');
    for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      const sc = c.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) problems.push(`container ${c.name}: readOnlyRootFilesystem is not true`);
      if (sc.allowPrivilegeEscalation !== false) problems.push(`container ${c.name}: allowPrivilegeEscalation is not false`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`container ${c.name}: capabilities do not drop ALL`);
      if (!c.resources?.limits?.memory) problems.push(`container ${c.name}: no memory limit`);
      const jvm = (c.env ?? []).find((e) => e.name === 'JAVA_TOOL_OPTIONS');
      if (jvm) {
        const own = String(jvm.value ?? '').split(/\s+/).filter((o) => o && !o.startsWith('-Djava.io.tmpdir=')).join(' ');
        if (own !== IMAGE_JVM) {
          problems.push(`container ${c.name}: JAVA_TOOL_OPTIONS "${own}" differ from the image's "${IMAGE_JVM}"`);
        }
      }
    }
  }
  return problems;
}

async function check(doc) {
  const { apiVersion, kind } = doc ?? {};
  const name = doc?.metadata?.name ?? '(no name)';
  const label = `${apiVersion}/${kind} ${name}`;
  const problems = [];
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return { label, problems: ['a document without apiVersion and kind'] };
  }
  if (apiVersion === 'k8s.keycloak.org/v2alpha1') {
    const validate = KEYCLOAK[kind];
    if (!validate) return { label, problems: [`no schema for ${apiVersion} ${kind}`] };
    if (!validate(doc)) {
      for (const e of validate.errors) {
        const extra = e.keyword === 'additionalProperties' ? ` (unknown field ${e.params.additionalProperty})` : '';
        problems.push(`${e.instancePath || '/'} ${e.message}${extra}`);
      }
    }
    if (kind === 'KeycloakRealmImport' && doc.spec?.realm && !isDeepStrictEqual(doc.spec.realm, productionRealm)) {
      problems.push('spec.realm differs from keycloak/realm-bta-prod.json: run deploy/kubernetes/bin/realm-import');
    }
    return { label, problems };
  }
  const module = MODULES[apiVersion];
  if (!module) return { label, problems: [`no schema for apiVersion ${apiVersion}`] };
  const Model = (await import(module))[kind];
  if (typeof Model !== 'function' || Model.kind !== kind) {
    return { label, problems: [`no schema for ${apiVersion} ${kind}`] };
  }
  const { error, unknown } = validateStrict(Model, doc);
  if (error) problems.push(...String(error.message).split(/, (?=data)/));
  for (const path of unknown) problems.push(`${path} is not a field of ${kind} (unknown field)`);
  problems.push(...policy(doc));
  return { label, problems };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE.yaml...');
  process.exit(2);
}
const report = createReport();
for (const file of files) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  for (const parsed of docs) {
    if (parsed.errors.length) {
      report.add(`${file}: YAML`, parsed.errors.map((e) => e.message));
      continue;
    }
    const doc = parsed.toJS();
    if (doc === null) continue; // an empty document between separators
    const { label, problems } = await check(doc);
    report.add(`${file}: ${label}`, problems);
  }
}
report.finish();
