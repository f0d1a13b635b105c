import { keepFirstSeen } from '../context/first-seen';
import { domainOfEmail } from '../context/normalize';
import type { FieldId, FormState } from '../model/form';
import type { Signal, SignalSource } from '../model/tenant';
import { detectPage, portalFor } from '../portals';
import { isShellSignal, signalCountsFrom } from '../portals/page-signals';
import type { PortalFrameSender } from './sender';
import type { FrameReport } from './types';

/** True for the top frame of the given shell signal's host: the only frame where it counts. */
export function givesShellSignals(frameId: number, url: string, source: SignalSource = 'dom-tenant-name'): boolean {
  try {
    return signalCountsFrom(source, { frameId, portal: portalFor(new URL(url))?.id ?? null });
  } catch {
    return false;
  }
}

/**
 * The fields whose values the verdict reads (the plan, the contact emails, the product). Every
 * other field is kept as filled or empty only: the tab state lives in `storage.session`, and the
 * description, names and phone number are not the extension's to keep.
 */
const VALUE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['supportPlan', 'email', 'additionalEmail', 'product']);
/** Stands for a value that is kept as "filled" only. */
const FILLED_MARK = '\u2022';

function keptForm(form: FormState | null): FormState | null {
  if (!form) return null;
  const fields = Object.fromEntries(
    Object.entries(form.fields).map(([id, state]) => [
      id,
      VALUE_FIELDS.has(id as FieldId) || state.value === '' ? state : { ...state, value: FILLED_MARK },
    ]),
  );
  return { ...form, fields };
}

/** The signed-in user's UPN is kept as its domain only: the verdict needs no more (is it the partner's?). */
function keptSignal(signal: Signal): Signal {
  if (!signal.userPrincipalName) return signal;
  const domain = domainOfEmail(signal.userPrincipalName);
  return { ...signal, userPrincipalName: domain ? `\u2026@${domain}` : undefined };
}

/** What a frame may report, as the content script sends it (no URL, page, frame or document). */
export type FramePayload = Omit<FrameReport, 'frameId' | 'documentId' | 'url' | 'page' | 'ignoredSignals'> & {
  /** The frame's address as it reads it; used only with the sender's origin (see `currentUrlOf`). */
  readonly url?: string;
};

/**
 * Builds the stored report from a checked payload and the sender. The URL, page, frame and
 * document come from the sender. Each signal is stamped with its frame and the background's
 * time (kept from the frame's previous report while it says the same). URL, intent and `user`
 * signals from a payload are dropped: the background makes those itself. Shell signals count
 * only from the top frame of a shell host; from any other frame they are kept aside as ignored.
 */
export function frameReportFrom(
  payload: FramePayload,
  sender: PortalFrameSender,
  at: number,
  previous: FrameReport | undefined,
): FrameReport {
  const from = {
    frameId: sender.frameId,
    origin: sender.origin,
    ...(sender.documentId ? { documentId: sender.documentId } : {}),
  };
  const sameDocument =
    previous !== undefined &&
    previous.documentId === sender.documentId &&
    previous.documentStartedAt === payload.documentStartedAt;
  const stamped: Signal[] = payload.signals
    .filter((signal) => isShellSignal(signal.source))
    .map((signal) => keptSignal({ ...signal, observedAt: at, from }));
  const before = sameDocument ? [...previous.signals, ...(previous.ignoredSignals ?? [])] : [];
  const kept = keepFirstSeen(before, stamped);
  const counts = (signal: Signal) => givesShellSignals(sender.frameId, sender.url, signal.source);
  const { url: _reported, ...observed } = payload;
  return {
    ...observed,
    form: keptForm(payload.form),
    frameId: sender.frameId,
    ...(sender.documentId ? { documentId: sender.documentId } : {}),
    url: sender.url,
    page: detectPage(new URL(sender.url)),
    signals: kept.filter(counts),
    ignoredSignals: kept.filter((signal) => !counts(signal)),
  };
}
