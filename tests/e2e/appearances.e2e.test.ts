import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlayIn, useExtensionBrowser } from './harness';
import { scenarioSettings } from './scenario';

const SUPPORT = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade?pcgReplicaStep=details';

const findingsShown = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('partner-context-guard')
        ?.shadowRoot?.querySelector('[data-pcg-finding="contact-not-filled"]') != null,
  );

describe('new elements announce themselves by an animation, and the page keeps its own', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it("runs the replica's own animations on the form's controls exactly as the page wrote them, and still finds the form", async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `https://portal.azure.com/?pcgReplicaVariant=knockout&pcgReplicaOwnAnimation=1#@contoso.onmicrosoft.com/${SUPPORT}`,
    );
    await expect.poll(() => findingsShown(page), { timeout: 15_000 }).toBe(true);
    // Mount a second form after the extension's rule is in place: its controls are new elements.
    const controls = await page.evaluate(async () => {
      const mount = (
        window as unknown as {
          Replica_azure_support_knockout: { mountKnockoutSupportForm(el: HTMLElement, o: object): unknown };
        }
      ).Replica_azure_support_knockout.mountKnockoutSupportForm;
      const container = document.createElement('div');
      document.querySelector('#knockout-support-form')!.parentElement!.append(container);
      mount(container, { language: 'en' });
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const describe = (element: Element) => {
        const style = getComputedStyle(element);
        return {
          name: style.animationName,
          duration: style.animationDuration,
          timing: style.animationTimingFunction,
          count: style.animationIterationCount,
          running: element.getAnimations().map((animation) => (animation as CSSAnimation).animationName),
        };
      };
      return {
        email: describe(container.querySelector('input[type="email"]')!),
        input: describe(container.querySelector('input[type="text"]')!),
      };
    });
    // The page's unlayered rule (e-mail) and its layered rule (other inputs) both win over ours.
    expect(controls.email).toMatchObject({ name: 'replica-pulse', duration: '0.4s', timing: 'ease-in', count: '2' });
    expect(controls.input).toMatchObject({ name: 'replica-glow', duration: '0.3s', timing: 'linear', count: '1' });
    const seen = await page.evaluate(
      () => (window as unknown as { __replicaAnimations: string[] }).__replicaAnimations,
    );
    // They ran to their end, and the page's listeners never saw an animation event of ours.
    expect(seen).toContain('animationend:replica-pulse');
    expect(seen).toContain('animationend:replica-glow');
    expect(seen.filter((entry) => !/:replica-(pulse|glow)$/.test(entry))).toEqual([]);
    await page.close();
  });

  it('announces a control that has no animation of the page by its own zero-length animation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/?pcgReplicaVariant=knockout#@contoso.onmicrosoft.com/${SUPPORT}`);
    await expect.poll(() => findingsShown(page), { timeout: 15_000 }).toBe(true);
    const style = await page.evaluate(() => {
      const select = document.createElement('textarea');
      document.body.append(select);
      const computed = getComputedStyle(select);
      return { name: computed.animationName, duration: computed.animationDuration };
    });
    expect(style.name).toMatch(/^pcg-/);
    expect(style.duration).toBe('0s');
    await page.close();
  });

  it('finds a form inserted, and sees it removed, while the page churns, each within a frame or two', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `https://portal.azure.com/?pcgReplicaVariant=knockout&pcgReplicaChurn=2000&pcgReplicaChurnSeconds=120#@contoso.onmicrosoft.com/${SUPPORT}`,
    );
    await expect.poll(() => findingsShown(page), { timeout: 15_000 }).toBe(true);
    // Only the animation path can find it in time, and only the watch on the form's ancestors sees
    // it go in time: with the structure sampled every 500 ms, most of these took longer than 250 ms.
    const timings = await page.evaluate(async () => {
      const mount = (
        window as unknown as {
          Replica_azure_support_knockout: { mountKnockoutSupportForm(el: HTMLElement, o: object): { dispose(): void } };
        }
      ).Replica_azure_support_knockout.mountKnockoutSupportForm;
      const shown = () =>
        document
          .querySelector('partner-context-guard')
          ?.shadowRoot?.querySelector('[data-pcg-finding="contact-not-filled"]') != null;
      const until = async (condition: () => boolean) => {
        const started = performance.now();
        while (!condition() && performance.now() - started < 3_000) await new Promise((r) => setTimeout(r, 5));
        return performance.now() - started;
      };
      const blade = document.querySelector('#knockout-support-form')!.parentElement!;
      document.querySelector('#knockout-support-form')!.remove();
      await until(() => !shown());
      const found: number[] = [];
      const gone: number[] = [];
      for (let n = 0; n < 5; n += 1) {
        const container = document.createElement('div');
        blade.append(container);
        const form = mount(container, { language: 'en' });
        found.push(await until(shown));
        form.dispose();
        container.remove();
        gone.push(await until(() => !shown()));
      }
      return { found, gone };
    });
    const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[2]!;
    expect(medianOf(timings.found)).toBeLessThan(250);
    expect(medianOf(timings.gone)).toBeLessThan(250);
    await page.close();
  });

  it('loads the guard in no quiet portal-extension frame, and in a frame once it shows a control', async () => {
    const page = await browser.context.newPage();
    const guardLoads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/portal-guard.js') && !request.redirectedFrom())
        guardLoads.push(request.frame().url());
    });
    await page.goto('https://portal.azure.com/?pcgReplicaQuietFrames=6#@contoso.onmicrosoft.com/home');
    await page.waitForFunction(
      () => (window as unknown as { __replicaQuietFrames?: { loaded: number } }).__replicaQuietFrames?.loaded === 6,
    );
    await expect.poll(() => overlayIn(page).count()).toBe(1);
    await page.waitForTimeout(1_000);
    expect(guardLoads).toEqual([page.url()]);
    const quiet = page.frames().find((frame) => frame.url().includes('ext2.hosting.portal.azure.net'))!;
    await quiet.evaluate(() => document.body.append(Object.assign(document.createElement('input'), { type: 'text' })));
    await expect.poll(() => guardLoads.length).toBe(2);
    expect(guardLoads[1]).toBe(quiet.url());
    await page.close();
  });
});
