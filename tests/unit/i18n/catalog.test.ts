import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContextKind } from '../../../lib/context/types';
import { type FillOutcome } from '../../../lib/forms/types';
import { FIELD_IDS } from '../../../lib/model/form';
import { CATALOG } from '../../../lib/i18n/catalog';
import { underscored } from '../../../lib/i18n/keys';
import { chromeMessagesFor, toChromeMessage } from '../../../lib/i18n/locale-files';
import { languageFor, translate } from '../../../lib/i18n/translate';
import { linkLabelKey, resolveFixLink } from '../../../lib/overlay/fix-links';
import type { PortalId } from '../../../lib/portals/types';
import { MANUAL_CHECK_IDS, type AutoCheckId, type ChecklistStatus } from '../../../lib/rules/checklist';
import { messageKeyOf } from '../../../lib/rules/define';
import { RULES } from '../../../lib/rules/registry';
import type { FillAction } from '../../../lib/model/form';
import type { Facts, LinkTarget } from '../../../lib/rules/types';
import { DIRECT_SUBSCRIPTIONS, GDAP_STATUSES, PREFILL_MODES, PROGRAM_ROLES } from '../../../lib/settings/schema';
import { situation } from '../rules/facts-builder';

const ROOT = resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The members of a union type; `satisfies` fails to compile when the union gains one. */
function members<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

const LINK_TARGETS = members<LinkTarget>({
  'partner-center-customers': true,
  'partner-center-admin-relationships': true,
  'partner-center-service-requests': true,
  'indirect-provider-contact': true,
  'marketplace-publisher-help': true,
  'options-customers': true,
});
const FILL_ACTIONS = members<FillAction>({ 'fill-contact': true, 'select-csp-plan': true, 'select-own-plan': true });
const CONTEXT_KINDS = members<ContextKind>({ own: true, customer: true, unlisted: true, unknown: true });
const CHECK_STATUSES = members<ChecklistStatus>({ pass: true, fail: true, unknown: true, manual: true });
const AUTO_CHECKS = members<AutoCheckId>({
  'context-known': true,
  'right-tenant': true,
  'allowed-to-file': true,
  'gdap-active': true,
  'support-plan': true,
  'contact-details': true,
  'not-marketplace': true,
});
const PORTALS = members<PortalId>({
  azure: true,
  'azure-gov': true,
  'azure-frame': true,
  entra: true,
  intune: true,
  'm365-admin': true,
  'exchange-admin': true,
  defender: true,
  purview: true,
  'power-platform': true,
  'teams-admin': true,
  office: true,
  'partner-center': true,
});
const FILL_OUTCOMES = members<FillOutcome>({
  filled: true,
  unchanged: true,
  'skipped-disabled': true,
  'skipped-user-value': true,
  'skipped-hidden': true,
  'not-found': true,
  failed: true,
});
const CUSTOMER_INTENTS = members<NonNullable<Facts['customerIntent']>>({
  'partner-center': true,
  'customer-url': true,
  user: true,
});

/** Every key the code builds from a template, over the finite sets it is built from. */
function templateBuiltKeys(): string[] {
  const findingKeys = RULES.flatMap((rule) => [messageKeyOf(rule.id), `${messageKeyOf(rule.id)}_title`]);
  const variantKeys = CUSTOMER_INTENTS.flatMap((customerIntent) => {
    const finding = RULES.find((rule) => rule.id === 'own-tenant-customer-request')!.evaluate(
      situation({ context: 'own', customerIntent }),
    );
    return finding
      ? [finding.message.key, `${finding.message.key}_title`]
      : [`own-tenant-customer-request ${customerIntent}`];
  });
  const resellerWithoutProvider = RULES.find((rule) => rule.id === 'reseller-cannot-file-azure')!.evaluate(
    situation({ partner: { programRole: 'indirect-reseller' } }),
  );
  return [
    ...findingKeys,
    ...variantKeys,
    resellerWithoutProvider!.message.key,
    `${resellerWithoutProvider!.message.key}_title`,
    ...LINK_TARGETS.map(linkLabelKey),
    ...LINK_TARGETS.flatMap((target) => resolveFixLink({ target })?.labelKey ?? []),
    ...FILL_ACTIONS.map((action) => `overlay_action_${underscored(action)}`),
    ...CONTEXT_KINDS.flatMap((kind) => [`popup_kind_${kind}`, `popup_badge_${kind}`]),
    ...CHECK_STATUSES.map((status) => `popup_status_${status}`),
    ...AUTO_CHECKS.map((id) => `rules_check_${underscored(id)}`),
    ...MANUAL_CHECK_IDS.flatMap((id) => [`rules_check_${underscored(id)}`, `rules_check_${underscored(id)}_help`]),
    ...GDAP_STATUSES.map((status) => `popup_gdap_${status}`),
    ...DIRECT_SUBSCRIPTIONS.map((value) => `popup_direct_${value}`),
    ...PORTALS.map((portal) => `portal_${underscored(portal)}`),
    ...FIELD_IDS.map((field) => `forms_field_${field}`),
    ...FILL_OUTCOMES.map((outcome) => `overlay_outcome_${underscored(outcome)}`),
    ...PROGRAM_ROLES.flatMap((role) => [`options_role_${underscored(role)}`, `options_role_${underscored(role)}_help`]),
    ...PREFILL_MODES.flatMap((mode) => [`options_prefill_${mode}`, `options_prefill_${mode}_help`]),
    ...(['local', 'managed', 'last-good'] as const).map((origin) => `options_origin_${underscored(origin)}`),
    ...(['id', 'domain', 'name'] as const).flatMap((by) => [
      `context_evidence_own_by_${by}`,
      `context_evidence_customer_by_${by}`,
    ]),
  ];
}

