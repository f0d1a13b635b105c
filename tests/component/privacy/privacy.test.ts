// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPrivacyPage } from '../../../components/privacy/page';
import { PRIVACY } from '../../../lib/store/privacy';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function rendered(uiLanguage: string): HTMLElement {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(uiLanguage);
  const root = document.createElement('main');
  document.body.append(root);
  renderPrivacyPage(root);
  return root;
}

describe('the privacy page', () => {
  it.each([
    ['en-US', 'en'],
    ['nl-NL', 'nl'],
  ] as const)('shows every section of the policy in the browser language (%s)', (uiLanguage, language) => {
    const root = rendered(uiLanguage);
    const policy = PRIVACY[language];
    expect(root.querySelector('h1')!.textContent).toBe(policy.title);
    expect([...root.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(
      policy.sections.map((section) => section.heading),
    );
    expect(document.documentElement.lang).toBe(language);
    // Every stored key is named on the page, as text.
    const keys = policy.sections.flatMap((section) => section.items ?? []).flatMap((item) => item.key ?? []);
    expect([...root.querySelectorAll('code')].map((code) => code.textContent)).toEqual(keys);
  });
});
