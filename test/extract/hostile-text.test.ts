/**
 * @file Hostile text in a profile (markup-like strings, a 100 KB About, emoji, right-to-left text, zero-width
 * characters) comes through the readers as plain text with whitespace normalised, and is never parsed as markup;
 * a text longer than its field's bound (src/snapshot/limits.ts) keeps its first characters and is marked truncated.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract';
import { cutText } from '../../src/extract/bound';
import { normalizeText, readText } from '../../src/extract/dom';
import { MAX_TEXT } from '../../src/snapshot/limits';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

const HOSTILE = {
  markup: '<img src=x onerror="alert(1)"><script>alert("pwned")</script> &amp; <b>bold</b>',
  huge: `${'Brightwave helps teams ship. '.repeat(3600)}The end.`,
  emoji: 'Building 🚀 with 👩‍💻 teams 🇧🇪 — café ✨',
  rtl: 'مرحبا بالعالم — שלום עולם — mixed with English',
  zeroWidth: 'Zero\u200Bwidth\u2060joiners\uFEFF and\u00A0no-break\u202Fspaces',
} as const;

interface Target {
  page: string;
  field: string;
  /** The field's bound in characters. */
  max: number;
  /** Where the page shows the field itself, when it also repeats the text elsewhere (X's sticky header, nav). */
  within?: string;
}

/** Fields of each page type whose text a person writes; the hostile text replaces what the fixture shows. */
const TARGETS: readonly Target[] = [
  { page: 'linkedin/profile/', field: 'about', max: MAX_TEXT.about },
  { page: 'linkedin/profile/', field: 'headline', max: MAX_TEXT.headline },
  {
    page: 'x/profile/',
    field: 'bio',
    max: MAX_TEXT.bio,
    within: '[data-testid="primaryColumn"] [data-testid="UserDescription"]',
  },
  {
    page: 'x/profile/',
    field: 'name',
    max: MAX_TEXT.name,
    within: '[data-testid="primaryColumn"] [data-testid="UserName"]',
  },
];

/** The innermost element whose visible text is exactly `text`. */
function elementShowing(doc: Document, text: string, within?: string): Element | undefined {
  const root = (within && doc.querySelector(within)) || doc.body;
  const matches = Array.from(root.querySelectorAll('*')).filter((el) => readText(el) === text);
  return matches.find((el) => !matches.some((other) => other !== el && el.contains(other)));
}

for (const target of TARGETS) {
  const fixture = fixturePaths()
    .map(loadFixture)
    .find(
      (candidate) =>
        candidate.name.startsWith(target.page) &&
        (candidate.expected as { fields: Record<string, { status: string }> } | undefined)?.fields[target.field]
          ?.status === 'present',
    );

  describe(`${target.page} ${target.field} with hostile text`, () => {
    it('has a fixture showing the field', () => {
      expect(fixture).toBeDefined();
    });
    if (!fixture) return;

    for (const [kind, text] of Object.entries(HOSTILE)) {
      it(`reads ${kind} text as plain text in ${fixture.name}`, () => {
        const doc = parseHtml(fixture.html);
        const expected = fixture.expected as { fields: Record<string, { value: string }> };
        const shown = expected.fields[target.field]?.value as string;
        const element = elementShowing(doc, shown, target.within);
        expect(element, `no element shows the ${target.field} text`).toBeDefined();
        // The page shows the text as text (what the site does), so it must come back as that text.
        (element as Element).textContent = text;
        const value = (
          readPage(doc, fixture.url)?.snapshot.fields as Record<string, { status: string; value?: unknown }>
        )[target.field];
        const whole = normalizeText(text, Infinity);
        expect(value).toEqual(
          whole.length > target.max
            ? { status: 'present', value: cutText(whole, target.max), truncated: true }
            : { status: 'present', value: whole },
        );
      });
    }
  });
}
