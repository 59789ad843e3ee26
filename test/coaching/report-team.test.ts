/**
 * @file The reports from real figures: a team computed by src/coaching/team.ts (hostile names, a size that changed,
 * a colleague under two guidelines, one without a session) gives a CSV whose rows read back as `colleagueRows`
 * does, and a Markdown summary whose tables carry `teamFigures`' numbers.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { teamCsv } from '../../src/coaching/report-csv';
import { teamMarkdown } from '../../src/coaching/report-markdown';
import { colleagueRows, teamFigures } from '../../src/coaching/team';
import { readCsvValues } from '../helpers/csv-reader';
import { member, teamInput } from '../helpers/team';

const input = teamInput(
  [
    member('c1', '=HYPERLINK("http://evil.test","Ada")', [
      { at: '2026-09-10', overall: 40 },
      { at: '2026-11-10', overall: 75 },
    ]),
    member('c2', 'Bo | *Jansen*', [
      { at: '2026-10-01', overall: 60, fingerprint: 'fp-1' },
      { at: '2026-11-20', overall: 55, fingerprint: 'fp-2' },
    ]),
    member('c3', '-Cy', [{ at: '2026-11-25', overall: 90, outcomes: { 'profile-photo': 'fail' } }]),
    member('c4', 'Dee', []),
  ],
  { teamSizes: [{ from: '2026-09-01', size: 10 }, { from: '2026-11-01', size: 8 }], today: '2026-12-03' },
);

describe('reports from the team figures', () => {
  const figures = teamFigures(input);
  const rows = colleagueRows(input, 'en');

  it('writes the CSV rows of colleagueRows, the formula-like names neutralised', () => {
    const values = readCsvValues(teamCsv(rows).slice(1)).slice(1);
    expect(values.map((row) => row[0])).toEqual(rows.map((row) => (/^[=+\-@]/.test(row.name) ? `'${row.name}` : row.name)));
    expect(values.map((row) => row[4])).toEqual(rows.map((row) => (row.latest?.overall ?? '').toString()));
    expect(values.map((row) => row[5])).toEqual(rows.map((row) => (row.change ?? '').toString()));
  });

  it('tabulates the figures’ own numbers in the Markdown summary', () => {
    const html = marked.parse(teamMarkdown(figures, rows, undefined, { titleOf: (id) => id, onboardingScore: 70 }), { async: false });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const onboarded = [...doc.querySelectorAll('table')][2] as HTMLTableElement;
    const cells = [...onboarded.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(cells).toEqual(
      figures.onboarded.series.map((point) => [
        point.on,
        String(point.count),
        point.size === null ? 'not entered' : String(point.size),
        point.share === null ? '—' : `${Math.round(point.share * 100)}%`,
      ]),
    );
    // The size changed from 10 to 8 in November: November's share is over 8, September's over 10.
    expect(figures.onboarded.series.map((point) => point.size)).toEqual([10, 10, 8, 8]);
    const distribution = [...doc.querySelectorAll('table')][1] as HTMLTableElement;
    expect([...distribution.querySelectorAll('tbody tr')].map((row) => row.lastElementChild?.textContent)).toEqual([
      ...figures.distribution.map((bin) => String(bin.count)),
      String(figures.unscored),
    ]);
    expect(doc.body.textContent).not.toContain('HYPERLINK');
  });
});
