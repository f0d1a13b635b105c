import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../lib/settings/resolve';

const EXTENSION_ID = 'jpjfbjadngbmdbaogppmkenfmebgocdd';
const read = (path: string) => readFileSync(new URL(`../../../docs/deploy/${path}`, import.meta.url), 'utf8');

/** The policy in a Windows .reg file: one JSON string per top-level key. */
function policyOfRegFile(text: string): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  for (const match of text.matchAll(/^"(\w+)"="(.*)"\r?$/gm)) {
    policy[match[1]!] = JSON.parse(match[2]!.replace(/\\"/g, '"').replace(/\\\\/g, '\\'));
  }
  return policy;
}

describe('the deployment templates are valid policy', () => {
  const example = JSON.parse(read('policy.example.json'));

  it.each([
    ['policy.example.json', example],
    ['intune-edge-3rdparty.json', JSON.parse(read('intune-edge-3rdparty.json'))['3rdparty'].extensions[EXTENSION_ID]],
    ['linux-chromium-policy.json', JSON.parse(read('linux-chromium-policy.json'))['3rdparty'].extensions[EXTENSION_ID]],
    ['windows-chrome.reg', policyOfRegFile(read('windows-chrome.reg'))],
    ['windows-edge.reg', policyOfRegFile(read('windows-edge.reg'))],
  ])('%s applies without a single problem', (_file, policy) => {
    const resolved = resolveSettings({ local: undefined, managed: policy });
    expect(resolved.problems).toEqual([]);
    expect(resolved.locks.length).toBeGreaterThan(3);
  });

  it('the .reg files say what the example says', () => {
    expect(policyOfRegFile(read('windows-edge.reg'))).toEqual(example);
    expect(policyOfRegFile(read('windows-chrome.reg'))).toEqual(example);
  });

  it('the ADMX and ADML carry the display policy for Chrome and Edge, and its example is valid', () => {
    const admx = read('admx/PartnerContextGuard.admx');
    const adml = read('admx/en-US/PartnerContextGuard.adml');
    for (const browser of ['Chrome', 'Edge']) {
      expect(admx).toContain(`<text id="${browser}_display_json" valueName="display"`);
      expect(adml).toContain(`<string id="${browser}_display">`);
      expect(adml).toContain(`<presentation id="${browser}_display">`);
      const sample = /e\.g\. (\{.*?\}\})\./.exec(adml.split(`<string id="${browser}_display_Explain">`)[1]!)?.[1];
      expect(resolveSettings({ local: undefined, managed: { display: JSON.parse(sample!) } }).problems).toEqual([]);
    }
    expect(example.display).toBeDefined();
  });

  it('the ADMX prefill choices are valid prefill objects', () => {
    const values = [...read('admx/PartnerContextGuard.admx').matchAll(/<string>(\{[^<]+\})<\/string>/g)].map((m) =>
      JSON.parse(m[1]!),
    );
    expect(values.length).toBe(6);
    for (const prefill of values)
      expect(resolveSettings({ local: undefined, managed: { prefill } }).problems).toEqual([]);
  });
});
