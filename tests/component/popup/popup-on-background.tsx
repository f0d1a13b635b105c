import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { FrameReportInput } from '../../../components/platform/messaging';
import { PopupApp } from '../../../components/popup/PopupApp';
import { usePopupStore } from '../../../components/popup/store';
import type { SettingsInput } from '../../../lib/settings/schema';
import { startBackgroundHarness, type BackgroundHarness, type FakeFrame } from '../../support/background-harness';
import { emptyAzureForm } from '../../support/projection';

/** The popup component tests' shared setup: the real background on fakeBrowser, one per test. */
let harness: BackgroundHarness | undefined;

/** Registers the per-test reset: a fresh popup store before, the popup unmounted and the background stopped after. */
export function resetPopupAroundEachTest(): void {
  beforeEach(() => {
    usePopupStore.setState({ tabId: null, view: null, error: null, lastFix: null });
  });
  afterEach(() => {
    cleanup();
    harness?.stop();
    harness = undefined;
  });
}

/** The real background, started for this test (and stopped after it). */
export async function backgroundForTest(settings?: SettingsInput): Promise<BackgroundHarness> {
  harness = await startBackgroundHarness(settings ? { settings } : {});
  return harness;
}

/** The real background, with a tab at `url` whose top frame reported `payload`. */
export async function tabOn(
  url: string,
  payload: Partial<FrameReportInput> = { form: emptyAzureForm() },
  settings?: SettingsInput,
): Promise<{ tabId: number; top: FakeFrame; background: BackgroundHarness }> {
  const background = await backgroundForTest(settings);
  return { ...(await background.portalTab(url, payload)), background };
}

/** Opens the popup on a tab of the running background (a new popup knows nothing of an earlier one). */
export function openPopup(tabId: number) {
  usePopupStore.setState({ tabId: null, view: null, error: null, lastFix: null });
  window.history.replaceState(null, '', harness!.popupUrl(tabId));
  return render(<PopupApp />);
}

/**
 * A tab at `url` whose top frame reported `payload` to the real background, and the popup opened
 * on it: every view the popup shows is the background's answer.
 */
export async function popupOn(
  url: string,
  payload: Partial<FrameReportInput> = { form: emptyAzureForm() },
  settings?: SettingsInput,
): Promise<ReturnType<typeof render> & { tabId: number; top: FakeFrame; background: BackgroundHarness }> {
  const { tabId, top, background } = await tabOn(url, payload, settings);
  return { ...openPopup(tabId), tabId, top, background };
}
