import type { PageInfo } from './types';
import { hostMatches } from './detect-host';

/** Placeholder registry until the per-portal modules land. */
const HOSTS: Record<string, string[]> = {};

export function detectPage(url: URL): PageInfo | null {
  void HOSTS;
  void hostMatches;
  if (url.hostname === 'portal.azure.com') return { portal: 'azure', page: 'other' };
  if (url.hostname.endsWith('.reactblade.portal.azure.net')) return { portal: 'azure-frame', page: 'other' };
  return null;
}
