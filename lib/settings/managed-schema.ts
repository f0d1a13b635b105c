import './zod-config';
import { z } from 'zod';
import { settingsSchema } from './schema';

/**
 * Chrome's managed-storage schema, derived from the zod schema. It keeps types, properties,
 * items and enums only: Chrome silently drops a policy value that breaks the schema, so the
 * fine-grained checks (GUIDs, domains, dates) stay in our own validation, which reports them in
 * the options page's diagnostics instead of losing them.
 */
type JsonSchema = {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: readonly (string | number)[];
};

/** What admins read next to each key in policy editors. */
const DESCRIPTIONS: Record<string, string> = {
  partner: 'The partner organization: its own tenant(s), domains and program role.',
  'partner.name': 'Partner organization name, as shown in the portals.',
  'partner.tenantIds': "The partner's own Microsoft Entra tenant IDs (GUIDs).",
  'partner.domains': "The partner's own domains, e.g. fabrikam.com and fabrikamcsp.onmicrosoft.com.",
  'partner.programRole': 'CSP program role: direct-bill, indirect-provider, indirect-reseller or advisor.',
  'partner.indirectProvider': 'For indirect resellers: the indirect provider who files Azure requests.',
  'partner.ownSupportPlan': "Support plan text to select for the partner's own requests, e.g. Partner Cloud Support 5.",
  'partner.cspPlanLabel': 'Text of the CSP support plan option, by default Cloud Solution Provider.',
  contact: "The partner's own contact details, filled into support requests.",
  customers: 'The customer directory: tenant ID, name, domains, GDAP status and direct subscriptions.',
  prefill: 'Prefill behaviour: ask (show fix buttons), auto (fill once) or off.',
  'customers[].color': "The customer's own band colour, #rrggbb. Without it the colour is derived from the tenant ID.",
  display: 'How the context shows at a glance: the band across the top of the portal, the tab title, the colours.',
  'display.tint': 'The coloured band across the top of every portal page: on (default) or off.',
  'display.tabTitle': 'The context in the tab title, e.g. [Contoso Ltd]: on (default) or off.',
  'display.colors': 'Band colours per kind, #rrggbb. A colour left out, or not #rrggbb, uses the default.',
  'display.banner': 'Where the context banner sits: corner (bottom right, default) or top (next to the band).',
};

function convert(node: Record<string, unknown>, path: string): JsonSchema {
  const result: JsonSchema = {};
  if (typeof node.type === 'string') result.type = node.type === 'integer' ? 'integer' : node.type;
  const description = DESCRIPTIONS[path];
  if (description) result.description = description;
  if (Array.isArray(node.enum)) result.enum = node.enum as (string | number)[];
  if (node.properties && typeof node.properties === 'object') {
    result.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, Record<string, unknown>>).map(([key, child]) => [
        key,
        convert(child, path ? `${path}.${key}` : key),
      ]),
    );
  }
  if (node.items && typeof node.items === 'object')
    result.items = convert(node.items as Record<string, unknown>, `${path}[]`);
  return result;
}

export function buildManagedSchema(): JsonSchema {
  const jsonSchema = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return convert(jsonSchema, '');
}
