import type { TenantContext } from '../context/types';
import { cleanText } from '../text/clean';

/** Longest name the tab title carries; the rest of the title is the portal's. */
const MAX_TITLE_NAME = 40;

export interface TitleLabels {
  /** "Own tenant", localised. */
  readonly own: string;
  /** "Unlisted", localised. */
  readonly unlisted: string;
}

function shortName(raw: string | undefined): string {
  const name = cleanText(raw, 1000).replace(/[[\]]/g, '');
  return name.length > MAX_TITLE_NAME ? `${name.slice(0, MAX_TITLE_NAME - 1)}…` : name;
}

/**
 * The tab title's prefix for a context: `[<customer>] `, `[Own tenant] `,
 * `[Unlisted: <name or domain>] `, and nothing (null) for an unknown tenant or before setup.
 */
export function titlePrefix(context: TenantContext, labels: TitleLabels): string | null {
  if (context.setupNeeded) return null;
  switch (context.kind) {
    case 'customer': {
      const name = shortName(context.customer?.name ?? context.tenant?.name ?? context.tenant?.domain);
      return name ? `[${name}] ` : null;
    }
    case 'own':
      return `[${shortName(labels.own)}] `;
    case 'unlisted': {
      const name = shortName(context.tenant?.name ?? context.tenant?.domain ?? context.tenant?.id);
      return name ? `[${shortName(labels.unlisted)}: ${name}] ` : `[${shortName(labels.unlisted)}] `;
    }
    default:
      return null;
  }
}

/** The portal's own title: the title without any prefix we put there, however often it was added. */
export function portalTitle(title: string, applied: Iterable<string>): string {
  const prefixes = [...applied].filter((prefix) => prefix.length > 0);
  let rest = title;
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of prefixes) {
      if (rest.startsWith(prefix)) {
        rest = rest.slice(prefix.length);
        changed = true;
      }
    }
  }
  return rest;
}

/**
 * The title to show: the portal's own title, with the current prefix once. `applied` holds every
 * prefix we have put in this document, so a context change replaces the old one instead of
 * stacking, and a portal that builds its title from ours never doubles it.
 */
export function composeTitle(current: string, prefix: string | null, applied: Iterable<string>): string {
  const base = portalTitle(current, applied);
  return prefix ? `${prefix}${base}` : base;
}
