// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Overlay, type OverlayProps } from '../../../components/overlay/Overlay';
import { TabTitlePresenter } from '../../../components/overlay/tab-title-presenter';
import { derivedColor } from '../../../lib/display/colors';
import { displayView } from '../../../lib/display/view';
import { settingsSchema } from '../../../lib/settings/schema';
import { scenarioSettings } from '../../e2e/scenario';
import { CONTOSO_SUPPORT, buildView, frameVerdictOf } from '../../support/projection';
import { overlayProps } from './overlay-props';

afterEach(cleanup);

function props(display: Record<string, unknown> = {}, showBanner = true): OverlayProps {
  const frame = frameVerdictOf(buildView({ url: CONTOSO_SUPPORT }));
  const settings = settingsSchema.parse({ ...scenarioSettings(), display });
  return overlayProps({
    view: {
      ...frame,
      display: displayView(frame.verdict.context, settings.display, { own: 'Own tenant', unlisted: 'Unlisted' }),
    },
    showFindings: false,
    showBanner,
  });
}

describe('the band', () => {
  it("shows the kind and the customer's colour, without pointer events, in the top frame", () => {
    const shown = props();
    const { container } = render(<Overlay {...shown} />);
    const band = container.querySelector<HTMLElement>('[data-pcg-tint]')!;
    expect(band.getAttribute('data-pcg-tint')).toBe('customer');
    const tenantId = shown.view.verdict.context.customer!.tenantId;
    const [r, g, b] = [1, 3, 5].map((index) => Number.parseInt(derivedColor(tenantId).slice(index, index + 2), 16));
    expect(band.style.backgroundColor).toBe(`rgb(${r}, ${g}, ${b})`);
    expect(band.style.height).toBe('4px');
    expect(band.className).toBe('pcg-tint');
    expect(band.getAttribute('aria-hidden')).toBe('true');
    // The banner's text stays: colour is never the only signal.
    expect(container.querySelector('[data-pcg-context="customer"]')!.textContent).toContain('Contoso');
  });

  it('is absent with display.tint off, and in frames other than the top one', () => {
    expect(render(<Overlay {...props({ tint: 'off' })} />).container.querySelector('[data-pcg-tint]')).toBeNull();
    cleanup();
    expect(render(<Overlay {...props({}, false)} />).container.querySelector('[data-pcg-tint]')).toBeNull();
  });

  it('moves the banner to the top next to the band with display.banner "top"', () => {
    const { container } = render(<Overlay {...props({ banner: 'top' })} />);
    const banner = container.querySelector('[data-pcg-context]')!;
    expect(banner.getAttribute('data-pcg-banner-position')).toBe('top');
    expect(banner.classList.contains('pcg-banner-top')).toBe(true);
    cleanup();
    const corner = render(<Overlay {...props()} />).container.querySelector('[data-pcg-context]')!;
    expect(corner.getAttribute('data-pcg-banner-position')).toBe('corner');
  });
});

describe('the tab title presenter', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('prefixes the title once, puts it back after the portal sets its own, and restores it when off', async () => {
    document.title = 'Home - Microsoft Azure';
    const ctx = new ContentScriptContext('test');
    const presenter = new TabTitlePresenter(ctx);
    presenter.show({ tabTitle: true, titlePrefix: '[Contoso Ltd] ' });
    presenter.show({ tabTitle: true, titlePrefix: '[Contoso Ltd] ' });
    expect(document.title).toBe('[Contoso Ltd] Home - Microsoft Azure');

    document.title = 'Users - Microsoft Azure';
    await flush();
    expect(document.title).toBe('[Contoso Ltd] Users - Microsoft Azure');

    // A portal that builds its title from the current one does not double the prefix.
    document.title = `${document.title} | Details`;
    await flush();
    expect(document.title).toBe('[Contoso Ltd] Users - Microsoft Azure | Details');

    // A portal that replaces the <title> element.
    document.querySelector('title')!.remove();
    const title = document.createElement('title');
    title.textContent = 'Groups';
    document.head.append(title);
    await flush();
    expect(document.title).toBe('[Contoso Ltd] Groups');

    presenter.show({ tabTitle: true, titlePrefix: '[Own tenant] ' });
    expect(document.title).toBe('[Own tenant] Groups');
    presenter.show({ tabTitle: true, titlePrefix: null });
    expect(document.title).toBe('Groups');

    presenter.show({ tabTitle: true, titlePrefix: '[Contoso Ltd] ' });
    presenter.show({ tabTitle: false, titlePrefix: null });
    expect(document.title).toBe('Groups');
    document.title = 'Devices';
    await flush();
    expect(document.title).toBe('Devices');
    ctx.abort();
  });

  it('leaves the title alone when off from the start, and restores it when the script goes away', () => {
    document.title = '[Mine] Portal';
    const ctx = new ContentScriptContext('test');
    const presenter = new TabTitlePresenter(ctx);
    presenter.show({ tabTitle: false, titlePrefix: null });
    expect(document.title).toBe('[Mine] Portal');
    presenter.show({ tabTitle: true, titlePrefix: '[Contoso Ltd] ' });
    expect(document.title).toBe('[Contoso Ltd] [Mine] Portal');
    ctx.abort();
    expect(document.title).toBe('[Mine] Portal');
  });
});
