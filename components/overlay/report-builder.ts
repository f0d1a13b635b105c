import { keepFirstSeen } from '../../lib/context/first-seen';
import type { Signal } from '../../lib/model/tenant';
import { locateSupportForm, type LocatedField } from '../../lib/forms/locate';
import { formStateOf } from '../../lib/forms/read';
import type { FormState, SupportFormKind } from '../../lib/model/form';
import { detectPage } from '../../lib/portals';
import { msalSignals, storageKeyNames } from '../../lib/portals/msal-keys';
import { readPageSignals, readPortalTheme } from '../../lib/portals/page-signals';
import type { PageInfo } from '../../lib/portals/types';
import type { FrameReportInput } from '../platform/messaging';

/**
 * What one pass sees of the frame. Everything a pass needs is read here, once: the page, the
 * form and its fields (located a single time), the tenant signals and the theme.
 */
export interface PageSnapshot {
  readonly url: string;
  readonly page: PageInfo | null;
  readonly formKind: SupportFormKind | null;
  /** The form's fields, disabled ones included. */
  readonly located: readonly LocatedField[];
  readonly form: FormState | null;
  readonly signals: readonly Signal[];
  readonly theme: 'dark' | 'light' | null;
  readonly takenAt: number;
}

/** The located fields a fill may act on. */
export function enabledFields(snapshot: PageSnapshot): LocatedField[] {
  return snapshot.located.filter((field) => !field.disabled);
}

/** Builds the frame's snapshot and the report sent from it. */
export class ReportBuilder {
  private readonly documentStartedAt = Math.round(performance.timeOrigin);
  private signals: Signal[] = [];

  /** `readSignInKeyNames`: the user's consent to read the names (never the values) of the sign-in cache keys. */
  snapshot(readSignInKeyNames: boolean): PageSnapshot {
    const now = Date.now();
    const url = location.href;
    const page = detectPage(new URL(url));
    // The admin center's org-name control is a shell signal: only its top frame reads it.
    const origin = { portal: page?.portal ?? null, top: window.top === window };
    this.signals = keepFirstSeen(this.signals, [
      ...readPageSignals(document, now, origin),
      ...(readSignInKeyNames ? signInKeySignals(now) : []),
    ]);
    // On an Azure support page or blade frame the product picker alone marks the form.
    const found = locateSupportForm(document, {
      productMarksAzureForm: page?.supportForm === 'azure' || page?.portal === 'azure-frame',
    });
    return {
      url,
      page,
      formKind: found?.kind ?? null,
      located: found?.fields ?? [],
      form: found ? formStateOf(found.kind, found.fields) : null,
      signals: this.signals,
      theme: readPortalTheme(document),
      takenAt: now,
    };
  }

  report(snapshot: PageSnapshot, overlayVisible: boolean): FrameReportInput {
    // The page is the background's to detect, and the origin the sender's, as the browser names
    // it; the URL is sent because the sender's can predate the portal's own hash navigations.
    return {
      url: snapshot.url,
      signals: snapshot.signals,
      form: snapshot.form,
      fieldsFound: enabledFields(snapshot).map((field) => field.id),
      theme: snapshot.theme,
      overlayVisible,
      reportedAt: snapshot.takenAt,
      documentStartedAt: this.documentStartedAt,
    };
  }
}

/** Only key names: the values are tokens and are never read. */
function signInKeySignals(now: number): Signal[] {
  // Entra pages keep tokens in either storage (portal-facts: C), so both are listed.
  const names: string[] = [];
  for (const storage of ['sessionStorage', 'localStorage'] as const) {
    try {
      names.push(...storageKeyNames(window[storage]));
    } catch {
      // A sandboxed or storage-blocked frame throws a SecurityError on access: no signal, no error.
    }
  }
  return msalSignals(names, now);
}
