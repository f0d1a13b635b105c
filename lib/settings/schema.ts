import './zod-config';
import { z } from 'zod';

/**
 * The configuration contract from shared/design.md. Admins write these keys in
 * policy files, so they never change by accident: `public/managed_schema.json`
 * is tested against this schema.
 */

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const COLOR_PATTERN = /^#[0-9a-f]{6}$/i;

const tenantIdSchema = z
  .string()
  .trim()
  .regex(GUID_PATTERN, { message: 'settings_error_guid' })
  .transform((id) => id.toLowerCase());

const domainSchema = z
  .string()
  .trim()
  .regex(DOMAIN_PATTERN, { message: 'settings_error_domain' })
  .transform((domain) => domain.toLowerCase());

/** Empty is allowed (not configured yet); anything else must look like an address. */
const optionalEmailSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || z.email().safeParse(value).success, { message: 'settings_error_email' });

/** A `#rrggbb` colour (added 2026-12-01). A bad one is reported and the default colour used. */
const colorSchema = z
  .string()
  .trim()
  .regex(COLOR_PATTERN, { message: 'settings_error_color' })
  .transform((color) => color.toLowerCase());

const text = (max = 200) => z.string().trim().max(max, { message: 'settings_error_too_long' });

export const PROGRAM_ROLES = ['direct-bill', 'indirect-provider', 'indirect-reseller', 'advisor'] as const;
export const GDAP_STATUSES = ['active', 'expired', 'none', 'unknown'] as const;
export const DIRECT_SUBSCRIPTIONS = ['none', 'trial', 'paid', 'unknown'] as const;
export const PREFILL_MODES = ['ask', 'auto', 'off'] as const;
const CONTACT_METHODS = ['email', 'phone'] as const;
export const DISPLAY_SWITCHES = ['on', 'off'] as const;
/** Where the context banner sits: the bottom-right corner, or at the top next to the band. */
export const BANNER_POSITIONS = ['corner', 'top'] as const;
export const COLOR_KINDS = ['own', 'customer', 'unlisted', 'unknown'] as const;

const indirectProviderSchema = z.object({
  name: text().default(''),
  supportUrl: z
    .string()
    .trim()
    .refine((value) => value === '' || /^https:\/\/\S+$/i.test(value), { message: 'settings_error_https_url' })
    .default(''),
  email: optionalEmailSchema.default(''),
  phone: text(50).default(''),
});

const partnerSchema = z.object({
  name: text().default(''),
  tenantIds: z.array(tenantIdSchema).max(50).default([]),
  domains: z.array(domainSchema).max(500).default([]),
  programRole: z.enum(PROGRAM_ROLES).default('direct-bill'),
  indirectProvider: indirectProviderSchema.default({ name: '', supportUrl: '', email: '', phone: '' }),
  ownSupportPlan: text().default(''),
  cspPlanLabel: text().min(1, { message: 'settings_error_required' }).default('Cloud Solution Provider'),
});

export const contactSchema = z.object({
  firstName: text(100).default(''),
  lastName: text(100).default(''),
  email: optionalEmailSchema.default(''),
  additionalEmails: z
    .array(
      z
        .string()
        .trim()
        .pipe(z.email({ message: 'settings_error_email' })),
    )
    .max(20)
    .default([]),
  phone: text(50).default(''),
  preferredContactMethod: z.enum(CONTACT_METHODS).default('email'),
  country: text(100).default(''),
  timeZone: text(100).default(''),
  supportLanguage: text(100).default(''),
});

const gdapSchema = z.object({
  status: z.enum(GDAP_STATUSES).default('unknown'),
  expiresOn: z
    .string()
    .trim()
    .regex(DATE_PATTERN, { message: 'settings_error_date' })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: 'settings_error_date' })
    .optional(),
  roles: z.array(text()).max(100).default([]),
});

export const customerSchema = z.object({
  name: text().min(1, { message: 'settings_error_required' }),
  tenantId: tenantIdSchema,
  domains: z.array(domainSchema).max(200).default([]),
  gdap: gdapSchema.default({ status: 'unknown', roles: [] }),
  directSubscriptions: z.enum(DIRECT_SUBSCRIPTIONS).default('unknown'),
  /** The customer's own band colour; without it the colour is derived from the tenant ID. */
  color: colorSchema.optional(),
});

const prefillSchema = z.object({
  mode: z.enum(PREFILL_MODES).default('ask'),
});

/**
 * `display` (added 2026-12-01): the band across the top of the portal, the tab title and the
 * colours. A colour left out uses the default: the palette's per kind, and for a customer its own
 * `color` or one derived from its tenant ID (`colors.customer`, when set, colours every customer
 * that has no colour of its own).
 */
const displaySchema = z.object({
  tint: z.enum(DISPLAY_SWITCHES).default('on'),
  tabTitle: z.enum(DISPLAY_SWITCHES).default('on'),
  colors: z
    .object({
      own: colorSchema.optional(),
      customer: colorSchema.optional(),
      unlisted: colorSchema.optional(),
      unknown: colorSchema.optional(),
    })
    .strict()
    .default({}),
  banner: z.enum(BANNER_POSITIONS).default('corner'),
});

export const settingsSchema = z
  .object({
    partner: partnerSchema.default(partnerSchema.parse({})),
    contact: contactSchema.default(contactSchema.parse({})),
    customers: z
      .array(customerSchema)
      .max(20000)
      .default([])
      .superRefine((customers, ctx) => {
        const seen = new Map<string, number>();
        customers.forEach((customer, index) => {
          const first = seen.get(customer.tenantId);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'tenantId'],
              message: 'settings_error_duplicate_tenant',
            });
          } else {
            seen.set(customer.tenantId, index);
          }
        });
      }),
    prefill: prefillSchema.default({ mode: 'ask' }),
    display: displaySchema.default(displaySchema.parse({})),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type ContactDetails = Settings['contact'];
export type Customer = Settings['customers'][number];
export type PrefillMode = (typeof PREFILL_MODES)[number];
export type DisplaySettings = Settings['display'];

export const TOP_LEVEL_KEYS = ['partner', 'contact', 'customers', 'prefill', 'display'] as const;
export type TopLevelKey = (typeof TOP_LEVEL_KEYS)[number];

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
