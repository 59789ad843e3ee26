/**
 * @file The team's Markdown summary (src/coaching/report-markdown.ts): the figures with how each was computed and its
 * count, the value only with its assumption, the charts' tables, the top gaps by title; no names unless asked; and
 * every text from the record escaped, checked by rendering the Markdown with a real CommonMark + GFM renderer
 * (marked) and reading the HTML back: a hostile name is one table cell holding exactly its text, no element.
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { readTranslation } from '../../src/cli/locale';
import { escapeMarkdown, teamMarkdown, type TeamMarkdownOptions } from '../../src/coaching/report-markdown';
import type { ColleagueRow, TeamFigures } from '../../src/coaching/team-types';
import { colleagueRow, emptyFigures, teamFigures } from '../helpers/report-figures';

const OPTIONS: TeamMarkdownOptions = { titleOf: (ruleId) => `Title of ${ruleId}`, onboardingScore: 70 };

function markdown(figures: TeamFigures = teamFigures(), rows: readonly ColleagueRow[] = [], options: Partial<TeamMarkdownOptions> = {}) {
  return teamMarkdown(figures, rows, undefined, { ...OPTIONS, ...options });
}

/** The Markdown rendered to a document, as a wiki or a mail client would. */
function rendered(text: string): Document {
  const html = marked.parse(text, { gfm: true, async: false });
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

/** What a name should read as once rendered: one line, no bidirectional controls, single spaces, trimmed. */
const asRead = (name: string) =>
  name
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .trim()
    .replace(/ {2,}/g, ' ');

/** The rendered colleagues' table (the last table), as rows of cells. */
function colleagueCells(doc: Document): Element[][] {
  const tables = [...doc.querySelectorAll('table')];
  return [...(tables.at(-1)?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')]);
}

const HOSTILE_NAMES = [
  'Ada | Vermeulen',
  '*Ada* **Vermeulen**',
  '_Ada_ __V__',
  '`Ada` ``V``',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[Ada](https://evil.test) ![x](https://evil.test/x.png)',
  '# Ada',
  '## Ada\n# Vermeulen',
  'Ada\nVermeulen',
  'Ada\r\n\r\n| a | b |\r\n| --- | --- |',
  '- Ada',
  '+ Ada',
  '1. Ada',
  '2) Ada',
  '> Ada',
  '=== Ada',
  '---',
  'Ada &amp; &lt;V&gt;',
  '~~Ada~~ $x^2$',
  'Ada\\',
  'Ada\\|V',
  'مريم الحداد',
  'Zoë 🚀 Ünal',
  '\u202eAda\u202c Vermeulen',
  '    Ada (indented)',
  'https://evil.test',
  'www.evil.test',
  'ada@evil.test',
  'mailto:ada@evil.test',
];

describe('escapeMarkdown', () => {
  it.each([
    ['Ada | Vermeulen', 'Ada \\| Vermeulen'],
    ['*Ada* _V_', '\\*Ada\\* \\_V\\_'],
    ['`code`', '\\`code\\`'],
    ['<script>', '\\<script\\>'],
    ['[a](b)', '\\[a\\](b)'],
    ['# Title', '\\# Title'],
    ['1. first', '1\\. first'],
    ['- item', '\\- item'],
    ['Ada\nVermeulen', 'Ada Vermeulen'],
    ['Nordlicht · Winter 2026-27', 'Nordlicht · Winter 2026-27'],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('names in the summary', () => {
  it('lists no colleague by default: team figures, not people', () => {
    const rows = [colleagueRow({ name: 'Ada Vermeulen' }), colleagueRow({ id: 'c2', name: 'Bo Jansen' })];
    const text = markdown(teamFigures(), rows);
    expect(text).not.toContain('Ada');
    expect(text).not.toContain('Bo Jansen');
    expect(text).not.toContain('## Colleagues');
  });

  it('renders each hostile name, when asked for, as one table cell holding exactly its text and no element', () => {
    const rows = HOSTILE_NAMES.map((name, index) => colleagueRow({ id: `c${index}`, name }));
    const doc = rendered(markdown(teamFigures(), rows, { colleagues: true }));
    const cells = colleagueCells(doc);
    expect(cells).toHaveLength(HOSTILE_NAMES.length);
    cells.forEach((row, index) => {
      const name = HOSTILE_NAMES[index] as string;
      expect(row, JSON.stringify(name)).toHaveLength(9);
      expect(row[0]?.textContent, JSON.stringify(name)).toBe(asRead(name));
      expect(row[0]?.children.length, JSON.stringify(name)).toBe(0);
      expect(row[4]?.textContent).toBe('70');
    });
    expect(doc.querySelector('script, img, a, code, del, h3, blockquote, ol, hr')).toBeNull();
    expect(new Set([...doc.querySelectorAll('table *')].map((element) => element.tagName))).toEqual(new Set(['THEAD', 'TBODY', 'TR', 'TH', 'TD']));
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Team report']);
  });

  it('keeps the guidelines’ name on its line, as text, whatever it holds', () => {
    const name = 'Nordlicht\n# Boss <img src=x onerror=alert(1)> [click](https://evil.test) *now*';
    const doc = rendered(markdown(teamFigures(), [], { guidelinesName: name }));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('img, a')).toBeNull();
    const intro = [...doc.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Figures of'));
    expect(intro?.textContent).toBe(`Figures of 2026-03-10. Guidelines: ${asRead(name)}.`);
    expect(intro?.children.length).toBe(0);
  });

  it('escapes the findings’ titles in the gaps table', () => {
    const doc = rendered(markdown(teamFigures(), [], { titleOf: (id) => `*${id}* | <b>x</b>` }));
    const gaps = [...doc.querySelectorAll('table')].at(-1) as HTMLTableElement;
    const first = [...gaps.querySelectorAll('tbody tr')][0] as HTMLTableRowElement;
    expect([...first.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['*company-page-link* | <b>x</b>', 'Team up', '6']);
  });

  it('renders any name as exactly its text, in its own cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 16 }), fc.string({ unit: 'binary-ascii', maxLength: 16 }), (a, b) => {
        const names = [a, b];
        const cells = colleagueCells(rendered(markdown(teamFigures(), names.map((name) => colleagueRow({ name })), { colleagues: true })));
        expect(cells.map((row) => row.length)).toEqual(names.map(() => 9));
        expect(cells.map((row) => row[0]?.textContent)).toEqual(names.map(asRead));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the figures', () => {
  const figureItems = (text: string) => [...rendered(text).querySelectorAll('body > ul > li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

  it('gives each figure with the count it stands on and how it was computed', () => {
    expect(figureItems(markdown())).toEqual([
      "Onboarded: 9 of 25 (36%) on 2026-03-10 How: colleagues whose latest session scores 70 or more (the guidelines' onboarding score), over the team's size entered from 2026-03-01; a past share keeps the size it had then.",
      "Alignment gained: median +12 points (7 colleagues) How: each colleague's latest score minus their first on the same site under the same guidelines; a colleague with one such session does not count.",
      "Visibility: LinkedIn followers +35.5% (4 colleagues); LinkedIn connections -2% (3 colleagues); X followers: no colleague yet How: median change in per cent between each colleague's first and latest sessions on a site that both have the count and are at least 30 days apart; the programme's realistic goal is +30% to +100%.",
      'Value: 18 EUR, counting each follower or connection gained as one view, at 12 EUR per thousand views (1,500 gained) How: the followers and connections gained between the sessions the visibility figure compares (losses count too), one view each, priced at the cost per thousand views the company entered: an estimate, never a measure.',
    ]);
  });

  it('says nothing of value without a cost per view: never a figure without its assumption', () => {
    const text = markdown(teamFigures({ value: null }));
    expect(text).not.toContain('**Value**');
    expect(text).not.toContain('EUR');
  });

  it('gives the onboarded count without a share when no team size was entered', () => {
    const today = { on: '2026-03-10', count: 4, size: null, share: null };
    const items = figureItems(markdown(teamFigures({ onboarded: { ...today, sizeFrom: null, series: [today] } })));
    expect(items[0]).toBe(
      "Onboarded: 4 on 2026-03-10; no team size entered, so no share How: colleagues whose latest session scores 70 or more (the guidelines' onboarding score); a share needs the team's size, entered with the day it holds from.",
    );
  });

  it('gives one colleague in the singular', () => {
    const text = markdown(teamFigures({ alignment: { median: -3, count: 1, firstMedian: 50, latestMedian: 47 } }));
    expect(text).toContain('median -3 points (1 colleague)');
  });
});

describe('the tables', () => {
  /** Each table under its heading, as rows of cell texts (the head first). */
  function tables(text: string): Record<string, string[][]> {
    const doc = rendered(text);
    return Object.fromEntries(
      [...doc.querySelectorAll('table')].map((table) => {
        let heading = table.previousElementSibling;
        while (heading && heading.tagName !== 'H2') heading = heading.previousElementSibling;
        return [heading?.textContent ?? '', [...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''))];
      }),
    );
  }

  it('are the charts’ tables with the figures’ numbers, and the top gaps by title', () => {
    const all = tables(markdown());
    expect(Object.keys(all)).toEqual(['Stages', 'Latest scores', 'Onboarded over time', 'Alignment before and after', 'Where the training should go']);
    expect(all.Stages).toEqual([
      ['Stage', 'Colleagues', 'Share of those coached'],
      ['Coached', '12', '100%'],
      ['Safe profile', '9', '75%'],
      ['Connected to the company', '5', '42%'],
      ['Speaks for the company', '2', '17%'],
      ['Next stage undecided (a rule could not be read)', '1', '8%'],
    ]);
    expect(all['Latest scores']?.slice(1).map((row) => row[1])).toEqual(['0', '0', '1', '0', '2', '3', '2', '2', '1', '0', '1']);
    expect(all['Latest scores']?.at(-1)).toEqual(['No score', '1']);
    expect(all['Onboarded over time']).toEqual([
      ['Day', 'Onboarded', 'Team size', 'Share'],
      ['2026-01-31', '2', 'not entered', '—'],
      ['2026-02-28', '4', '20', '20%'],
      ['2026-03-10', '9', '25', '36%'],
    ]);
    expect(all['Alignment before and after']?.slice(1)).toEqual([
      ['First session (median)', '48'],
      ['Latest session (median)', '63'],
      ['Median change (points)', '+12'],
      ['Colleagues', '7'],
    ]);
    expect(all['Where the training should go']).toEqual([
      ['Open finding', 'Step', 'Colleagues'],
      ['Title of company-page-link', 'Team up', '6'],
      ['Title of headline-keywords', 'Plan ahead', '4'],
      ['Title of profile-photo', 'Guidelines', '1'],
    ]);
  });

  it('become sentences when there is nothing to tabulate', () => {
    const text = markdown(emptyFigures());
    expect(tables(text)).toEqual({});
    const doc = rendered(text);
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'No colleague has been coached yet.',
        'No session yet.',
        'not yet: no colleague has two sessions on the same site under the same guidelines',
        'No open finding in the latest sessions.',
      ]),
    );
  });

  it.each([
    ['en', 1, 1, 'median +1 point (1 colleague)'],
    ['en', -1, 2, 'median -1 point (2 colleagues)'],
    ['en', 0.5, 2, 'median +0.5 points (2 colleagues)'],
    ['fr', 1.5, 3, 'médiane +1,5 point (3 collègues)'],
    ['fr', 2, 1, 'médiane +2 points (1 collègue)'],
    ['nl', 1, 4, 'mediaan +1 punt (4 collega’s)'],
    ['nl', 3, 1, 'mediaan +3 punten (1 collega)'],
  ] as const)('word the alignment gained by the plural rules of %s (a median of %d, %d colleagues)', (language, median, count, expected) => {
    const figures = teamFigures({ alignment: { median, count, firstMedian: 50, latestMedian: 50 + median } });
    expect(teamMarkdown(figures, [], readTranslation(language), OPTIONS)).toContain(expected);
  });

  it('are worded in the language given, numbers included', () => {
    const text = teamMarkdown(teamFigures(), [], readTranslation('fr'), OPTIONS);
    expect(text.startsWith("# Rapport d'équipe\n")).toBe(true);
    expect(text).toContain('Abonnés LinkedIn +35,5\u202f% (4 collègues)');
    expect(text).toContain('| Profil sûr | 9 | 75\u202f% |');
  });
});
