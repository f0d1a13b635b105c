import type { TestProject } from 'vitest/node';
import { startReplicaServer } from '../replicas/server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    replicaPort: number;
  }
}

export default async function setup(project: TestProject) {
  const server = await startReplicaServer();
  project.provide('replicaPort', server.port);
  return async () => {
    await server.close();
  };
}
