// npm start: builds the extension, serves the replica portals at their real host names and opens
// Chromium with the extension on them. Without a display (or when a headed browser can't start)
// it runs headless, writes a screenshot of each demo page to .output/demo/ and prints what the
// extension shows there. A stop where the overlay shows nothing, or a screenshot that can't be
// taken, makes it exit non-zero.
//
// `--check` is the smoke test `npm test` runs: a few stops, headless, on the existing build,
// screenshots to tests/.tmp/demo/, and a JSON report of passed and failed stops.
//
// The tour and its helpers are exported for tests/scripts/store-assets.mjs, which photographs
// the same stops for the store listing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReplicaServer } from '../replicas/server.mjs';
import { configureExtension, launchExtensionBrowser, tabIdOf } from './browser.mjs';

const CHECK = process.argv.includes('--check');
const OUTPUT = CHECK ? 'tests/.tmp/demo' : '.output/demo';
const CHECK_REPORT = 'tests/.tmp/demo-check.json';
/** How long a stop may take to show the overlay: the late-header and frame stops need a few seconds. */
export const OVERLAY_TIMEOUT_MS = 20_000;
export const SUPPORT = '#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

/**
 * The demo tour: each stop shows one situation the extension handles. `context` is the kind the
 * top frame's banner must show, `findings` that a frame must show at least one finding, and
 * `check` marks the stops the smoke test visits.
 */
export const TOUR = [
  {
    name: 'partner-center',
    title: 'Partner Center customer list',
    url: 'https://partner.microsoft.com/dashboard/v2/customers/list',
  },
  {
    name: 'azure-customer-support-form',
    title: 'Azure support request for customer Contoso (path form), React view in the reactblade frame',
    url: `https://portal.azure.com/contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`,
    context: 'customer',
    findings: true,
    popup: 'customer',
    check: true,
  },
  {
    name: 'azure-own-tenant-support-form',
    title: "Azure support request in the partner's own tenant (#@ form)",
    url: `https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/${SUPPORT.slice(1)}?pcgReplicaStep=details`,
    context: 'own',
    popup: 'own',
  },
  {
    name: 'azure-unlisted-tenant',
    title: 'A tenant that is not in the customer directory',
    url: `https://portal.azure.com/#@northwind.onmicrosoft.com/${SUPPORT.slice(1)}?pcgReplicaStep=details`,
    context: 'unlisted',
    popup: 'unlisted',
  },
  {
    name: 'azure-knockout-dutch',
    title: 'Classic (Knockout) support blade with Dutch labels, customer Contoso',
    url: `https://portal.azure.com/?l=nl&pcgReplicaVariant=knockout#@contoso.onmicrosoft.com/${SUPPORT.slice(1)}`,
    context: 'customer',
    findings: true,
  },
  {
    name: 'm365-customer-support-pane',
    title: 'Microsoft 365 admin center, contact-support pane for Contoso (delegatedOrg)',
    url: 'https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support',
    context: 'customer',
    check: true,
  },
  {
    name: 'azure-unknown-context',
    title: 'Azure portal home with no tenant signal yet',
    url: 'https://portal.azure.com/?pcgReplicaHeaderDelay=600000#home',
    context: 'unknown',
    popup: 'unknown',
  },
];

