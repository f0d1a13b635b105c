import { z } from 'zod';
import { CONTROL_KINDS, FIELD_IDS } from '../model/form';
import { SIGNAL_SOURCES } from '../model/tenant';

/**
 * The shapes every message payload must have, checked by the background before anything is
 * used. Sizes are capped: a frame can't fill the session storage or the popup with megabytes.
 */
const text = (max: number) => z.string().max(max);

const tenantRef = z.object({
  id: text(64).optional(),
  domain: text(256).optional(),
  name: text(256).optional(),
});

const signal = z.object({
  source: z.enum(SIGNAL_SOURCES),
  tenant: tenantRef,
  observedAt: z.number().finite(),
  detail: text(512).optional(),
  userPrincipalName: text(320).optional(),
});

const fieldId = z.enum(FIELD_IDS);
const fieldState = z.object({
  id: fieldId,
  control: z.enum(CONTROL_KINDS),
  value: text(4_000),
  disabled: z.boolean(),
  readOnly: z.boolean(),
});

const formState = z.object({
  kind: z.enum(['azure', 'm365']),
  fields: z.partialRecord(fieldId, fieldState),
  product: text(512).optional(),
  marketplaceProduct: z.boolean().optional(),
});

/** What a frame reports. Its origin, page, frame and document come from the sender, never from here. */
export const frameReportPayload = z.object({
  /** The frame's address now; only its path and hash count, the origin must be the sender's. */
  url: z.string().max(8_192).optional(),
  signals: z.array(signal).max(32),
  form: formState.nullable(),
  fieldsFound: z.array(fieldId).max(FIELD_IDS.length),
  theme: z.enum(['dark', 'light']).nullable(),
  overlayVisible: z.boolean(),
  reportedAt: z.number().finite(),
  documentStartedAt: z.number().finite(),
});

const FILL_ACTIONS = ['fill-contact', 'select-csp-plan', 'select-own-plan'] as const;
const fixRequest = z.enum([...FILL_ACTIONS, 'undo']);

const fillOutcome = z.enum([
  'filled',
  'unchanged',
  'skipped-disabled',
  'skipped-user-value',
  'skipped-hidden',
  'not-found',
  'failed',
]);

export const fillResultsPayload = z
  .array(
    z.object({
      field: fieldId,
      outcome: fillOutcome,
      previousValue: text(4_000).optional(),
      value: text(4_000).optional(),
      reason: text(256).optional(),
    }),
  )
  .max(FIELD_IDS.length * 2);

export const linkIntentPayload = z.object({ url: z.string().max(4_096) });

export const beginFillPayload = z.object({ fix: z.enum(FILL_ACTIONS), automatic: z.boolean() });

const tabId = z.number().int().nonnegative();
export const tabViewRequest = z.object({ tabId });
// A check ID outside the manual ones is ignored by the reducer, as before.
export const confirmCheckRequest = z.object({ tabId, checkId: text(64), confirmed: z.boolean() });
export const customerRequestPayload = z.object({ tabId, isCustomerRequest: z.boolean() });
export const requestFixPayload = z.object({ tabId, fix: fixRequest });
export const optionsSectionPayload = z.enum(['customers', 'profile']);

/** Parses a payload, or throws an error whose message says which message was refused and why. */
export function parsePayload<T>(schema: z.ZodType<T>, data: unknown, message: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `Partner Context Guard refused a "${message}" message: ${parsed.error.issues[0]?.message ?? 'bad payload'}`,
    );
  }
  return parsed.data;
}
