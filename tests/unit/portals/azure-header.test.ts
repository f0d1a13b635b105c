// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseAccountTitle,
  parseDirectoryLabel,
  readAzureHeader,
  readAzureTheme,
} from '../../../lib/portals/azure-header';
import { MAX_DISPLAY_TEXT } from '../../../lib/text/clean';

function header(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const TOPBAR = (tenant: string, user = 'alex.wilber@fabrikam.com', title = '') => `
  <div class="fxs-portal fxs-mode-dark"><header class="fxs-topbar">
    <button class="fxs-menu-account" title="${title}">
      <div class="fxs-avatarmenu-username">${user}</div><div class="fxs-avatarmenu-tenant">${tenant}</div>
    </button></header></div>`;

describe('the Azure header reader', () => {
  it('reads the directory name, the account title GUID and the user', () => {
    const doc = header(
      TOPBAR(
        'CONTOSO',
        'alex.wilber@fabrikam.com',
        'alex.wilber@fabrikam.com&#10;Fabrikam&#10;contoso.onmicrosoft.com (C0000000-0000-4000-8000-00000000C0DE)',
      ),
    );
    expect(readAzureHeader(doc, 5)).toEqual([
      { source: 'dom-tenant-name', tenant: { name: 'CONTOSO' }, observedAt: 5, detail: 'CONTOSO' },
      {
        source: 'dom-account-title',
        tenant: { id: 'c0000000-0000-4000-8000-00000000c0de', domain: 'contoso.onmicrosoft.com' },
        observedAt: 5,
      },
      { source: 'dom-username', tenant: {}, observedAt: 5, userPrincipalName: 'alex.wilber@fabrikam.com' },
    ]);
  });

  it('splits "Contoso (contoso.onmicrosoft.com)" into name and domain', () => {
    expect(parseDirectoryLabel('Contoso (contoso.onmicrosoft.com)')).toEqual({
      name: 'Contoso',
      domain: 'contoso.onmicrosoft.com',
    });
    expect(parseDirectoryLabel('Contoso (Europe)')).toEqual({ name: 'Contoso (Europe)' });
    expect(parseDirectoryLabel('')).toBeNull();
  });

  it('reads the settings blade current directory as a weaker alternative', () => {
    const doc = header('<div class="fxs-settings-currentdirectoryname">Adatum (adatum.onmicrosoft.com)</div>');
    expect(readAzureHeader(doc, 1)).toEqual([
      { source: 'dom-directory-name', tenant: { name: 'Adatum', domain: 'adatum.onmicrosoft.com' }, observedAt: 1 },
    ]);
  });

  it.each<[string, string, ReturnType<typeof parseAccountTitle>]>([
    [
      'the GUID on line 3, not an earlier one',
      'alex@fabrikam.com (0b1ec700-0000-4000-8000-000000000001)\nFabrikam (fab00000-0000-4000-8000-000000000001)\ncontoso.onmicrosoft.com (c0000000-0000-4000-8000-00000000c0de)',
      { id: 'c0000000-0000-4000-8000-00000000c0de', domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'the last line of a shorter title',
      'alex@fabrikam.com\nContoso (C0000000-0000-4000-8000-00000000C0DE)',
      { id: 'c0000000-0000-4000-8000-00000000c0de' },
    ],
    [
      'nothing when only a line other than line 3 holds a GUID',
      'alex@fabrikam.com\nFabrikam (fab00000-0000-4000-8000-000000000001)\nContoso\nmore text',
      null,
    ],
    [
      'nothing when the last line of a short title has no GUID',
      'Fabrikam (fab00000-0000-4000-8000-000000000001)\nalex@fabrikam.com',
      null,
    ],
  ])('reads the account title: %s', (_name, title, expected) => {
    expect(parseAccountTitle(title)).toEqual(expected);
  });

  it('returns nothing without a header, and ignores a title without a GUID', () => {
    expect(readAzureHeader(header('<main>no header</main>'), 1)).toEqual([]);
    expect(parseAccountTitle('just a user\nno tenant')).toBeNull();
    expect(parseAccountTitle(null)).toBeNull();
  });

  it('cleans hostile text: markup stays text, bidi controls go, long text is capped', () => {
    const hostile = '&lt;img src=x onerror=alert(1)&gt;\u202eevil\u202c 🔥 ' + 'A'.repeat(10_000);
    const [signal] = readAzureHeader(header(TOPBAR(hostile)), 1);
    expect(signal!.tenant.name!.startsWith('<img src=x onerror=alert(1)>evil 🔥')).toBe(true);
    expect(signal!.tenant.name).not.toContain('\u202e');
    expect(signal!.tenant.name!.length).toBeLessThanOrEqual(MAX_DISPLAY_TEXT);
    expect(document.querySelector('img')).toBeNull();
  });

  it('reads the shell theme', () => {
    expect(readAzureTheme(header(TOPBAR('X')))).toBe('dark');
    expect(readAzureTheme(header('<div class="fxs-mode-light"></div>'))).toBe('light');
    expect(readAzureTheme(header('<div></div>'))).toBeNull();
  });
});
