import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type {
  FixOutcome,
  FixRequest,
  FrameReportInput,
  FrameVerdict,
  TabView,
} from '../../components/platform/messaging';
import type { SettingsInput } from '../../lib/settings/schema';
import { scenarioSettings } from '../e2e/scenario';
// Loaded once with the test file, so the first test does not pay for transforming the runtime's
// module graph; each harness still starts a fresh copy (see startBackgroundHarness).
import '../../components/platform/background-runtime';

/**
 * The real background (`startBackground`) on WXT's `fakeBrowser`, driven the way the browser
 * drives it: tab events, and messages from the popup and from content scripts in portal frames,
 * each with the sender the browser would give. The popup under test talks to it through the real
 * messaging module (`components/platform/messaging.ts`), which calls the `chrome` global.
 *
 * What fakeBrowser does not do, and this harness adds (nothing else is faked):
 * - `runtime.sendMessage(message, callback)`: fakeBrowser takes the callback for the message,
 *   passes `{}` as the sender and no `sendResponse`, so no listener can answer. Here the message
 *   reaches `runtime.onMessage` with the popup's sender (`id`, `url`, `origin`, no tab) and a
 *   `sendResponse`, and an unanswered message fails with `runtime.lastError`, as in Chrome.
 * - messages from content scripts: fakeBrowser has no frames. A `FakeFrame` sends with the
 *   sender Chrome gives a content script (`tab`, `frameId`, `documentId`, `url`, `origin`).
 * - `tabs.sendMessage`: not implemented in fakeBrowser. Here it reaches the fake frames of the
 *   tab (`pushVerdict`, `applyFix`); a frame that is gone fails as in Chrome.
 * - messages are serialized (JSON) both ways, as Chrome does, so a handler that answers with
 *   something Chrome can't carry fails here too.
 * - `runtime.openOptionsPage`: not implemented in fakeBrowser. Here it opens a tab at the options
 *   page, as Chrome does for an `options_ui` page opened from the popup.
 * fakeBrowser's storage, tabs (create, update, query, their events) and action badge are used as
 * they are.
 */

type Envelope = { readonly id: number; readonly type: string; readonly data: unknown; readonly timestamp: number };
type Answer = { readonly res?: unknown; readonly err?: { readonly message?: string } } | undefined;
type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => unknown;

interface FrameSpec {
  readonly frameId?: number;
  /** The URL the frame's document loaded with (the sender's URL). */
  readonly url: string;
  readonly documentId?: string;
}

/** A content script in one frame of a tab. */
export interface FakeFrame {
  readonly tabId: number;
  readonly frameId: number;
  readonly documentId: string;
  readonly url: string;
  /** A `reportFrame` as the content script sends it; the background's answer. */
  report(payload?: Partial<FrameReportInput>): Promise<FrameVerdict>;
  /** Any content-script message, with this frame's sender. */
  send<T = unknown>(type: string, data: unknown): Promise<T>;
  /** The verdicts the background pushed to this frame (`pushVerdict`), oldest first. */
  readonly pushes: FrameVerdict[];
  /** The fixes the background asked this frame to apply (`applyFix`), oldest first. */
  readonly fixes: FixRequest[];
  /** How this frame answers `applyFix`; by default it fills nothing. */
  onApplyFix: (fix: FixRequest) => FixOutcome;
  /** The frame's document goes away (closed, navigated): messages to it fail from now on. */
  gone(): void;
}

export interface BackgroundHarness {
  /** Opens a tab and navigates it to `url` (the browser's `tabs.onUpdated`). */
  openTab(url: string): Promise<number>;
  /** The browser navigates a tab to `url`. */
  navigate(tabId: number, url: string): Promise<void>;
  /** A content script in `tabId`'s frame. */
  frame(tabId: number, spec: FrameSpec): FakeFrame;
  /** A portal tab at `url` whose top frame has reported (`payload`). */
  portalTab(url: string, payload?: Partial<FrameReportInput>): Promise<{ tabId: number; top: FakeFrame }>;
  /** A message from the popup's page, sent by the test (not recorded in `popupMessages`). */
  asPopup<T = unknown>(type: string, data: unknown): Promise<T>;
  /** What the background answers the popup for a tab. */
  view(tabId: number): Promise<TabView>;
  /** The messages the popup under test sent, in order. */
  readonly popupMessages: { type: string; data: unknown }[];
  /** Resolves once the popup has had the background's answer to every message of `type` it sent. */
  settled(type: string): Promise<void>;
  /** Holds the popup's messages of `type` until the returned function is called. */
  hold(type: string): () => void;
  /** The popup's next message of `type` fails as when the background can't be reached. */
  failNext(type: string, message: string): void;
  /** The popup's URL for a tab (the popup reads `?tabId=`). */
  popupUrl(tabId: number): string;
  stop(): void;
}