describe('the message catalog', () => {
  it('has every key the code builds from a template, in both languages', () => {
    const missing = templateBuiltKeys().filter((key) => !(key in CATALOG));
    expect(missing).toEqual([]);
  });

  it('has a title for every finding text, variants included (`rules_<id>_<variant>`)', () => {
    const findingPrefixes = RULES.map((rule) => messageKeyOf(rule.id));
    const untitled = Object.keys(CATALOG).filter(
      (key) =>
        !key.endsWith('_title') &&
        findingPrefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}_`)) &&
        !(`${key}_title` in CATALOG),
    );
    expect(untitled).toEqual([]);
  });

  it('gives each signal that a request is for a customer its own words', () => {
    const texts = CUSTOMER_INTENTS.map((customerIntent) => {
      const finding = RULES.find((rule) => rule.id === 'own-tenant-customer-request')!.evaluate(
        situation({ context: 'own', customerIntent }),
      )!;
      return [translate('en', finding.message.key), translate('nl', finding.message.key)];
    });
    expect(new Set(texts.map(([en]) => en)).size).toBe(CUSTOMER_INTENTS.length);
    expect(new Set(texts.map(([, nl]) => nl)).size).toBe(CUSTOMER_INTENTS.length);
    expect(texts[1]![0]).not.toMatch(/opened for a customer/);
    expect(texts[2]![0]).toMatch(/You said/);
  });

  it('calls an unlisted tenant one that is not in the customer list, in Dutch too', () => {
    expect(translate('nl', 'popup_kind_unlisted')).toMatch(/niet in .*klantenlijst/i);
    expect(translate('nl', 'popup_kind_unlisted')).not.toMatch(/onbekend/i);
  });

  it('has a non-empty English and Dutch text for every key', () => {
    for (const [key, text] of Object.entries(CATALOG)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.nl.trim(), key).not.toBe('');
    }
  });

  it('uses only key characters Chrome allows', () => {
    for (const key of Object.keys(CATALOG)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('uses the same substitutions in both languages', () => {
    for (const [key, text] of Object.entries(CATALOG)) {
      const placeholders = (value: string) => [...value.matchAll(/\$(\d)/g)].map((match) => match[1]).sort();
      expect(placeholders(text.nl), key).toEqual(placeholders(text.en));
    }
  });

  it('has every literal key the code asks for', () => {
    const missing: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'lib'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!(match[1]! in CATALOG)) missing.push(`${file}: ${match[1]}`);
      }
      for (const match of text.matchAll(
        /key: '((?:context|rules|settings|options|popup|overlay|forms)_[A-Za-z0-9_]+)'/g,
      )) {
        if (!(match[1]! in CATALOG)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('translates with substitutions and falls back to English and to the key', () => {
    expect(translate('nl', 'popup_left', ['3'])).toBe('Nog 3 punten voordat u indient.');
    expect(translate('nl', 'popup_left', ['1'])).toBe('Nog 1 punt voordat u indient.');
    expect(translate('en', 'popup_left', ['1'])).toBe('1 thing left before you submit.');
    expect(translate('en', 'popup_left', ['0'])).toBe('0 things left before you submit.');
    expect(translate('en', 'overlay_fill_summary', ['2'])).toBe('Filled 2 fields.');
    expect(translate('nl', 'overlay_fill_summary', ['1'])).toBe('1 veld ingevuld.');
    expect(translate('en', 'no_such_key')).toBe('no_such_key');
    expect(languageFor('nl-BE')).toBe('nl');
    expect(languageFor('de-DE')).toBe('en');
    expect(languageFor(undefined)).toBe('en');
  });

  it("builds Chrome's messages.json with placeholders and escaped dollars", () => {
    // A `$` not followed by a digit is literal text; Chrome wants it doubled.
    expect(toChromeMessage('Costs $ 5 for $1')).toEqual({
      message: 'Costs $$ 5 for $arg1$',
      placeholders: { arg1: { content: '$1' } },
    });
    const nl = chromeMessagesFor('nl');
    expect(nl.extName!.message).toBe('Partner Context Guard');
    expect(Object.keys(nl)).toHaveLength(Object.keys(CATALOG).length);
  });
});

describe('counts in messages', () => {
  const entries = Object.entries(CATALOG) as [string, { en: string; nl: string }][];

  it.each(['en', 'nl'] as const)('uses plural choices, never "(s)" or "(en)", in %s', (language) => {
    for (const [key, text] of entries) expect(text[language], key).not.toMatch(/\((s|en|es)\)/);
  });

  it('gives every plural choice an `other` form, in both languages', () => {
    for (const [key, text] of entries) {
      for (const language of ['en', 'nl'] as const) {
        for (const [choice] of text[language].matchAll(/\{\$\d, plural,[^}]*(\}[^}]*)*\}/g)) {
          expect(choice, `${key} (${language})`).toMatch(/\bother\s*\{/);
        }
        // Whatever the count, no plural syntax is left in the shown text.
        for (const count of ['0', '1', '2', '5', '21']) {
          expect(translate(language, key, [count, count, count, count]), key).not.toMatch(/plural,/);
        }
      }
    }
  });
});
