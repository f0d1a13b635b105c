// npm run store-assets: the store images, from the current build on the replica portals, with
// Chromium. For English and Dutch it writes to docs/store/images/<language>/:
//   - screenshot-<n>-<stop>.png, 1280×800: demo stops (tests/scripts/demo.mjs), and the popup's
//     checklist beside the page it checks;
//   - promo-small.png, 440×280: the small promotional tile.
// It builds first (like npm start), reuses the demo's tour, browser launch and replica server,
// and fails when a stop does not show the overlay or an image has the wrong size.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReplicaServer } from '../replicas/server.mjs';
import { configureExtension, launchExtensionBrowser, tabIdOf } from './browser.mjs';
import { build, OVERLAY_TIMEOUT_MS, TOUR, waitForOverlay } from './demo.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUT = join(ROOT, 'docs/store/images');
const SCREENSHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };

/** The demo stops photographed for the store, in order (each is a stop of the demo's tour). */
const STOPS = ['azure-customer-support-form', 'azure-own-tenant-support-form', 'azure-unlisted-tenant'];
const POPUP_STOP = 'azure-customer-support-form';

const TEXT = {
  en: {
    tagline: 'Know which tenant you are in.',
    detail: 'Guards CSP support requests in Azure, Entra, Intune, Microsoft 365 and Partner Center.',
    popup: 'The checklist before you submit',
  },
  nl: {
    tagline: 'Weet in welke tenant u werkt.',
    detail: 'Bewaakt CSP-supportaanvragen in Azure, Entra, Intune, Microsoft 365 en Partner Center.',
    popup: 'De controlelijst voor u verzendt',
  },
};

/** The replicas show Dutch labels with `l=nl` (see tests/replicas/src/_support-texts.ts). */
function localised(url, language) {
  if (language !== 'nl') return url;
  const parsed = new URL(url);
  parsed.searchParams.set('l', 'nl');
  return parsed.toString();
}

function pngSize(buffer) {
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
}

/** Renders a small HTML composition at an exact size and returns the PNG. */
async function compose(browser, size, html) {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize(size);
    await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
    await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => {}))));
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;

async function assetsFor(language, port, problems) {
  const dir = join(OUTPUT, language);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const browser = await launchExtensionBrowser({ port, headless: true, language });
  const written = [];
  const save = (name, png, size) => {
    const actual = pngSize(png);
    if (actual.width !== size.width || actual.height !== size.height)
      problems.push(`${language}/${name}: ${actual.width}×${actual.height}, not ${size.width}×${size.height}`);
    const file = join(dir, name);
    writeFileSync(file, png);
    written.push(file);
  };
  try {
    await configureExtension(
      browser,
      JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/scenario-settings.json'), 'utf8')),
    );
    let number = 1;
    let popupBackdrop;
    for (const name of STOPS) {
      const stop = TOUR.find((candidate) => candidate.name === name);
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize(SCREENSHOT);
        await page.goto(localised(stop.url, language));
        const { ok } = await waitForOverlay(page, stop);
        if (!ok) problems.push(`${language}/${name}: the overlay did not show what the demo expects`);
        const png = await page.screenshot({ type: 'png' });
        save(`screenshot-${number}-${name}.png`, png, SCREENSHOT);
        number += 1;
        if (name === POPUP_STOP) {
          popupBackdrop = png;
          const tabId = await tabIdOf(browser, page.url().split('#')[0].split('?')[0] + '*');
          const popup = await browser.context.newPage();
          await popup.setViewportSize({ width: 400, height: 720 });
          await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
          await popup
            .locator(`.context-card[data-pcg-context="${stop.popup}"]`)
            .waitFor({ timeout: OVERLAY_TIMEOUT_MS })
            .catch(() => problems.push(`${language}/popup: the popup did not show context "${stop.popup}"`));
          const popupPng = await popup.screenshot({ type: 'png' });
          await popup.close();
          const html = `
            <div style="position:relative;width:1280px;height:800px;overflow:hidden;font-family:'Segoe UI',system-ui,sans-serif">
              <div style="position:absolute;left:0;top:0;width:1280px;height:800px;background-image:linear-gradient(rgba(8,24,48,.72),rgba(8,24,48,.72)),url(${dataUrl(popupBackdrop)});background-size:1280px 800px"></div>
              <div style="position:absolute;left:64px;top:300px;width:560px;color:#fff;font-size:40px;font-weight:600;line-height:1.2">${escapeHtml(TEXT[language].popup)}</div>
              <img src="${dataUrl(popupPng)}" style="position:absolute;right:96px;top:40px;width:400px;height:720px;box-shadow:0 12px 40px rgba(0,0,0,.5);border-radius:8px">
            </div>`;
          save(`screenshot-${number}-popup.png`, await compose(browser, SCREENSHOT, html), SCREENSHOT);
          number += 1;
        }
      } catch (error) {
        problems.push(`${language}/${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        await page.close().catch(() => undefined);
      }
    }
    const icon = readFileSync(join(ROOT, 'public/icon/128.png'));
    const tile = `
      <div style="width:440px;height:280px;box-sizing:border-box;padding:28px;background:linear-gradient(135deg,#0b3a6e,#1565c0);color:#fff;font-family:'Segoe UI',system-ui,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
        <div style="display:flex;align-items:center;gap:16px">
          <img src="${dataUrl(icon)}" width="72" height="72">
          <div style="font-size:28px;font-weight:700;line-height:1.1">Partner Context Guard</div>
        </div>
        <div>
          <div style="font-size:22px;font-weight:600;margin-bottom:8px">${escapeHtml(TEXT[language].tagline)}</div>
          <div style="font-size:15px;opacity:.9;line-height:1.35">${escapeHtml(TEXT[language].detail)}</div>
        </div>
      </div>`;
    save('promo-small.png', await compose(browser, TILE, tile), TILE);
  } finally {
    await browser.close();
  }
  return written;
}

if (!process.argv.includes('--no-build')) build();
const server = await startReplicaServer({ port: 0 });
const problems = [];
try {
  for (const language of ['en', 'nl']) {
    const written = await assetsFor(language, server.port, problems);
    for (const file of written) console.log(`wrote ${file.slice(ROOT.length + 1)}`);
  }
} finally {
  await server.close();
}
if (problems.length > 0) {
  console.error(`Store assets FAILED:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
