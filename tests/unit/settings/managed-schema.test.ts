import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema } from '../../../lib/settings/managed-schema';
import { TOP_LEVEL_KEYS, settingsSchema } from '../../../lib/settings/schema';
import { scenarioSettings } from '../../e2e/scenario';

const FILE = resolve(__dirname, '../../../public/managed_schema.json');
/** Keywords Chrome's managed-storage schema understands; anything else makes Chrome reject the schema. */
const CHROME_KEYWORDS = new Set([
  'type',
  'description',
  'properties',
  'items',
  'enum',
  'additionalProperties',
  'id',
  '$ref',
]);

type Node = { type?: string; properties?: Record<string, Node>; items?: Node; enum?: unknown[] } & Record<
  string,
  unknown
>;

function walk(node: Node, visit: (node: Node, path: string) => void, path = ''): void {
  visit(node, path);
  for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, visit, path ? `${path}.${key}` : key);
  if (node.items) walk(node.items, visit, `${path}[]`);
}

/** Checks a policy document against the Chrome schema's types and enums, as Chrome would. */
function acceptedByChromeSchema(schema: Node, value: unknown): boolean {
  if (schema.enum && !schema.enum.includes(value)) return false;
  switch (schema.type) {
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([key, child]) => !schema.properties?.[key] || acceptedByChromeSchema(schema.properties[key]!, child),
        )
      );
    case 'array':
      return Array.isArray(value) && value.every((item) => !schema.items || acceptedByChromeSchema(schema.items, item));
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

describe('public/managed_schema.json', () => {
  const generated = buildManagedSchema() as Node;

  it('is the schema generated from the zod settings schema (regenerate with UPDATE_MANAGED_SCHEMA=1)', () => {
    if (process.env.UPDATE_MANAGED_SCHEMA) writeFileSync(FILE, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(generated);
  });

  it('names exactly the contract keys at the top level', () => {
    expect(Object.keys(generated.properties ?? {}).sort()).toEqual([...TOP_LEVEL_KEYS].sort());
  });

  it('has exactly the leaf paths of the configuration contract in design.md, with their types', () => {
    // Written out from shared/design.md, not derived from the zod schema: admins' policy files
    // depend on these paths, so a renamed or added key must fail here.
    const CONTRACT: Record<string, string> = {
      'partner.name': 'string',
      'partner.tenantIds[]': 'string',
      'partner.domains[]': 'string',
      'partner.programRole': 'string',
      'partner.indirectProvider.name': 'string',
      'partner.indirectProvider.supportUrl': 'string',
      'partner.indirectProvider.email': 'string',
      'partner.indirectProvider.phone': 'string',
      'partner.ownSupportPlan': 'string',
      'partner.cspPlanLabel': 'string',
      'contact.firstName': 'string',
      'contact.lastName': 'string',
      'contact.email': 'string',
      'contact.additionalEmails[]': 'string',
      'contact.phone': 'string',
      'contact.preferredContactMethod': 'string',
      'contact.country': 'string',
      'contact.timeZone': 'string',
      'contact.supportLanguage': 'string',
      'customers[].name': 'string',
      'customers[].tenantId': 'string',
      'customers[].domains[]': 'string',
      'customers[].gdap.status': 'string',
      'customers[].gdap.expiresOn': 'string',
      'customers[].gdap.roles[]': 'string',
      'customers[].directSubscriptions': 'string',
      'customers[].color': 'string',
      'prefill.mode': 'string',
      // Added 2026-12-01 (design.md, "display"); `display.banner` is this project's option for
      // moving the banner to the top next to the band.
      'display.tint': 'string',
      'display.tabTitle': 'string',
      'display.colors.own': 'string',
      'display.colors.customer': 'string',
      'display.colors.unlisted': 'string',
      'display.colors.unknown': 'string',
      'display.banner': 'string',
    };
    const leaves: Record<string, string | undefined> = {};
    walk(generated, (node, path) => {
      if (!node.properties && !node.items) leaves[path] = node.type;
    });
    expect(leaves).toEqual(CONTRACT);
    const contactMethod = generated.properties!.contact!.properties!.preferredContactMethod!;
    expect(contactMethod.enum).toEqual(['email', 'phone']);
  });

  it('uses only keywords Chrome accepts', () => {
    walk(generated, (node, path) => {
      for (const key of Object.keys(node)) expect(CHROME_KEYWORDS.has(key), `${path}: ${key}`).toBe(true);
    });
  });

  it('has the same enums as the zod schema', () => {
    const partner = generated.properties!.partner!.properties!;
    expect(partner.programRole!.enum).toEqual(['direct-bill', 'indirect-provider', 'indirect-reseller', 'advisor']);
    expect(generated.properties!.prefill!.properties!.mode!.enum).toEqual(['ask', 'auto', 'off']);
    const display = generated.properties!.display!.properties!;
    expect(display.tint!.enum).toEqual(['on', 'off']);
    expect(display.tabTitle!.enum).toEqual(['on', 'off']);
    expect(display.banner!.enum).toEqual(['corner', 'top']);
    const customer = generated.properties!.customers!.items!.properties!;
    expect(customer.gdap!.properties!.status!.enum).toEqual(['active', 'expired', 'none', 'unknown']);
    expect(customer.directSubscriptions!.enum).toEqual(['none', 'trial', 'paid', 'unknown']);
  });

  it('accepts every valid settings document, so Chrome never drops a value our schema allows', () => {
    const documents = [settingsSchema.parse({}), settingsSchema.parse(scenarioSettings())];
    for (const document of documents) expect(acceptedByChromeSchema(generated, document)).toBe(true);
  });

  it('rejects wrong types and enum values, as Chrome would', () => {
    expect(acceptedByChromeSchema(generated, { partner: { programRole: 'reseller' } })).toBe(false);
    expect(acceptedByChromeSchema(generated, { partner: { tenantIds: 'not-a-list' } })).toBe(false);
    expect(acceptedByChromeSchema(generated, { customers: [{ name: 7 }] })).toBe(false);
  });
});
