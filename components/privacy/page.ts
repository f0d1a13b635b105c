import { PRIVACY } from '../../lib/store/privacy';
import { currentLanguage } from '../platform/i18n';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The privacy policy in the browser's language: the same text as docs/privacy.md, from
 * lib/store/privacy.ts. Plain DOM and text only (no React, no markup from strings), so the page
 * stays small and shows nothing but our own words.
 */
export function renderPrivacyPage(root: HTMLElement): void {
  const language = currentLanguage();
  const policy = PRIVACY[language];
  document.documentElement.lang = language;
  document.title = policy.title;
  root.replaceChildren();
  root.append(element('h1', policy.title), element('p', policy.updated));
  for (const section of policy.sections) {
    const block = element('section');
    block.append(element('h2', section.heading));
    for (const paragraph of section.paragraphs ?? []) block.append(element('p', paragraph));
    if (section.items?.length) {
      const list = element('ul');
      for (const item of section.items) {
        const entry = element('li');
        if (item.key) entry.append(element('code', item.key), ': ');
        entry.append(item.text);
        list.append(entry);
      }
      block.append(list);
    }
    root.append(block);
  }
}
