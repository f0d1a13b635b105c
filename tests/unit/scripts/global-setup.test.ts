import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStalePolicyFiles } from '../../e2e/global-setup';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('e2e global setup', () => {
  it('removes policy files an interrupted run left behind, and nothing else', () => {
    dir = mkdtempSync(join(tmpdir(), 'pcg-policies-'));
    for (const name of ['pcg-e2e-123.json', 'pcg-e2e-policy.json', 'corporate.json', 'pcg-e2e-notes.txt']) {
      writeFileSync(join(dir, name), '{}');
    }
    expect(removeStalePolicyFiles(dir).sort()).toEqual(['pcg-e2e-123.json', 'pcg-e2e-policy.json']);
    expect(readdirSync(dir).sort()).toEqual(['corporate.json', 'pcg-e2e-notes.txt']);
  });

  it('does nothing when the policy folder does not exist', () => {
    expect(removeStalePolicyFiles(join(tmpdir(), 'pcg-no-such-folder'))).toEqual([]);
  });
});
