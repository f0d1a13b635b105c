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

  const CTID = 'c0000000-0000-4000-8000-00000000c0de';
  const OID = '0b1ec700-0000-4000-8000-000000000001';
  const HOME = 'fab00000-0000-4000-8000-000000000001';
  it.each<[string, string, ReturnType<typeof parseAccountTitle>]>([
    [
      'the second-to-last line, shaped "<label>: <name> (<GUID>)"',
      `Alex Wilber\nalex@fabrikam.com\nDirectory: Contoso (${CTID})\nSwitch directory`,
      { id: CTID, name: 'Contoso' },
    ],
    [
      'a localised label with a full-width colon',
      `Alex Wilber\nalex@fabrikam.com\n目录： Contoso (${CTID.toUpperCase()})\n切换目录`,
      { id: CTID, name: 'Contoso' },
    ],
    [
      'a Dutch label; the label never becomes part of the name',
      `Alex Wilber\nE-mail: alex@fabrikam.com\nMap: Contoso Ltd (${CTID})\nOverschakelen`,
      { id: CTID, name: 'Contoso Ltd' },
    ],
    [
      'a domain as the name',
      `Alex Wilber\nalex@fabrikam.com\nDirectory: contoso.onmicrosoft.com (${CTID})\nSwitch`,
      { id: CTID, domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'the second-to-last line over earlier GUIDs (the user object ID, the home tenant)',
      `alex@fabrikam.com (${OID})\nFabrikam (${HOME})\ncontoso.onmicrosoft.com (${CTID})\nSwitch directory`,
      { id: CTID, domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'the second-to-last line of three, as public tools read it',
      `alex@fabrikam.com\nDirectory: Contoso (${CTID})\nSign out`,
      { id: CTID, name: 'Contoso' },
    ],
    [
      'the last line of a title whose second-to-last line holds no GUID (the older shape)',
      `alex@fabrikam.com\nFabrikam\ncontoso.onmicrosoft.com (${CTID.toUpperCase()})`,
      { id: CTID, domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'the last line of a shorter title',
      `alex@fabrikam.com\nContoso (${CTID.toUpperCase()})`,
      { id: CTID, name: 'Contoso' },
    ],
    ['nothing when only another line holds a GUID', `alex@fabrikam.com\nFabrikam (${HOME})\nContoso\nmore text`, null],
    ['nothing when the last line of a short title has no GUID', `Fabrikam (${HOME})\nalex@fabrikam.com`, null],
    [
      'nothing for a GUID that is not at the end in parentheses (the object ID)',
      `Alex Wilber\nObject ID: ${OID}\nalex@fabrikam.com`,
      null,
    ],
    ['nothing for a GUID without parentheses on the second-to-last line', `Alex\nDirectory: ${CTID}\nSwitch`, null],
  ])('reads the account title: %s', (_name, title, expected) => {
    expect(parseAccountTitle(title)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['the header element .fxs-avatarmenu-header', `<div class="fxs-avatarmenu-header" title="TITLE"></div>`],
    ['the account button #fxs-avatarmenu-button', `<button id="fxs-avatarmenu-button" title="TITLE"></button>`],
    [
      'the account button with its full class list',
      `<button class="fxs-dropmenu-button fxs-popup-button fxs-menu-account" title="TITLE"></button>`,
    ],
  ])('reads the account title from %s', (_name, html) => {
    const title = `Alex Wilber&#10;alex@fabrikam.com&#10;Directory: Contoso (${CTID})&#10;Switch directory`;
    const doc = header(`<header class="fxs-topbar">${html.replace('TITLE', title)}</header>`);
    expect(readAzureHeader(doc, 2)).toEqual([
      { source: 'dom-account-title', tenant: { id: CTID, name: 'Contoso' }, observedAt: 2 },
    ]);
  });

  it('prefers the header element over the button when both have a title', () => {
    const doc = header(`<header class="fxs-topbar">
      <button class="fxs-menu-account" title="alex&#10;Fabrikam&#10;Fabrikam (${HOME})"></button>
      <div class="fxs-avatarmenu-header" title="Alex&#10;alex@fabrikam.com&#10;Directory: Contoso (${CTID})&#10;Switch"></div>
    </header>`);
    expect(readAzureHeader(doc, 1).map((signal) => signal.tenant.id)).toEqual([CTID]);
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
