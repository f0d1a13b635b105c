import { describe, expect, it } from 'vitest';
import { msalSignals, storageKeyNames, tenantsFromMsalKeys, type KeyNameSource } from '../../../lib/portals/msal-keys';

const OID = '11111111-1111-4111-8111-111111111111';
const HOME = 'fab00000-0000-4000-8000-000000000001';
const CONTOSO = 'c0000000-0000-4000-8000-00000000c0de';
const ADATUM = 'ada00000-0000-4000-8000-000000000004';
const CLIENT = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';

const key = (kind: string, realm: string) => `${OID}.${HOME}-login.microsoftonline.com-${kind}-${CLIENT}-${realm}---`;

describe('MSAL cache key names', () => {
  it('gives the home tenant and the realm from key names', () => {
    const keys = [key('idtoken', CONTOSO), key('accesstoken', CONTOSO), `msal.token.keys.${CLIENT}`, 'unrelated'];
    expect(tenantsFromMsalKeys(keys)).toEqual({ homeTenantIds: [HOME], realmTenantIds: [CONTOSO] });
    expect(msalSignals(keys, 3)).toEqual([
      { source: 'msal-realm', tenant: { id: CONTOSO }, observedAt: 3 },
      { source: 'msal-home', tenant: { id: HOME }, observedAt: 3 },
    ]);
  });

  it('claims no realm when several are cached at once', () => {
    const keys = [key('idtoken', CONTOSO), key('idtoken', ADATUM)];
    expect(msalSignals(keys, 1).map((signal) => signal.source)).toEqual(['msal-home']);
  });

  it('lists key names without ever reading a value', () => {
    const names = [key('idtoken', CONTOSO), 'other'];
    const storage = new Proxy({} as KeyNameSource, {
      get(_target, property) {
        if (property === 'length') return names.length;
        if (property === 'key') return (index: number) => names[index] ?? null;
        throw new Error(`read ${String(property)}: values are tokens and must never be read`);
      },
    });
    expect(storageKeyNames(storage)).toEqual(names);
  });
});
