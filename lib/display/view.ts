import type { TenantContext } from '../context/types';
import type { DisplaySettings } from '../settings/schema';
import { tintColor, type TintColor } from './colors';
import { titlePrefix, type TitleLabels } from './tab-title';

/** What the top frame shows at a glance, and the badge's colour; computed by the background. */
export interface DisplayView {
  /** The band, or null when `display.tint` is off. */
  readonly tint: TintColor | null;
  /** The context's colour whether or not the band shows: the toolbar badge uses it. */
  readonly color: string;
  /** True while `display.tabTitle` is on: the top frame keeps the prefix in the tab title. */
  readonly tabTitle: boolean;
  /** The prefix to show; null for an unknown tenant, before setup, or with the title off. */
  readonly titlePrefix: string | null;
  readonly banner: DisplaySettings['banner'];
}

export function displayView(context: TenantContext, display: DisplaySettings, labels: TitleLabels): DisplayView {
  const tint = tintColor(context, display);
  const tabTitle = display.tabTitle === 'on';
  return {
    tint: display.tint === 'on' ? tint : null,
    color: tint.color,
    tabTitle,
    titlePrefix: tabTitle ? titlePrefix(context, labels) : null,
    banner: display.banner,
  };
}
