import type { FillAction } from '../../lib/model/form';
import type { Finding } from '../../lib/rules/types';
import { underscored } from '../../lib/i18n/keys';
import { t, tr } from '../platform/i18n';

/** A finding's title and its guidance body, in the UI language. */
export function findingTexts(finding: Finding): { title: string; body: string } {
  return { title: t(`${finding.message.key}_title`, finding.message.args ?? []), body: tr(finding.message) };
}

export function fixLabel(action: FillAction | 'undo'): string {
  return t(`overlay_action_${underscored(action)}`);
}
