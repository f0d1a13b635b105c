/** Geometry in document coordinates (page scroll included). */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface CardPlacement {
  readonly id: string;
  /** `beside`: in a column to the right of the form, level with its field. `panel`: in the fixed side panel. */
  readonly mode: 'beside' | 'panel';
  readonly top: number;
  readonly left: number;
}

export interface LayoutInput {
  readonly cards: readonly { readonly id: string; readonly anchor?: Box; readonly height: number }[];
  readonly form: Box | null;
  readonly documentWidth: number;
  readonly cardWidth: number;
}

const GAP = 12;

/**
 * Places finding cards next to the fields they are about: in a column right of the form when
 * there is room, else everything goes to the fixed side panel. Cards never overlap; a card
 * without a field sits at the top of the column.
 */
export function layoutCards(input: LayoutInput): CardPlacement[] {
  const { form, cards, cardWidth, documentWidth } = input;
  const columnLeft = form ? form.left + form.width + GAP : 0;
  const fitsBeside = form !== null && columnLeft + cardWidth + GAP <= documentWidth;
  if (!fitsBeside || !form) {
    let offset = 0;
    return cards.map((card) => {
      const placement: CardPlacement = { id: card.id, mode: 'panel', top: offset, left: 0 };
      offset += card.height + GAP;
      return placement;
    });
  }
  const ordered = cards
    .map((card, order) => ({ card, order, wanted: card.anchor ? card.anchor.top : form.top }))
    .sort((a, b) => a.wanted - b.wanted || a.order - b.order);
  let nextFree = -Infinity;
  const placed = new Map<string, CardPlacement>();
  for (const { card, wanted } of ordered) {
    const top = Math.max(wanted, nextFree);
    placed.set(card.id, { id: card.id, mode: 'beside', top, left: columnLeft });
    nextFree = top + card.height + GAP;
  }
  return cards.map((card) => placed.get(card.id)!);
}

/** Clear of the portal's top bar. */
export const PANEL_MIN_TOP = 56;

/**
 * Where the fixed side panel starts, in viewport coordinates: level with the form's top while
 * that is in view, never under the portal's top bar, and never so low that the panel leaves the
 * screen. Fixed, not anchored in the document: forms in fixed panes (Microsoft 365) don't scroll.
 */
export function panelTop(formTopInViewport: number | null, viewportHeight: number): number {
  if (formTopInViewport === null) return PANEL_MIN_TOP;
  const lowest = Math.max(PANEL_MIN_TOP, Math.round(viewportHeight / 2));
  return Math.min(Math.max(PANEL_MIN_TOP, Math.round(formTopInViewport)), lowest);
}

/** The smallest box holding all the given ones; null for none. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((box) => box.top));
  const left = Math.min(...boxes.map((box) => box.left));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  return { top, left, width: right - left, height: bottom - top };
}
