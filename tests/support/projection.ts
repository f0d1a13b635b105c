import { buildMatchIndex } from '../../lib/context/match-index';
import { translate } from '../../lib/i18n/translate';
import type { FormState } from '../../lib/model/form';
import type { Signal } from '../../lib/model/tenant';
import { DEFAULT_PREFERENCES } from '../../lib/settings/preferences';
import { settingsSchema, type SettingsInput } from '../../lib/settings/schema';
import { reduceTab } from '../../lib/tabs/reducer';
import { asPortalFrame } from '../../lib/tabs/sender';
import { emptyTabState, type TabState } from '../../lib/tabs/types';
import {
  frameVerdictOf as projectFrame,
  judgeTab,
  tabViewOf,
  type FrameVerdict,
  type JudgeInput,
  type TabView,
} from '../../lib/tabs/view';
import { scenarioSettings } from '../e2e/scenario';

/**
 * The one way component tests get a TabView or a FrameVerdict without a running background: the
 * background's own reducer (`lib/tabs/reducer.ts`) turns a tab URL and a top-frame report into a
 * tab state, and its own projection (`lib/tabs/view.ts`) makes the views. Nothing is filled in by
 * hand, so a change to the projection shows in every test that renders its output. Tests of the
 * popup's actions use the real background instead (`background-harness.ts`).
 */

export const CONTOSO_SUPPORT =
  'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const OWN_SUPPORT =
  'https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const ADATUM_SUPPORT =
  'https://portal.azure.com/#@adatum.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const NORTHWIND_SUPPORT =
  'https://portal.azure.com/#@northwind.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const UNKNOWN_SUPPORT = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

/** The day the projection judges on: Contoso's GDAP runs to 2099, Adatum's has expired. */
const TODAY = '2026-11-24';
const EXTENSION_ID = 'projection-test-extension';
const TAB_ID = 7;

export interface ViewOptions {
  readonly url: string;
  readonly signals?: readonly Signal[];
  readonly form?: FormState | null;
  readonly settings?: SettingsInput;
  readonly confirmations?: readonly string[];
  readonly overlayVisible?: boolean;
}

/** What each built view was projected from, so its frame verdicts use the same state and settings. */
const sources = new WeakMap<TabView, { readonly state: TabState; readonly input: JudgeInput }>();

function judgeInputOf(settingsInput: SettingsInput): JudgeInput {
  const settings = settingsSchema.parse(settingsInput);
  return {
    settings,
    index: buildMatchIndex(settings),
    problems: 0,
    preferences: DEFAULT_PREFERENCES,
    today: TODAY,
    titleLabels: { own: translate('en', 'overlay_title_own'), unlisted: translate('en', 'overlay_title_unlisted') },
  };
}

/**
 * The popup's view of a tab whose top frame, at `url`, reported the given signals and form, as the
 * background computes it. The sender is checked the way the background checks it, so a URL the
 * extension does not run on fails here as it would there.
 */
export function buildView(options: ViewOptions): TabView {
  const input = judgeInputOf(options.settings ?? scenarioSettings());
  const sender = asPortalFrame(
    { id: EXTENSION_ID, tab: { id: TAB_ID }, frameId: 0, url: options.url, documentId: 'doc-top' },
    EXTENSION_ID,
  );
  if (!sender) throw new Error(`buildView: the background would refuse a report from ${options.url}`);
  let state = reduceTab(emptyTabState(TAB_ID), { type: 'tab-url', url: options.url, at: 10 });
  state = reduceTab(state, {
    type: 'frame-report',
    sender,
    at: 20,
    payload: {
      url: options.url,
      signals: [...(options.signals ?? [])],
      form: options.form ?? null,
      fieldsFound: Object.keys(options.form?.fields ?? {}) as never,
      theme: 'light',
      overlayVisible: options.overlayVisible ?? true,
      reportedAt: 20,
      documentStartedAt: 5,
    },
  });
  state = judgeTab(state, input).state;
  for (const checkId of options.confirmations ?? [])
    state = judgeTab(reduceTab(state, { type: 'check-confirmed', checkId, confirmed: true }), input).state;
  const view = tabViewOf(TAB_ID, state, input);
  sources.set(view, { state, input });
  return view;
}

/** What the background tells frame `frameId` of the tab `view` shows (the top frame by default). */
export function frameVerdictOf(view: TabView, frameId = 0): FrameVerdict {
  const source = sources.get(view);
  if (!source || !view.verdict) throw new Error('frameVerdictOf: pass a view made by buildView, on a portal page');
  return projectFrame(source.state, frameId, view.verdict, source.input);
}

/** An Azure support form as the content script reads it before anything is typed. */
export function emptyAzureForm(): FormState {
  const field = (id: string, control: 'text' | 'fluent-dropdown' = 'text') => ({
    id,
    control,
    value: '',
    disabled: false,
    readOnly: false,
  });
  return {
    kind: 'azure',
    fields: {
      supportPlan: field('supportPlan', 'fluent-dropdown'),
      firstName: field('firstName'),
      lastName: field('lastName'),
      email: field('email'),
      phone: field('phone'),
    } as FormState['fields'],
  };
}
