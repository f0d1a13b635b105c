import { browser } from 'wxt/browser';

export type ImportModule = (url: string) => Promise<{ default?: unknown }>;

const importModule: ImportModule = (url) => import(/* @vite-ignore */ url) as Promise<{ default?: unknown }>;

/**
 * Imports one of the extension's built ES modules (a web-accessible resource) into the content
 * script's world, by the session's dynamic URL, and returns its default export. Chrome 130 turned
 * use_dynamic_url on, and its first releases with it refused that URL under the content script's
 * CSP; the fixed URL is the workaround reported for them (crbug.com/363027634). Current releases
 * refuse the fixed one.
 */
export async function importExtensionModule(file: string, load: ImportModule = importModule): Promise<unknown> {
  const dynamicUrl = browser.runtime.getURL(file as '/overlay-ui.js');
  const fixedUrl = `chrome-extension://${browser.runtime.id}${file}`;
  let module: { default?: unknown };
  try {
    module = await load(dynamicUrl);
  } catch (error) {
    if (fixedUrl === dynamicUrl) throw error;
    module = await load(fixedUrl);
  }
  return module.default;
}
