// npm start: builds the extension, serves the replica portals at their real host names and opens
// Chromium with the extension on them. Without a display it runs headless, writes a screenshot of
// each demo page to .output/demo/ and prints what the extension shows there.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { startReplicaServer } from '../replicas/server.mjs';
import { configureExtension, launchExtensionBrowser, tabIdOf } from './browser.mjs';

const OUTPUT = '.output/demo';
const SUPPORT = '#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

/** The demo tour: each stop shows one situation the extension handles. */
const TOUR = [
  {
    name: 'partner-center',
    title: 'Partner Center customer list',
    url: 'https://partner.microsoft.com/dashboard/v2/customers/list',
  },
  {
    name: 'azure-customer-support-form',
    title: 'Azure support request for customer Contoso (path form), React view in the reactblade frame',
    url: `https://portal.azure.com/contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`,
    popup: 'customer',
  },
  {
    name: 'azure-own-tenant-support-form',
    title: "Azure support request in the partner's own tenant (#@ form)",
    url: `https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/${SUPPORT.slice(1)}?pcgReplicaStep=details`,
    popup: 'own',
  },
  {
    name: 'azure-unlisted-tenant',
    title: 'A tenant that is not in the customer directory',
    url: `https://portal.azure.com/#@northwind.onmicrosoft.com/${SUPPORT.slice(1)}?pcgReplicaStep=details`,
    popup: 'unlisted',
  },
  {
    name: 'azure-knockout-dutch',
    title: 'Classic (Knockout) support blade with Dutch labels, customer Contoso',
    url: `https://portal.azure.com/?l=nl&pcgReplicaVariant=knockout#@contoso.onmicrosoft.com/${SUPPORT.slice(1)}`,
  },
  {
    name: 'm365-customer-support-pane',
    title: 'Microsoft 365 admin center, contact-support pane for Contoso (delegatedOrg)',
    url: 'https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support',
  },
  {
    name: 'azure-unknown-context',
    title: 'Azure portal home with no tenant signal yet',
    url: 'https://portal.azure.com/?pcgReplicaHeaderDelay=600000#home',
    popup: 'unknown',
  },
];

function build() {
  console.log('Building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function describeOverlay(page) {
  const frames = page.frames();
  const lines = [];
  for (const frame of frames) {
    const seen = await frame
      .evaluate(() => {
        const root = document.querySelector('partner-context-guard')?.shadowRoot;
        if (!root) return null;
        const context = root.querySelector('[data-pcg-context]');
        return {
          context: context?.getAttribute('data-pcg-context') ?? null,
          tenant: context?.querySelector('.pcg-tenant')?.textContent ?? '',
          findings: [...root.querySelectorAll('[data-pcg-finding]')].map(
            (node) => `${node.getAttribute('data-pcg-finding')} (${node.getAttribute('data-pcg-severity')})`,
          ),
        };
      })
      .catch(() => null);
    if (seen) {
      const where = frame === page.mainFrame() ? 'top frame' : new URL(frame.url()).host;
      lines.push(`    ${where}: context ${seen.context}${seen.tenant ? ` · ${seen.tenant}` : ''}`);
      for (const finding of seen.findings) lines.push(`      finding ${finding}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') : '    (no overlay: nothing to show here)';
}

async function runHeadlessTour(browser) {
  mkdirSync(OUTPUT, { recursive: true });
  for (const stop of TOUR) {
    const page = await browser.context.newPage();
    await page.goto(stop.url);
    await page.waitForTimeout(2500);
    const file = `${OUTPUT}/${stop.name}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(`\n${stop.title}\n  ${stop.url}\n  screenshot: ${file}\n${await describeOverlay(page)}`);
    if (stop.popup) {
      const tabId = await tabIdOf(browser, page.url().split('#')[0].split('?')[0] + '*').catch(() => null);
      if (tabId !== null) {
        const popup = await browser.context.newPage();
        await popup.setViewportSize({ width: 400, height: 720 });
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
        await popup.waitForTimeout(800);
        const popupFile = `${OUTPUT}/popup-${stop.popup}.png`;
        await popup.screenshot({ path: popupFile, fullPage: true });
        console.log(`  popup (${stop.popup}): ${popupFile}`);
        await popup.close();
      }
    }
    await page.close();
  }
}

build();
const server = await startReplicaServer({ port: Number(process.env.PORT ?? 0) });
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
const browser = await launchExtensionBrowser({ port: server.port, headless: !headed });
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
  await runHeadlessTour(browser);
  await browser.close();
  await server.close();
  console.log(`\nDemo done: screenshots in ${OUTPUT}/`);
}