export interface HarnessOptions {
  /** The settings the options page saved (scenario settings by default). */
  readonly settings?: SettingsInput;
  /**
   * Runs after the settings are saved and before the worker starts: what the browser already
   * holds when a stopped worker starts again (open tabs, `storage.session`).
   */
  readonly beforeStart?: () => Promise<void> | void;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A frame report as the content script sends it, before anything else is known. */
function framePayload(url: string, payload: Partial<FrameReportInput>): FrameReportInput {
  const now = Date.now();
  return {
    url,
    signals: [],
    form: null,
    fieldsFound: Object.keys(payload.form?.fields ?? {}) as FrameReportInput['fieldsFound'],
    theme: 'light',
    overlayVisible: true,
    reportedAt: now,
    documentStartedAt: now - 5,
    ...payload,
  };
}

/**
 * Starts a fresh browser and a fresh background worker: the settings are saved by the real
 * settings storage (as the options page saves them), then the background module is loaded anew
 * and started, as a new service worker would be.
 */
export async function startBackgroundHarness(options: HarnessOptions = {}): Promise<BackgroundHarness> {
  fakeBrowser.reset();
  const extensionId = fakeBrowser.runtime.id;
  const frames = new Map<string, FakeFrame>();
  const popupMessages: { type: string; data: unknown }[] = [];
  const answered: { type: string; done: Promise<void> }[] = [];
  const held = new Map<string, (() => void)[]>();
  const holding = new Set<string>();
  const failing = new Map<string, string>();
  let lastError: { message: string } | undefined;
  let nextId = 1;

  const popupSender = () => ({
    id: extensionId,
    url: fakeBrowser.runtime.getURL('/popup.html'),
    origin: `chrome-extension://${extensionId}`,
  });

  /** Delivers a message to the background's `runtime.onMessage`, as Chrome's message port does. */
  function toBackground(message: unknown, sender: object): Promise<Answer> {
    return new Promise((resolve) => {
      let answered = false;
      const sendResponse = (response: unknown) => {
        if (answered) return;
        answered = true;
        resolve(clone(response) as Answer);
      };
      const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (
        ...args: Parameters<Listener>
      ) => Promise<unknown[]>;
      void trigger(clone(message), sender, sendResponse).then((kept) => {
        // A listener keeps the port open by returning true; otherwise Chrome closes it unanswered.
        if (!answered && !kept.includes(true)) {
          answered = true;
          resolve(undefined);
        }
      });
    });
  }

  function callWithError(callback: (response: unknown) => void, message: string): void {
    lastError = { message };
    try {
      callback(undefined);
    } finally {
      lastError = undefined;
    }
  }

  const chromeShim = {
    ...fakeBrowser,
    runtime: {
      ...fakeBrowser.runtime,
      get id() {
        return fakeBrowser.runtime.id;
      },
      get lastError() {
        return lastError;
      },
      /** The popup's `runtime.sendMessage`; the messaging module passes a callback. */
      sendMessage(message: Envelope, callback: (response: unknown) => void) {
        popupMessages.push({ type: message.type, data: clone(message.data) });
        let done!: () => void;
        answered.push({ type: message.type, done: new Promise<void>((resolve) => (done = resolve)) });
        const deliver = () => {
          const failure = failing.get(message.type);
          if (failure !== undefined) {
            failing.delete(message.type);
            callWithError(callback, failure);
            done();
            return;
          }
          void toBackground(message, popupSender()).then((answer) => {
            if (answer === undefined)
              callWithError(callback, 'The message port closed before a response was received.');
            else callback(answer);
            done();
          });
        };
        if (holding.has(message.type)) held.set(message.type, [...(held.get(message.type) ?? []), deliver]);
        else deliver();
      },
    },
    tabs: {
      ...fakeBrowser.tabs,
      /** The background's `tabs.sendMessage` to a tab's frames (`pushVerdict`, `applyFix`). */
      sendMessage(
        tabId: number,
        message: Envelope,
        options: { frameId?: number } | undefined,
        callback: (response: unknown) => void,
      ) {
        const targets = [...frames.values()].filter(
          (frame) => frame.tabId === tabId && (options?.frameId === undefined || frame.frameId === options.frameId),
        );
        queueMicrotask(() => {
          if (targets.length === 0) {
            callWithError(callback, 'Could not establish connection. Receiving end does not exist.');
            return;
          }
          let answer: Answer;
          for (const frame of targets) {
            const data = clone(message.data);
            if (message.type === 'pushVerdict') frame.pushes.push(data as FrameVerdict);
            if (message.type === 'applyFix') {
              frame.fixes.push(data as FixRequest);
              answer = { res: clone(frame.onApplyFix(data as FixRequest)) };
            }
          }
          callback(answer);
        });
      },
    },
  };
  vi.stubGlobal('chrome', chromeShim);
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockImplementation(async () => {
    await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/options.html') });
  });
  // Outside a page (the node environment) the i18n fallback reads the language from navigator.
  if (typeof navigator === 'undefined' || !navigator.language) vi.stubGlobal('navigator', { language: 'en-US' });

  const tabUrls = new Map<number, string>();

  function frame(tabId: number, spec: FrameSpec): FakeFrame {
    const frameId = spec.frameId ?? 0;
    const documentId = spec.documentId ?? `doc-${tabId}-${frameId}-${nextId++}`;
    const sender = () => ({
      id: extensionId,
      tab: { id: tabId, url: tabUrls.get(tabId) ?? spec.url },
      frameId,
      documentId,
      url: spec.url,
      origin: new URL(spec.url).origin,
    });
    const fake: FakeFrame = {
      tabId,
      frameId,
      documentId,
      url: spec.url,
      pushes: [],
      fixes: [],
      onApplyFix: () => ({ ok: true, results: [] }),
      gone() {
        if (frames.get(`${tabId}:${frameId}`) === fake) frames.delete(`${tabId}:${frameId}`);
      },
      async send<T>(type: string, data: unknown): Promise<T> {
        const answer = await toBackground({ id: nextId++, type, data, timestamp: Date.now() }, sender());
        if (answer === undefined) throw new Error(`No answer to "${type}"`);
        if (answer.err) throw new Error(answer.err.message ?? String(answer.err));
        return answer.res as T;
      },
      report(payload = {}) {
        return fake.send<FrameVerdict>('reportFrame', framePayload(spec.url, payload));
      },
    };
    frames.set(`${tabId}:${frameId}`, fake);
    return fake;
  }

  async function navigate(tabId: number, url: string): Promise<void> {
    tabUrls.set(tabId, url);
    await fakeBrowser.tabs.update(tabId, { url });
  }

  async function openTab(url: string): Promise<number> {
    const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
    await navigate(tab.id!, url);
    return tab.id!;
  }

  async function asPopup<T>(type: string, data: unknown): Promise<T> {
    const answer = await toBackground({ id: nextId++, type, data, timestamp: Date.now() }, popupSender());
    if (answer === undefined) throw new Error(`No answer to "${type}"`);
    if (answer.err) throw new Error(answer.err.message ?? String(answer.err));
    return answer.res as T;
  }

  // The options page saves the settings: through the real settings storage, version stamp included.
  vi.resetModules();
  const settingsStorage = await import('../../components/platform/settings-storage');
  await settingsStorage.saveLocalSettings(options.settings ?? scenarioSettings());
  await options.beforeStart?.();
  // A new service worker: fresh module state, the real runtime.
  vi.resetModules();
  const { startBackground } = await import('../../components/platform/background-runtime');
  startBackground();

  return {
    openTab,
    navigate,
    frame,
    async portalTab(url, payload) {
      const tabId = await openTab(url);
      const top = frame(tabId, { url });
      await top.report(payload);
      return { tabId, top };
    },
    asPopup,
    view: (tabId) => asPopup<TabView>('getTabView', { tabId }),
    popupMessages,
    async settled(type) {
      await Promise.all(answered.filter((entry) => entry.type === type).map((entry) => entry.done));
      // The popup's store applies the answer in its own continuation.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    hold(type) {
      holding.add(type);
      return () => {
        holding.delete(type);
        for (const deliver of held.get(type) ?? []) deliver();
        held.delete(type);
      };
    },
    failNext(type, message) {
      failing.set(type, message);
    },
    popupUrl: (tabId) => `/popup.html?tabId=${tabId}`,
    stop() {
      vi.unstubAllGlobals();
    },
  };
}
