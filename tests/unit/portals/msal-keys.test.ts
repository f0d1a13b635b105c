import { describe, expect, it } from 'vitest';
import {
  msalSignals,
  parseMsalKey,
  storageKeyNames,
  tenantsFromMsalKeys,
  type KeyNameSource,
} from '../../../lib/portals/msal-keys';

const OID = '11111111-1111-4111-8111-111111111111';
const HOME = 'fab00000-0000-4000-8000-000000000001';
const CONTOSO = 'c0000000-0000-4000-8000-00000000c0de';
const ADATUM = 'ada00000-0000-4000-8000-000000000004';
const CLIENT = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';

const key = (kind: string, realm: string) => `${OID}.${HOME}-login.microsoftonline.com-${kind}-${CLIENT}-${realm}---`;
/** msal-browser 4.19+: `msal.1-` and the same `-`-joined segments, target, claims hash and scheme. */
const key1 = (kind: string, realm: string) =>
  `msal.1-${OID}.${HOME}-login.microsoftonline.com-${kind}-${CLIENT}-${realm}-openid profile-abc123-bearer`;
/** msal-browser 5.7+: `msal.<n>|` and `|` between the segments. */
const keyPipe = (schema: number, kind: string, realm: string) =>
  `msal.${schema}|${OID}.${HOME}|login.microsoftonline.com|${kind}|${CLIENT}|${realm}|https://management.core.windows.net//user_impersonation||bearer`;

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

  it.each<[string, string, ReturnType<typeof parseMsalKey>]>([
    ['the unprefixed 3.x – 4.18 id token', key('idtoken', CONTOSO), { home: HOME, realm: CONTOSO, schema: 0 }],
    ['the unprefixed access token', key('accesstoken', CONTOSO), { home: HOME, realm: CONTOSO, schema: 0 }],
    ['an unprefixed refresh token, with no realm', key('refreshtoken', ''), { home: HOME, schema: 0 }],
    ['msal.1- (4.19+) id token', key1('idtoken', CONTOSO), { home: HOME, realm: CONTOSO, schema: 1 }],
    ['msal.1- access token', key1('accesstoken', ADATUM), { home: HOME, realm: ADATUM, schema: 1 }],
    [
      'msal.1- with a hyphenated environment',
      `msal.1-${OID}.${HOME}-login.windows-ppe.net-idtoken-${CLIENT}-${CONTOSO}---`,
      { home: HOME, realm: CONTOSO, schema: 1 },
    ],
    ['msal.2| (5.7) id token', keyPipe(2, 'idtoken', CONTOSO), { home: HOME, realm: CONTOSO, schema: 2 }],
    ['msal.3| access token', keyPipe(3, 'accesstoken', ADATUM), { home: HOME, realm: ADATUM, schema: 3 }],
    ['msal.2| refresh token', keyPipe(2, 'refreshtoken', ''), { home: HOME, schema: 2 }],
    [
      'upper case, as a key never is but a reader must not care',
      keyPipe(2, 'IdToken', CONTOSO.toUpperCase()),
      { home: HOME, realm: CONTOSO, schema: 2 },
    ],
    ['the unprefixed token index key', `msal.token.keys.${CLIENT}`, null],
    ['the msal.1 token index key', `msal.1.token.keys.${CLIENT}`, null],
    ['the msal.2 account index key', 'msal.2.account.keys', null],
    ['an account key (no credential type)', `msal.1-${OID}.${HOME}-login.microsoftonline.com-${CONTOSO}`, null],
    [
      'msal.2 with dashes instead of pipes',
      `msal.2|${OID}.${HOME}-login.microsoftonline.com-idtoken-${CLIENT}-${CONTOSO}-`,
      null,
    ],
    ['a foreign key that looks half right', `${OID}.${HOME}-idtoken`, null],
    ['an unrelated key', 'SavedDefaultDirectory', null],
  ])('parses a key name: %s', (_name, name, expected) => {
    expect(parseMsalKey(name)).toEqual(expected);
  });

  it('reads every schema at once: old copies beside new ones name one realm and agree', () => {
    const keys = [
      key('idtoken', CONTOSO),
      key1('idtoken', CONTOSO),
      key1('accesstoken', CONTOSO),
      keyPipe(2, 'idtoken', CONTOSO),
      `msal.1.token.keys.${CLIENT}`,
      `msal.2.token.keys.${CLIENT}`,
      'msal.2.account.keys',
    ];
    expect(msalSignals(keys, 9)).toEqual([
      { source: 'msal-realm', tenant: { id: CONTOSO }, observedAt: 9 },
      { source: 'msal-home', tenant: { id: HOME }, observedAt: 9 },
    ]);
  });

  it.each<[string, string[]]>([
    ['msal.1- and msal.2| naming two realms', [key1('idtoken', CONTOSO), keyPipe(2, 'idtoken', ADATUM)]],
    ['an old copy of another realm beside a new key', [key('idtoken', ADATUM), keyPipe(2, 'idtoken', CONTOSO)]],
    ['msal.3| naming two realms', [keyPipe(3, 'idtoken', CONTOSO), keyPipe(3, 'accesstoken', ADATUM)]],
  ])('stays ambiguous when different realms show: %s', (_name, keys) => {
    expect(msalSignals(keys, 1).map((signal) => signal.source)).toEqual(['msal-home']);
  });

  it('gives a signal on a current portal that keeps only new-schema keys', () => {
    // The old reader matched only the unprefixed shape and gave nothing here.
    const keys = [keyPipe(2, 'idtoken', CONTOSO), `msal.2.token.keys.${CLIENT}`];
    expect(msalSignals(keys, 2).map((signal) => [signal.source, signal.tenant.id])).toEqual([
      ['msal-realm', CONTOSO],
      ['msal-home', HOME],
    ]);
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
