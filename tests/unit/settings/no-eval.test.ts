import { afterEach, describe, expect, it } from 'vitest';
import { scenarioSettings } from '../../e2e/scenario';

/**
 * The MV3 content security policy forbids string evaluation; zod probes it with `new Function`
 * unless jitless mode is set before its first object schema is built. This file runs in its own
 * module graph, so zod has not probed yet when the trap below is installed.
 */
const realFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = realFunction;
});

describe('settings schemas and the content security policy', () => {
  it('build and parse settings without ever constructing a Function from a string', async () => {
    const constructed: string[] = [];
    globalThis.Function = new Proxy(realFunction, {
      construct(target, args: string[]) {
        constructed.push(args.join(', '));
        return Reflect.construct(target, args) as object;
      },
      apply(target, thisArg, args: string[]) {
        constructed.push(args.join(', '));
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
    const { settingsSchema } = await import('../../../lib/settings/schema');
    const { buildManagedSchema } = await import('../../../lib/settings/managed-schema');
    expect(settingsSchema.parse(scenarioSettings()).partner.name).toBe('Fabrikam Cloud Services');
    expect(settingsSchema.safeParse({ partner: { tenantIds: 'broken' } }).success).toBe(false);
    buildManagedSchema();
    expect(constructed).toEqual([]);
  });
});
