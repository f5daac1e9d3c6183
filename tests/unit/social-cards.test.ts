/** The preview cards: what each says, that its counts are the model's, that the text fits, and the site's colours. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../src/engine/ids.ts';
import { CARD_SIZE, drawCard, setCardText, type PreviewCard } from '../../src/social/card.ts';
import { QUIZ_CARD, altTextOf, previewCards, type RoleLines } from '../../src/social/cards.ts';
import { SITE_NAME } from '../../src/content/site-wording.ts';
import { questionCountRange } from '../../src/engine/model-counts.ts';
import { ACCENT, BG } from '../../src/styles/tokens.ts';

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
const card = (id: string) => cards.find((each) => each.id === id)!;

describe('the cards', () => {
  it('are one per page type and one per role, with distinct file names', () => {
    expect(cards.map((each) => each.id)).toEqual(['quiz', 'result', 'how-it-works', 'roles', ...ROLE_IDS.map((id) => `role-${id}`)]);
  });

  it("show a role's name and its one-line summary", () => {
    expect(card('role-ml-engineer')).toMatchObject({
      kicker: 'When to hire one',
      headline: 'ML engineer',
      line: 'Trains, fine-tunes and validates custom models, for the cases where better predictions are worth real money.',
      lanes: null,
    });
  });

  it("name the model's counts: 8 to 10 questions (domain.md: ten, two of them conditional), 20 rules, 12 roles, 5 articles", () => {
    expect(card('quiz').kicker).toBe('8 to 10 quick questions');
    expect(card('how-it-works').line).toMatch(/^8 to 10 questions, 20 rules in plain words, .* the 5 articles /);
    expect(card('roles').headline).toBe('The 12 roles');
  });

  it('count the questions over every answer set: fewest when neither conditional question is asked', () => {
    expect(questionCountRange()).toEqual({ min: 8, max: 10 });
  });

  it('draw the lanes, named as a result names them, on the quiz and result cards only', () => {
    expect(cards.filter((each) => each.lanes).map((each) => each.id)).toEqual(['quiz', 'result']);
    expect(QUIZ_CARD.lanes).toEqual(['Now', 'Next', 'Later']);
  });

  it('describe their picture in the alt text', () => {
    expect(altTextOf(QUIZ_CARD)).toBe(
      'Hire Order. 8 to 10 quick questions: Who should you hire first for AI? A hire order for your AI team: who now, who next, who at scale, and the reason and source for every seat. Beside it, a sketch of the now, next and later lanes of a hire order.',
    );
    expect(altTextOf(card('role-ai-engineer'))).toMatch(/^Hire Order\. When to hire one: AI engineer\. Builds /);
  });

  it.each(cards.map((each) => [each.id, each] as const))('%s: every word of its text fits, at a readable size', async (_, each) => {
    const text = await setCardText(each);
    expect(text.kicker.lines).toBe(1);
    expect(text.headline.lines).toBeLessThanOrEqual(3);
    expect(text.line.lines).toBeLessThanOrEqual(3);
    expect(text.headline.size).toBeGreaterThanOrEqual(56);
    expect(text.line.size).toBeGreaterThanOrEqual(28);
  });
});

/** A card drawn, as RGBA pixels (read once: each read of resvg's `pixels` copies them). */
async function pixelsOf(each: PreviewCard) {
  const image = await drawCard(each, SITE_NAME);
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}

/** Pixels of `image` that are not the background, in the card's margins and in its text band. */
function ink(image: { width: number; height: number; pixels: Uint8Array }) {
  const background = [1, 3, 5].map((at) => parseInt(BG[0].slice(at, at + 2), 16));
  const stray: string[] = [];
  let inside = 0;
  for (let y = 0; y < image.height - 14; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (background.every((value, c) => image.pixels[i + c] === value)) continue;
      const inMargin = x < 72 || x >= image.width - 72 || y < 72 || y >= image.height - 14 - 40;
      if (inMargin) stray.push(`${x},${y}`);
      else if (y >= 160) inside++;
    }
  }
  return { stray, inside };
}

describe('drawing a card', () => {
  const overlong: PreviewCard = {
    id: 'overlong',
    kicker: 'A kicker far too long for one line of the card, which goes on and on and on and on',
    headline: `Pneumonoultramicroscopicsilicovolcanoconiosis ${'and a headline that goes on '.repeat(8)}`,
    line: 'words '.repeat(120),
    lanes: null,
  };

  // Three lines of headline and three of line at their largest sizes are taller than the card.
  const tall: PreviewCard = {
    id: 'tall',
    kicker: '8 to 10 quick questions',
    headline: 'Who should you hire first for the AI team of your company this year?',
    line: 'A hire order for your AI team: who now, who next, who at scale, how many, whether to build, hire or augment, and the reason and source for every seat in it.',
    lanes: null,
  };

  it('is 1200 by 630, the size Open Graph asks for', async () => {
    const image = await drawCard(QUIZ_CARD, SITE_NAME);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(CARD_SIZE).toEqual({ width: 1200, height: 630 });
  });

  it('shrinks a tall text, headline first, until it fits', async () => {
    const text = await setCardText(tall);
    expect(text.headline.size).toBeLessThan(76);
    expect(text.line.size).toBe(34);
    expect(text.headline.lines).toBeLessThanOrEqual(3);
  });

  const LANES = ['Now', 'Next', 'Later'];
  it.each([
    ['overlong text', { ...overlong, lanes: null }],
    ['overlong text beside the lanes', { ...overlong, lanes: LANES }],
    ['a tall text', tall],
    ['the longest role name with the longest summary, beside the lanes', {
      ...card('role-security-governance'),
      headline: [...cards].sort((a, b) => b.headline.length - a.headline.length)[0]!.headline,
      line: [...cards].sort((a, b) => b.line.length - a.line.length)[0]!.line,
      lanes: LANES,
    }],
  ] as const)('keeps %s inside the margins', async (_, each) => {
    const { stray, inside } = ink(await pixelsOf(each));
    expect(stray.slice(0, 5)).toEqual([]);
    expect(inside).toBeGreaterThan(20_000);
  });

  it('keeps every real card inside its margins', async () => {
    for (const each of cards) expect(ink(await pixelsOf(each)).stray.slice(0, 5), each.id).toEqual([]);
  });

  it("uses the site's colours: its light background, the accent along the bottom", async () => {
    const image = await pixelsOf(QUIZ_CARD);
    const at = (x: number, y: number) => `#${[...image.pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(at(5, 5)).toBe(BG[0]);
    expect(at(600, CARD_SIZE.height - 3)).toBe(ACCENT[0]);
  });
});
