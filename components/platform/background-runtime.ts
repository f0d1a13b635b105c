import { browser } from 'wxt/browser';

/** Wires the background's listeners. Everything stateful lives behind these listeners. */
export function startBackground(): void {
  browser.runtime.onInstalled.addListener(() => undefined);
}
