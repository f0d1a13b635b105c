// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayProps } from '../../../components/overlay/Overlay';
import { CONTOSO_SUPPORT, buildView, emptyAzureForm, frameVerdictOf } from '../../support/projection';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const CARD_HEIGHT = 220;

describe('finding cards beside the form', () => {
  it('are spaced by their measured heights, also inside the shadow root the overlay lives in', async () => {
    // jsdom has no layout: cards report a fixed, tall height, everything else none.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const height = this.id.startsWith('pcg-card-') ? CARD_HEIGHT : 0;
      return { top: 0, left: 0, width: 300, height, right: 300, bottom: height, x: 0, y: 0, toJSON: () => '' };
    });
    const host = document.createElement('partner-context-guard');
    document.body.append(host);
    const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const view = buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() });
    const props: OverlayProps = {
      view: frameVerdictOf(view),
      showFindings: true,
      showBanner: false,
      theme: 'light',
      // The plan and the first name sit close together: the first card, at its real height,
      // would cover the second if the estimate were used.
      fieldBoxes: {
        supportPlan: { top: 100, left: 0, width: 500, height: 30 },
        firstName: { top: 200, left: 0, width: 500, height: 30 },
      },
      formBox: { top: 80, left: 0, width: 500, height: 800 },
      documentWidth: 1400,
      dismissed: new Set(),
      lastFill: null,
      lastUndo: null,
      busy: false,
      onFix: vi.fn(),
      onDismiss: vi.fn(),
    };
    render(<Overlay {...props} />, { container });
    const top = (id: string) =>
      Number.parseFloat((container.querySelector(`#pcg-card-${id}`) as HTMLElement).style.top);
    await vi.waitFor(() =>
      expect(top('contact-not-filled') - top('customer-plan-not-csp')).toBeGreaterThanOrEqual(CARD_HEIGHT),
    );
  });
});
