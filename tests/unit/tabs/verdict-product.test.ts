import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../lib/context/match-index';
import type { FormState } from '../../../lib/model/form';
import { settingsSchema } from '../../../lib/settings/schema';
import { withFrameReport, withTabUrl } from '../../../lib/tabs/tab-state';
import { emptyTabState, type TabState } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import { scenarioSettings } from '../../e2e/scenario';

const settings = settingsSchema.parse(scenarioSettings());
const index = buildMatchIndex(settings);
const SUPPORT_URL =
  'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
const MARKETPLACE = 'Contoso Firewall (Marketplace, published by Contoso Security)';

function productStep(product: string): FormState {
  return {
    kind: 'azure',
    fields: {
      product: { id: 'product', control: 'fluent-dropdown', value: product, disabled: false, readOnly: false },
    },
    ...(product ? { product, marketplaceProduct: product.includes('Marketplace') } : {}),
  };
}

const DETAILS_STEP: FormState = {
  kind: 'azure',
  fields: {
    supportPlan: { id: 'supportPlan', control: 'fluent-dropdown', value: '', disabled: false, readOnly: false },
    firstName: { id: 'firstName', control: 'text', value: '', disabled: false, readOnly: false },
  },
};

function report(state: TabState, form: FormState | null, reportedAt: number): TabState {
  return withFrameReport(state, {
    frameId: 3,
    url: 'https://sandbox-1.reactblade.portal.azure.net/',
    page: { portal: 'azure-frame', page: 'other' },
    signals: [],
    form,
    fieldsFound: [],
    theme: null,
    overlayVisible: true,
    reportedAt,
    documentStartedAt: 1,
  });
}

const findingIds = (state: TabState) =>
  computeVerdict(state, settings, index, '2026-11-25').findings.map((finding) => finding.id);

describe('the chosen product, remembered per request', () => {
  it('keeps the marketplace warning on the later steps, where the product picker is gone', () => {
    let state = withTabUrl(emptyTabState(4), SUPPORT_URL, 10, true);
    state = report(state, productStep(MARKETPLACE), 20);
    expect(findingIds(state)).toContain('marketplace-product');
    state = report(state, null, 30);
    expect(findingIds(state)).toContain('marketplace-product');
    state = report(state, DETAILS_STEP, 40);
    expect(findingIds(state)).toContain('marketplace-product');
    expect(computeVerdict(state, settings, index, '2026-11-25').form?.product).toBe(MARKETPLACE);
  });

  it('keeps it in the tab state, so a restarted service worker still knows it', () => {
    let state = withTabUrl(emptyTabState(4), SUPPORT_URL, 10, true);
    state = report(state, productStep(MARKETPLACE), 20);
    // The worker stops: only what storage.session holds (JSON) comes back, and no verdict ran before.
    const restored = JSON.parse(JSON.stringify(state)) as TabState;
    const later = report(restored, DETAILS_STEP, 40);
    expect(later.chosenProduct).toEqual({
      requestKey: state.requestKey,
      product: MARKETPLACE,
      marketplaceProduct: true,
    });
    expect(findingIds(later)).toContain('marketplace-product');
  });

  it('does not carry the product to another request in the same tab', () => {
    let state = withTabUrl(emptyTabState(4), SUPPORT_URL, 10, true);
    state = report(state, productStep(MARKETPLACE), 20);
    state = withTabUrl(state, SUPPORT_URL.replace('contoso', 'adatum'), 30, false);
    state = report(state, DETAILS_STEP, 40);
    expect(findingIds(state)).not.toContain('marketplace-product');
  });

  it('forgets the product when the user clears the picker', () => {
    let state = withTabUrl(emptyTabState(4), SUPPORT_URL, 10, true);
    state = report(state, productStep(MARKETPLACE), 20);
    expect(findingIds(state)).toContain('marketplace-product');
    state = report(state, productStep(''), 30);
    expect(findingIds(state)).not.toContain('marketplace-product');
    state = report(state, DETAILS_STEP, 40);
    expect(findingIds(state)).not.toContain('marketplace-product');
  });

  it('belongs to one tab and request only', () => {
    let first = withTabUrl(emptyTabState(4), SUPPORT_URL, 10, true);
    first = report(first, productStep(MARKETPLACE), 20);
    findingIds(first);
    let other = withTabUrl(emptyTabState(5), SUPPORT_URL, 10, true);
    other = report(other, DETAILS_STEP, 40);
    expect(findingIds(other)).not.toContain('marketplace-product');
  });

  it('does not make a product picker outside a support request a support form', () => {
    let state = withTabUrl(emptyTabState(4), 'https://portal.azure.com/#@contoso.onmicrosoft.com/home', 10, true);
    state = report(state, productStep(MARKETPLACE), 20);
    const verdict = computeVerdict(state, settings, index, '2026-11-25');
    expect(verdict.form).toBeNull();
    expect(verdict.formFrameId).toBeUndefined();
    expect(verdict.findings.map((finding) => finding.id)).not.toContain('marketplace-product');
  });
});
