// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistView } from '../../../components/popup/ChecklistView';
import type { Checklist, ChecklistItem } from '../../../lib/rules/checklist';
import { RULES } from '../../../lib/rules/registry';
import type { LinkTarget } from '../../../lib/rules/types';

afterEach(cleanup);

const REASON_ARGS: Partial<Record<string, string[]>> = {
  'reseller-cannot-file-azure': ['Tailspin Distribution', 'csp@tailspin.example'],
  'marketplace-product': ['Contoso Firewall (Marketplace, published by Contoso Security)'],
};

function checklistWith(item: ChecklistItem): Checklist {
  return { items: [item], ready: false, failing: 1, unconfirmed: 0, followUp: { key: 'rules_follow_up_azure' } };
}

describe("the popup checklist's link fixes", () => {
  const linkRules = RULES.filter((rule) => rule.fix?.kind === 'link');

  it.each(linkRules.map((rule) => [rule.id, rule] as const))('%s opens its target', async (_id, rule) => {
    const onOpen = vi.fn();
    render(
      <ChecklistView
        checklist={checklistWith({
          id: 'context-known',
          kind: 'auto',
          status: 'fail',
          label: { key: 'rules_check_context_known' },
          reason: { key: `rules_${rule.id.replace(/-/g, '_')}`, args: REASON_ARGS[rule.id] ?? [] },
          fix: rule.fix!,
          source: rule.source,
        })}
        onConfirm={vi.fn()}
        onFix={vi.fn()}
        onOpen={onOpen}
      />,
    );
    const target = (rule.fix as { target: LinkTarget }).target;
    const button = screen.getByRole('button');
    expect(button.textContent).not.toMatch(/^overlay_link_/);
    await userEvent.click(button);
    expect(onOpen).toHaveBeenCalledTimes(1);
    const url = onOpen.mock.calls[0]![0] as string;
    if (target === 'options-customers') expect(url).toMatch(/options\.html#customers-heading$/);
    else if (target === 'indirect-provider-contact') expect(url).toBe('mailto:csp@tailspin.example');
    else expect(url).toMatch(/^https:\/\//);
  });
});
