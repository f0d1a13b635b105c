// npm run store-listing: writes the documents generated from code (the store listings in
// docs/store/ and the privacy policy in docs/), formatted as prettier formats the repository.
// tests/unit/docs/store.test.ts fails when a committed file differs from what this writes.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** lib/ is TypeScript; esbuild bundles the generator so plain node can run it. */
async function loadGenerator() {
  const result = await build({
    entryPoints: [join(ROOT, 'lib/store/generated-docs.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { generatedDocs } = await loadGenerator();
for (const doc of generatedDocs()) {
  const file = join(ROOT, doc.path);
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await prettier.format(doc.contents, options));
  console.log(`wrote ${doc.path}`);
}
