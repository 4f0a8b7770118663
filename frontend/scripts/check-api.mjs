// Fails when src/api/schema.gen.ts is not what openapi-typescript makes from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/api/schema.gen.ts');
const dir = mkdtempSync(join(tmpdir(), 'bta-api-'));
const fresh = join(dir, 'schema.gen.ts');
try {
  execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), [join(root, '../openapi.yaml'), '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(committed)) {
    console.error('check:api: src/api/schema.gen.ts is missing. Run `npm run gen:api`.');
    process.exit(1);
  }
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      'check:api: src/api/schema.gen.ts is out of date with ../openapi.yaml.\n' +
        'Run `npm run gen:api` in frontend/ and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api: src/api/schema.gen.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
