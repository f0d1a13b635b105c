import { displayText } from '../text/clean';

/**
 * A display name reduced to what identifies it: case, spacing, bidi controls and a trailing
 * "(contoso.onmicrosoft.com)" don't count. "CONTOSO " and "Contoso (contoso.onmicrosoft.com)" match.
 */
export function normalizeName(name: string | undefined | null): string {
  return displayText(name)
    .replace(/\s*\([^()]*\)\s*$/, '')
    .toLocaleLowerCase('en')
    .replace(/[\s.,]+/g, ' ')
    .trim();
}

export function normalizeDomain(domain: string | undefined | null): string {
  return (domain ?? '').trim().toLowerCase().replace(/\.$/, '');
}

/** The domain part of an email address, lower case; empty when there is none. */
export function domainOfEmail(email: string | undefined | null): string {
  const at = (email ?? '').trim().lastIndexOf('@');
  return at > 0 ? normalizeDomain((email ?? '').trim().slice(at + 1)) : '';
}

/** True when `domain` is `parent` or a subdomain of it: support.fabrikam.com is on fabrikam.com. */
export function isSameOrSubdomain(domain: string, parent: string): boolean {
  const child = normalizeDomain(domain);
  const base = normalizeDomain(parent);
  return child.length > 0 && base.length > 0 && (child === base || child.endsWith(`.${base}`));
}
