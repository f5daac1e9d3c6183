/** The preview cards: what each says, that the text fits, and that the colours are the site's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../src/engine/ids.ts';
import { colourOf, pixelAt } from '../../src/social/bitmap.ts';
import { CARD_PALETTE, CARD_SIZE, drawCard, setCardText, type PreviewCard } from '../../src/social/card.ts';
import { QUIZ_CARD, altTextOf, previewCards, type RoleLines } from '../../src/social/cards.ts';
import { cardFonts } from '../../src/social/fonts.ts';

const fonts = cardFonts();

/** Each role's name and summary as content/roles/<id>.yaml has them (one-line scalars). */
function roleLinesFromContent(): RoleLines {
  return Object.fromEntries(ROLE_IDS.map((id) => {
    const yaml = readFileSync(`content/roles/${id}.yaml`, 'utf8');
    const field = (key: string) => {
      const value = new RegExp(`^${key}: (.+)$`, 'm').exec(yaml)?.[1];
      if (!value) throw new Error(`content/roles/${id}.yaml: no one-line ${key}`);
      return value.trim();
    };
    return [id, { name: field('name'), summary: field('summary') }];
  })) as RoleLines;
}

const cards = previewCards(roleLinesFromContent());

describe('the cards', () => {
  it('are one per page type and one per role, with distinct file names', () => {
    expect(cards.map((card) => card.id)).toEqual(['quiz', 'result', 'how-it-works', 'roles', ...ROLE_IDS.map((id) => `role-${id}`)]);
  });

  it("show a role's name and its one-line summary", () => {
    expect(cards.find((card) => card.id === 'role-ml-engineer')).toMatchObject({
      headline: 'ML engineer',
      line: 'Trains, fine-tunes and validates custom models, for the cases where better predictions are worth real money.',
    });
  });

  it.each(cards.map((card) => [card.id, card] as const))('%s: every word of its text fits, at a readable size', (_, card) => {
    const text = setCardText(card, fonts);
    expect([...text.kicker.lines, ...text.headline.lines, ...text.line.lines].join(' ')).not.toContain('…');
    expect(text.headline.size).toBeGreaterThanOrEqual(56);
    expect(text.line.size).toBeGreaterThanOrEqual(28);
  });

  it('describe their picture in the alt text', () => {
    expect(altTextOf(QUIZ_CARD)).toBe(
      'Hire Order. Ten quick questions: Who should you hire first for AI? A hire order for your AI team: who now, who next, who at scale, and the reason and source for every seat. Beside it, a sketch of the now, next and later lanes of a hire order.',
    );
    expect(altTextOf(cards.find((card) => card.id === 'role-ai-engineer')!)).toMatch(/^Hire Order\. When to hire one: AI engineer\. Builds /);
  });
});

describe('drawing a card', () => {
  const overlong: PreviewCard = {
    id: 'overlong',
    kicker: 'A kicker far too long for one line of the card, which goes on and on and on and on',
    headline: `Pneumonoultramicroscopicsilicovolcanoconiosis ${'and a headline that goes on '.repeat(8)}`,
    line: 'words '.repeat(120),
    lanes: false,
  };

  // Three lines of headline and three of line at their largest sizes are taller than the card.
  const tall: PreviewCard = {
    id: 'tall',
    kicker: 'Ten quick questions',
    headline: 'Who should you hire first for the AI team of your company this year?',
    line: 'A hire order for your AI team: who now, who next, who at scale, how many, whether to build, hire or augment, and the reason and source for every seat in it.',
    lanes: false,
  };

  it.each([[overlong, false], [overlong, true], [tall, false]] as const)('keeps even overlong text inside the margins (%o, lanes: %s)', (card, lanes) => {
    const bitmap = drawCard({ ...card, lanes }, fonts);
    const background = colourOf(CARD_PALETTE.bg);
    const strayInk: string[] = [];
    for (let y = 0; y < CARD_SIZE.height - 14; y++) {
      for (let x = 0; x < CARD_SIZE.width; x++) {
        const inMargin = x < 72 || x >= CARD_SIZE.width - 72 || y < 72 || y >= CARD_SIZE.height - 14 - 40;
        if (inMargin && pixelAt(bitmap, x, y).join() !== background.join()) strayInk.push(`${x},${y}`);
      }
    }
    expect(strayInk.slice(0, 5)).toEqual([]);
  });

  it("uses the site's colours: white ground, the accent along the bottom", () => {
    const bitmap = drawCard(QUIZ_CARD, fonts);
    expect(pixelAt(bitmap, 5, 5)).toEqual(colourOf(CARD_PALETTE.bg));
    expect(pixelAt(bitmap, 600, CARD_SIZE.height - 3)).toEqual(colourOf(CARD_PALETTE.accent));
  });
});
