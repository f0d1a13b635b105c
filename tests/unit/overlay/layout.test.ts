import { describe, expect, it } from 'vitest';
import { layoutCards, panelTop, PANEL_MIN_TOP, type Box, type CardPlacement } from '../../../lib/overlay/layout';

const FORM: Box = { top: 200, left: 40, width: 560, height: 900 };
const CARD_WIDTH = 300;

function field(top: number): Box {
  return { top, left: 60, width: 400, height: 32 };
}

function overlaps(a: CardPlacement, aHeight: number, b: CardPlacement, bHeight: number): boolean {
  return a.top < b.top + bHeight && b.top < a.top + aHeight;
}

describe('placing finding cards', () => {
  it('puts each card beside the form, level with its field, when the page is wide enough', () => {
    const placements = layoutCards({
      cards: [
        { id: 'plan', anchor: field(300), height: 80 },
        { id: 'contact', anchor: field(700), height: 80 },
      ],
      form: FORM,
      documentWidth: 1400,
      cardWidth: CARD_WIDTH,
    });
    expect(placements.map((placement) => placement.mode)).toEqual(['beside', 'beside']);
    expect(placements.map((placement) => placement.top)).toEqual([300, 700]);
    for (const placement of placements) expect(placement.left).toBeGreaterThanOrEqual(FORM.left + FORM.width);
  });

  it('puts a card without a field at the top of the form', () => {
    const [placement] = layoutCards({
      cards: [{ id: 'context', height: 60 }],
      form: FORM,
      documentWidth: 1400,
      cardWidth: CARD_WIDTH,
    });
    expect(placement).toMatchObject({ mode: 'beside', top: FORM.top });
  });

  it('never lets cards overlap, even when their fields are close together, and keeps their order', () => {
    const cards = [
      { id: 'a', anchor: field(300), height: 120 },
      { id: 'b', anchor: field(310), height: 90 },
      { id: 'c', anchor: field(305), height: 70 },
      { id: 'd', height: 50 },
    ];
    const placements = layoutCards({ cards, form: FORM, documentWidth: 1400, cardWidth: CARD_WIDTH });
    for (let i = 0; i < cards.length; i += 1)
      for (let j = i + 1; j < cards.length; j += 1)
        expect(overlaps(placements[i]!, cards[i]!.height, placements[j]!, cards[j]!.height)).toBe(false);
    expect(placements.map((placement) => placement.id)).toEqual(['a', 'b', 'c', 'd']);
    // A card is never moved above its field.
    for (const [index, card] of cards.entries())
      if (card.anchor) expect(placements[index]!.top).toBeGreaterThanOrEqual(card.anchor.top);
  });

  it('falls back to the panel when there is no room beside the form', () => {
    const placements = layoutCards({
      cards: [
        { id: 'plan', anchor: field(300), height: 80 },
        { id: 'contact', anchor: field(700), height: 100 },
      ],
      form: FORM,
      documentWidth: FORM.left + FORM.width + CARD_WIDTH,
      cardWidth: CARD_WIDTH,
    });
    expect(placements.map((placement) => placement.mode)).toEqual(['panel', 'panel']);
    expect(overlaps(placements[0]!, 80, placements[1]!, 100)).toBe(false);
  });

  it('falls back to the panel when the form has no located fields', () => {
    const placements = layoutCards({
      cards: [{ id: 'context', height: 60 }],
      form: null,
      documentWidth: 1400,
      cardWidth: CARD_WIDTH,
    });
    expect(placements[0]?.mode).toBe('panel');
  });
});

describe('the side panel', () => {
  it("starts level with the form's top while that is in view", () => {
    expect(panelTop(240, 900)).toBe(240);
  });

  it('stays below the top bar when the form starts above the view or is unknown', () => {
    expect(panelTop(-500, 900)).toBe(PANEL_MIN_TOP);
    expect(panelTop(null, 900)).toBe(PANEL_MIN_TOP);
  });

  it('never starts so low that it leaves the screen', () => {
    expect(panelTop(2000, 900)).toBe(450);
    expect(panelTop(2000, 80)).toBe(PANEL_MIN_TOP);
  });
});
