import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startReplicaServer } from '../replicas/server.mjs';
import { POLICY_DIR } from '../scripts/browser.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    replicaPort: number;
  }
}

/**
 * Policy files an interrupted run left behind would apply to every later browser on the machine,
 * so they go before any test starts. Only this project's files (pcg-e2e-*.json) are touched.
 */
export function removeStalePolicyFiles(dir: string = POLICY_DIR): string[] {
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter((name) => /^pcg-e2e-.*\.json$/.test(name));
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale;
}

export default async function setup(project: TestProject) {
  removeStalePolicyFiles();
  const server = await startReplicaServer();
  project.provide('replicaPort', server.port);
  return async () => {
    await server.close();
  };
}