function firstLine(error) {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

export function build() {
  console.log('Building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** What the overlay shows in each frame of the page; frames without an overlay are left out. */
async function overlayState(page) {
  const frames = [];
  for (const frame of page.frames()) {
    const seen = await frame
      .evaluate(() => {
        const root = document.querySelector('partner-context-guard')?.shadowRoot;
        const context = root?.querySelector('[data-pcg-context]');
        if (!root || !context) return null;
        return {
          context: context.getAttribute('data-pcg-context'),
          tenant: context.querySelector('.pcg-tenant')?.textContent ?? '',
          findings: [...root.querySelectorAll('[data-pcg-finding]')].map(
            (node) => `${node.getAttribute('data-pcg-finding')} (${node.getAttribute('data-pcg-severity')})`,
          ),
        };
      })
      .catch(() => null);
    if (seen) frames.push({ where: frame === page.mainFrame() ? 'top frame' : new URL(frame.url()).host, ...seen });
  }
  return frames;
}

/** Whether the overlay shows what the stop expects. */
function shows(stop, frames) {
  if (frames.length === 0) return false;
  const top = frames.find((frame) => frame.where === 'top frame');
  if (stop.context && top?.context !== stop.context) return false;
  if (stop.findings && !frames.some((frame) => frame.findings.length > 0)) return false;
  return true;
}

/** Waits for the overlay's context banner (and what else the stop expects) to render, up to a timeout. */
export async function waitForOverlay(page, stop) {
  const deadline = Date.now() + OVERLAY_TIMEOUT_MS;
  let frames = await overlayState(page);
  while (!shows(stop, frames) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    frames = await overlayState(page);
  }
  return { frames, ok: shows(stop, frames) };
}

function describeFrames(frames) {
  if (frames.length === 0) return '    (no overlay)';
  return frames
    .flatMap(({ where, context, tenant, findings }) => [
      `    ${where}: context ${context}${tenant ? ` · ${tenant}` : ''}`,
      ...findings.map((finding) => `      finding ${finding}`),
    ])
    .join('\n');
}

function expectation(stop) {
  return [
    stop.context ? `context "${stop.context}" in the top frame` : 'a context banner',
    ...(stop.findings ? ['at least one finding'] : []),
  ].join(' and ');
}

/**
 * Runs the tour headless. Returns the problems found, each with the stop it belongs to; an empty
 * list means every stop showed what it should.
 */
async function runHeadlessTour(browser, stops) {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const problems = [];
  for (const stop of stops) {
    const page = await browser.context.newPage();
    try {
      await page.goto(stop.url);
      const { frames, ok } = await waitForOverlay(page, stop);
      const file = `${OUTPUT}/${stop.name}.png`;
      await page.screenshot({ path: file, fullPage: false });
      console.log(`\n${stop.title}\n  ${stop.url}\n  screenshot: ${file}\n${describeFrames(frames)}`);
      if (!ok) {
        problems.push({
          stop: stop.name,
          message: `expected ${expectation(stop)} within ${OVERLAY_TIMEOUT_MS / 1000} s; the overlay showed ${
            frames.length === 0 ? 'nothing' : frames.map((frame) => `${frame.where}: ${frame.context}`).join(', ')
          }`,
        });
      }
      if (stop.popup) {
        const tabId = await tabIdOf(browser, page.url().split('#')[0].split('?')[0] + '*');
        const popup = await browser.context.newPage();
        await popup.setViewportSize({ width: 400, height: 720 });
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
        const card = popup.locator(`.context-card[data-pcg-context="${stop.popup}"]`);
        await card.waitFor({ timeout: OVERLAY_TIMEOUT_MS }).catch(() => {
          problems.push({ stop: stop.name, message: `the popup did not show context "${stop.popup}"` });
        });
        const popupFile = `${OUTPUT}/popup-${stop.popup}.png`;
        await popup.screenshot({ path: popupFile, fullPage: true });
        console.log(`  popup (${stop.popup}): ${popupFile}`);
        await popup.close();
      }
    } catch (error) {
      problems.push({ stop: stop.name, message: firstLine(error) });
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return problems;
}

/** A display is only worth trying when one is named, nobody asked for headless, and this is no test run. */
function wantsHeaded() {
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return display && !process.env.CI && !CHECK && !process.argv.includes('--headless');
}

async function launch(port) {
  if (wantsHeaded()) {
    try {
      return { browser: await launchExtensionBrowser({ port, headless: false }), headed: true };
    } catch (error) {
      console.warn(`A headed Chromium could not start (${firstLine(error)}); running headless instead.`);
    }
  }
  return { browser: await launchExtensionBrowser({ port, headless: true }), headed: false };
}

/** The demo itself, when this file is run (not when the store-assets script imports the tour). */
async function main() {
  if (!CHECK) build();
  const server = await startReplicaServer({ port: Number(process.env.PORT ?? 0) });
  const { browser, headed } = await launch(server.port);
  await configureExtension(browser, JSON.parse(readFileSync('tests/fixtures/scenario-settings.json', 'utf8')));
  console.log(`Replica portals served on 127.0.0.1:${server.port}; extension ${browser.extensionId} loaded.`);

  if (headed) {
    for (const stop of TOUR) await (await browser.context.newPage()).goto(stop.url);
    console.log('Chromium is open on the demo portals. Press Ctrl+C to stop.');
    const stop = async () => {
      await browser.close();
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    browser.context.on('close', stop);
  } else {
    const stops = CHECK ? TOUR.filter((stop) => stop.check) : TOUR;
    const problems = await runHeadlessTour(browser, stops).catch((error) => [
      { stop: null, message: firstLine(error) },
    ]);
    await browser.close();
    await server.close();
    if (CHECK) {
      // One test per stop; a tour that broke off outside any stop fails as a whole.
      const crashed = problems.some((problem) => problem.stop === null);
      const failedStops = new Set(problems.map((problem) => problem.stop));
      const passed = crashed ? 0 : stops.filter((stop) => !failedStops.has(stop.name)).length;
      mkdirSync('tests/.tmp', { recursive: true });
      writeFileSync(
        CHECK_REPORT,
        JSON.stringify({ numPassedTests: passed, numFailedTests: crashed ? 1 : failedStops.size, problems }, null, 2),
      );
    }
    if (problems.length > 0) {
      console.error(`\nDemo FAILED: ${problems.length} problem(s):`);
      for (const { stop, message } of problems) console.error(`  - ${stop ?? 'tour'}: ${message}`);
      console.error(`Screenshots so far are in ${OUTPUT}/.`);
      process.exit(1);
    }
    console.log(`\nDemo done: screenshots in ${OUTPUT}/`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
