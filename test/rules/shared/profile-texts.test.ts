import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  evidenceOf,
  fieldNames,
  fixForField,
  MAX_EVIDENCE,
  openingOf,
  profileTexts,
  quoteList,
} from '../../../src/rules/shared/profile-texts';
import { optionsFromGuidelines } from '../../../src/rules/shared/rule-options';
import { makeGuidelines } from '../../helpers/guidelines';
import { growthRatio } from '../../helpers/time-growth';
import { makeLinkedInProfile, makeXProfile, present, unreadable } from '../../helpers/snapshots';

describe('profileTexts', () => {
  it('lists the free texts in reading order, job titles one by one, and skips fields the page did not show', () => {
    const linkedin = makeLinkedInProfile({ about: unreadable() });
    expect(profileTexts({ target: 'linkedin-profile', snapshot: linkedin }).map(({ field }) => field)).toEqual([
      'headline',
      'currentPositions',
    ]);
    const x = makeXProfile({ pinnedPost: unreadable() });
    expect(profileTexts({ target: 'x-profile', snapshot: x }).map(({ field }) => field)).toEqual(['name', 'bio']);
    expect(profileTexts({ target: 'x-profile', snapshot: x }, ['bio'])).toEqual([{ field: 'bio', text: x.fields.bio.status === 'present' ? x.fields.bio.value : '' }]);
  });
});

describe('evidenceOf', () => {
  it('keeps a short text whole, merging overlapping highlights', () => {
    expect(evidenceOf('headline', 'Insider at work', [[0, 7], [3, 7]])).toEqual([
      { field: 'headline', text: 'Insider at work', highlights: [[0, 7]] },
    ]);
  });

  it('cuts a long text into excerpts whose highlights still point at the words', () => {
    const text = `${'lorem ipsum '.repeat(100)}insider ${'dolor sit '.repeat(100)}insider end`;
    const first = text.indexOf('insider');
    const last = text.lastIndexOf('insider');
    const evidence = evidenceOf('about', text, [[first, first + 7], [last, last + 7]]);
    expect(evidence).toHaveLength(2);
    for (const item of evidence) {
      expect(item.text.length).toBeLessThan(200);
      const [[start, end]] = item.highlights as [[number, number]];
      expect(item.text.slice(start, end)).toBe('insider');
    }
    expect(evidence[0]?.text.startsWith('…')).toBe(true);
    expect(evidence[1]?.text.endsWith('insider end')).toBe(true);
  });

  it('gives at most MAX_EVIDENCE excerpts of bounded size when a word runs all along a text', () => {
    const text = 'insider '.repeat(20_000);
    const ranges = Array.from({ length: 20_000 }, (_, i) => [i * 8, i * 8 + 7] as const);
    const evidence = evidenceOf('about', text, ranges);
    expect(evidence).toHaveLength(MAX_EVIDENCE);
    for (const item of evidence) expect(item.text.length).toBeLessThan(500);
  });
});

describe('openingOf', () => {
  it('keeps a short text whole and cuts a long one at a word', () => {
    expect(openingOf('bio', 'Short bio.')).toEqual({ field: 'bio', text: 'Short bio.' });
    const long = openingOf('about', 'word '.repeat(1000));
    expect(long.text.endsWith('word…')).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(301);
  });
});

describe('fixForField', () => {
  const english = { translate: () => undefined };

  it('points to the form of the field, and to nothing when the profile address has no slug', () => {
    const input = { target: 'linkedin-profile' as const, snapshot: makeLinkedInProfile() };
    expect(fixForField(input, 'currentPositions', english)).toEqual({
      label: 'Edit your experience',
      url: 'https://www.linkedin.com/in/ada-vermeulen/details/experience/',
    });
    const noSlug = { target: 'linkedin-profile' as const, snapshot: makeLinkedInProfile({}, { url: 'https://www.linkedin.com/feed/' }) };
    expect(fixForField(noSlug, 'about', english)).toBeNull();
    expect(fixForField({ target: 'x-profile', snapshot: makeXProfile({ bio: present('x') }) }, 'name', english)?.url).toBe(
      'https://x.com/settings/profile',
    );
  });

  it('labels the fix in the active language', () => {
    const input = { target: 'x-profile' as const, snapshot: makeXProfile() };
    const dutch = { translate: (key: string) => (key === 'rule_shared_fixXBio' ? 'Je X-bio bewerken' : undefined) };
    expect(fixForField(input, 'bio', dutch)?.label).toBe('Je X-bio bewerken');
    expect(fixForField(input, 'name', dutch)?.label).toBe('Edit your X name');
  });
});

describe('fieldNames', () => {
  it('names each field once, in the active language', () => {
    const sources = [
      { field: 'headline' as const, text: 'a' },
      { field: 'about' as const, text: 'b' },
      { field: 'headline' as const, text: 'c' },
    ];
    expect(fieldNames(sources, { translate: () => undefined })).toBe('headline, About');
    const french = { translate: (key: string) => ({ rule_shared_fieldHeadline: 'titre', rule_shared_fieldAbout: 'Infos' })[key] };
    expect(fieldNames(sources, french)).toBe('titre, Infos');
  });
});

describe('optionsFromGuidelines', () => {
  it('reads a rule’s options from the guidelines, and falls back to the defaults when they do not parse', () => {
    const schema = z.strictObject({ nearWords: z.number().int().optional() });
    const set = (options: Record<string, unknown>) => {
      const guidelines = makeGuidelines();
      return { ...guidelines, rules: { 'some-rule': { options } } };
    };
    expect(optionsFromGuidelines(set({ nearWords: 3 }), 'some-rule', schema, {})).toEqual({ nearWords: 3 });
    expect(optionsFromGuidelines(set({ nearWords: 'far' }), 'some-rule', schema, {})).toEqual({});
    expect(optionsFromGuidelines(makeGuidelines(), 'some-rule', schema, {})).toEqual({});
  });
});

describe('evidenceOf cost', () => {
  it('cuts excerpts of a long text without spaces by looking only around each highlight', () => {
    const highlights = Array.from({ length: 40 }, (_, i) => [i * 1000, i * 1000 + 5] as const);
    const check = (text: string) => evidenceOf('about', text, highlights);
    expect(check('x'.repeat(100_000))).toHaveLength(MAX_EVIDENCE);
    // Eight times the text: a pass over all of it would take about eight times as long; looking around each
    // highlight, about the same. (Doubling under 1.5 failed on a loaded CI machine at 1.84.)
    expect(growthRatio((length) => 'x'.repeat(length), check, 100_000, 5, 8)).toBeLessThan(3);
  });
});

describe('quoteList', () => {
  it('lists at most ten values of at most 80 characters, then how many more', () => {
    const values = Array.from({ length: 1_000 }, (_, i) => `${'x'.repeat(200)}${i}`);
    const english = { translate: () => undefined };
    const list = quoteList(values, english);
    expect(list.length).toBeLessThan(1_000);
    expect(list.endsWith('… (+990)')).toBe(true);
    expect(quoteList(['a', 'b', 'a'], english)).toBe('“a”, “b”');
  });
});
