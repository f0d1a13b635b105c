import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context ends itself (and with it every listener, timer and the overlay)
 * when a "content script started" CustomEvent of its type reaches the document: that is how a
 * newer copy of the script, injected into the same document, retires an older one. The type is
 * `<extension id>:<entrypoint>:wxt:content-script-started`, and the extension ID is public (the
 * manifest key fixes it), so any script of the page could end the guard with one event. This
 * extension never injects a second copy into a document (there is no `scripting` permission and
 * no programmatic injection: a new version's script arrives with a new document), so every such
 * event is forged: it is stopped at the window, in the capture phase, before WXT's listener on the
 * document sees it.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext, entrypoint = 'portal'): void {
  const type = `${browser.runtime.id}:${entrypoint}:wxt:content-script-started`;
  window.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}
