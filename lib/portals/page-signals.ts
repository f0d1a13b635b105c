import type { Signal } from '../model/tenant';
import { readAzureHeader, readAzureTheme } from './azure-header';

/** Every tenant signal the page's DOM offers. Portals without a known header give none. */
export function readPageSignals(root: ParentNode, now: number): Signal[] {
  return readAzureHeader(root, now);
}

export function readPortalTheme(root: ParentNode): 'dark' | 'light' | null {
  return readAzureTheme(root);
}
