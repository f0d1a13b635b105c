import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  DETAIL_ROOT_SELECTOR,
  isRelevantMutation,
  THEME_ROOT_SELECTOR,
  WATCHED_ATTRIBUTES,
} from '../../lib/overlay/relevance';
import { ContextTimers } from './context-timers';
import { StructureWatch } from './structure-watch';

/** The smallest element holding all the given ones. */
function commonAncestor(elements: readonly Element[]): Element {
  let ancestor: Element = elements[0]!;
  for (const element of elements.slice(1)) {
    while (!ancestor.contains(element) && ancestor.parentElement) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

export interface FrameObserverHooks {
  /** The overlay's host element, whose own mutations are not the page's. */
  readonly overlayElement: () => HTMLElement | null;
  /** One pass over the page, at most once per animation frame. */
  readonly onPass: () => void;
  /** Scroll and resize: the overlay re-measures, nothing is re-read. */
  readonly onGeometry: () => void;
}

/**
 * Watches the frame for changes that matter and batches them to one pass per animation frame.
 * Every listener, observer and timer is tied to `ctx`.
 */
export class FrameObserver {
  private readonly timers: ContextTimers;
  private structure: StructureWatch | null = null;
  private details: MutationObserver | null = null;
  private detailRoots: readonly Node[] = [];
  private scheduled = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly hooks: FrameObserverHooks,
  ) {
    this.timers = new ContextTimers(ctx);
  }

  start(): void {
    // Runs inside MutationObserver callbacks, outside the pass's guard: a page that breaks the DOM
    // methods it uses must not see our error. A check that fails counts as relevant, so the
    // (guarded) pass still runs.
    const isRelevant = (records: MutationRecord[]) => {
      try {
        const host = this.hooks.overlayElement();
        return records.some((record) => isRelevantMutation(record, host));
      } catch (error) {
        console.debug('[Partner Context Guard]', error);
        return true;
      }
    };
    // Structure (a form, frame or header appearing) is watched everywhere, but only in an
    // attention window after load, navigation or user input: portals churn their DOM all day,
    // and watching all of it costs the page time when nothing new can appear.
    this.structure = new StructureWatch(this.ctx, isRelevant, () => this.schedule());
    // Attribute and text changes are watched only where they matter (see watchDetails), always.
    this.details = new MutationObserver((records) => {
      if (!isRelevant(records)) return;
      this.schedule();
      if (this.structure?.awake) this.structure.keepAwake();
    });
    this.ctx.onInvalidated(() => this.details?.disconnect());
    this.wake();
    for (const type of ['pointerdown', 'click', 'keydown', 'focusin'] as const) {
      this.ctx.addEventListener(window, type, () => this.wake(), { capture: true, passive: true });
    }
    for (const type of ['input', 'change']) {
      this.ctx.addEventListener(document, type as 'input', () => this.wake(), { capture: true, passive: true });
    }
    for (const type of ['hashchange', 'popstate']) {
      this.ctx.addEventListener(window, type as 'hashchange', () => this.wake());
    }
    const navigation = (window as { navigation?: EventTarget }).navigation;
    if (navigation)
      this.ctx.addEventListener(navigation as Window, 'currententrychange' as 'hashchange', () => this.wake());
    this.ctx.addEventListener(window, 'scroll', () => this.hooks.onGeometry(), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', () => this.hooks.onGeometry(), { passive: true });
  }

  /** Opens (or extends) the attention window and checks the page now. */
  wake(): void {
    this.structure?.wake();
    this.schedule();
  }

  /** Batches work to one pass per animation frame, however many mutations arrive. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timers.requestAnimationFrame(() => {
      this.scheduled = false;
      this.hooks.onPass();
    });
  }

  /** Runs `work` in the next animation frame, tied to `ctx`. */
  nextFrame(work: () => void): void {
    this.timers.requestAnimationFrame(work);
  }

  /**
   * Attribute and text changes count only in the header, the support form and the theme holders:
   * one observer watches just those, re-pointed when they change. It also watches the child lists
   * (and only those) of every ancestor of the header and of the form, so their removal is seen at
   * once, whatever the page does elsewhere: a churning dashboard mutates no ancestor of the form.
   */
  watchDetails(fieldElements: readonly Element[]): void {
    const subtreeRoots = [
      ...document.querySelectorAll(DETAIL_ROOT_SELECTOR),
      ...(fieldElements.length > 0 ? [commonAncestor(fieldElements)] : []),
    ];
    const host = this.hooks.overlayElement();
    const attributeOnly = [
      document.documentElement,
      document.body,
      ...document.querySelectorAll(THEME_ROOT_SELECTOR),
      ...(host ? [host] : []),
    ].filter(Boolean);
    const targets = new Map<Node, MutationObserverInit>();
    const watch = (node: Node, init: MutationObserverInit) => {
      const current = targets.get(node);
      targets.set(node, current ? mergeInit(current, init) : init);
    };
    for (const root of subtreeRoots) {
      for (let ancestor = root.parentNode; ancestor; ancestor = ancestor.parentNode)
        watch(ancestor, { childList: true });
    }
    for (const root of attributeOnly) {
      // The body's own children too: that is where the overlay's host lives, and where a page
      // that removes it would act.
      watch(root, {
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden'],
        childList: root === document.body,
      });
    }
    for (const root of subtreeRoots) {
      watch(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: [...WATCHED_ATTRIBUTES],
      });
    }
    const roots = [...targets.keys()];
    if (roots.length === this.detailRoots.length && roots.every((root, index) => root === this.detailRoots[index]))
      return;
    this.detailRoots = roots;
    const details = this.details;
    if (!details) return;
    details.disconnect();
    for (const [root, init] of targets) details.observe(root, init);
  }
}

/** One observation of a node that two roles ask for: the union of both (a node is observed once). */
function mergeInit(a: MutationObserverInit, b: MutationObserverInit): MutationObserverInit {
  const attributes = a.attributes === true || b.attributes === true;
  const filters = [...(a.attributeFilter ?? []), ...(b.attributeFilter ?? [])];
  const unfiltered = (a.attributes === true && !a.attributeFilter) || (b.attributes === true && !b.attributeFilter);
  return {
    childList: a.childList === true || b.childList === true,
    subtree: a.subtree === true || b.subtree === true,
    characterData: a.characterData === true || b.characterData === true,
    ...(attributes ? { attributes, ...(unfiltered ? {} : { attributeFilter: [...new Set(filters)] }) } : {}),
  };
}
