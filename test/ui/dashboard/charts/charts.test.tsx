/**
 * @file The team charts: each draws one SVG image with a spoken summary and a table whose numbers are the figures'
 * (hand-written in test/helpers/report-figures.ts), and says a sentence instead of drawing an empty chart.
 */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AlignmentChart, DistributionChart, OnboardedChart, StageFunnelChart } from '../../../../src/ui/dashboard/charts';
import { useLocale } from '../../../helpers/i18n';
import { emptyFigures, teamFigures } from '../../../helpers/report-figures';

/** The table's body rows as lists of cell texts. */
function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

const images = (container: Element) => [...container.querySelectorAll('svg')];

describe('the score distribution', () => {
  it('draws one bar per bin and one for the colleagues without a score, with the same counts in its table', () => {
    const figures = teamFigures();
    const { container } = render(<DistributionChart figures={figures} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toBe('Latest overall scores: 11 scored, most often between 50 and 59 (3); 1 without a score.');
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(11);
    expect(tableRows('Latest scores')).toEqual([
      ...figures.distribution.map((bin) => [`${bin.from}–${bin.to}`, String(bin.count)]),
      ['No score', '1'],
    ]);
    expect(screen.getByRole('table').className).toBe('chart-table');
  });

  it('scales the bars to the largest bin', () => {
    const { container } = render(<DistributionChart figures={teamFigures()} />);
    const heights = [...container.querySelectorAll('rect.chart-bar')].map((rect) => Number(rect.getAttribute('height')));
    // 3 colleagues in 50-59: the tallest; 1 in 20-29: a third of it.
    expect(Math.max(...heights)).toBe(heights[5]);
    expect(heights[2]).toBeCloseTo((heights[5] as number) / 3, 5);
    expect(heights[0]).toBe(0);
  });

  it('says so instead of drawing when no colleague is coached, or none has a score', () => {
    const { container, unmount } = render(<DistributionChart figures={emptyFigures()} />);
    expect(images(container)).toEqual([]);
    expect(screen.getByText('No colleague has been coached yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    unmount();
    render(<DistributionChart figures={{ ...emptyFigures(), unscored: 3 }} />);
    expect(screen.getByText("No colleague's latest session has a score yet.")).toBeTruthy();
  });
});

describe('the onboarded share over time', () => {
  it('tabulates every point (day, count, size, share) and draws the shares as a line broken where no size was entered', () => {
    const { container } = render(<OnboardedChart figures={teamFigures()} />);
    expect(tableRows('Onboarded share over time')).toEqual([
      ['Jan 31, 2026', '2', 'not entered', '—'],
      ['Feb 28, 2026', '4', '20', '20%'],
      ['Mar 10, 2026', '9', '25', '36%'],
    ]);
    expect(container.querySelectorAll('polyline.chart-line')).toHaveLength(1);
    expect(container.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2);
    expect(container.querySelectorAll('circle.chart-dot')).toHaveLength(2);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      "36% of the team onboarded on Mar 10, 2026 (9 of 25), from 20% on Feb 28, 2026. The team's size changed 2 times.",
    );
  });

  it('marks each change of the team size on the chart, with the new size', () => {
    const { container } = render(<OnboardedChart figures={teamFigures()} />);
    const marks = [...container.querySelectorAll('.chart-size-change')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['size 20', 'size 25']);
    // At the day the size took effect: the same x as that point's dot.
    const dots = [...container.querySelectorAll('circle.chart-dot')].map((dot) => Number(dot.getAttribute('cx')));
    expect(marks.map((mark) => Number(mark.querySelector('line')?.getAttribute('x1')))).toEqual(dots.map((x) => expect.closeTo(x, 1)));
  });

  it('keeps a past share as it was computed: the point of January has no share, whatever today’s size', () => {
    render(<OnboardedChart figures={teamFigures()} />);
    expect(tableRows('Onboarded share over time')[0]).toEqual(['Jan 31, 2026', '2', 'not entered', '—']);
  });

  it('says so instead of drawing without any session, and shows the counts without any size', () => {
    const { container, unmount } = render(<OnboardedChart figures={emptyFigures()} />);
    expect(images(container)).toEqual([]);
    expect(screen.getByText('No session yet: the onboarded share starts with the first session.')).toBeTruthy();
    unmount();
    const series = [
      { on: '2026-02-28', count: 3, size: null, share: null },
      { on: '2026-03-10', count: 5, size: null, share: null },
    ];
    const figures = teamFigures({ onboarded: { ...(series[1] as (typeof series)[number]), sizeFrom: null, series } });
    const second = render(<OnboardedChart figures={figures} />);
    expect(images(second.container)).toEqual([]);
    expect(screen.getByText(/Enter the team's size to see the onboarded share/)).toBeTruthy();
    expect(screen.getByRole('table').className).toContain('chart-table-shown');
    expect(tableRows('Onboarded share over time').map((row) => row[1])).toEqual(['3', '5']);
  });
});

describe('the stage funnel', () => {
  it('gives the colleagues coached, then each stage, with the same counts and shares in its table', () => {
    const { container } = render(<StageFunnelChart figures={teamFigures()} />);
    expect(tableRows('Stages')).toEqual([
      ['Coached', '12', '100%'],
      ['Safe profile', '9', '75%'],
      ['Connected to the company', '5', '42%'],
      ['Speaks for the company', '2', '17%'],
      ['Next stage undecided (unread)', '1', '8%'],
    ]);
    const widths = [...container.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(widths[1]).toBeCloseTo(((widths[0] as number) * 9) / 12, 5);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Of 12 colleagues coached: Safe profile: 9; Connected to the company: 5; Speaks for the company: 2. For 1 colleague the next stage could not be decided: a rule could not be read.',
    );
    expect(screen.getByText('For 1 colleague the next stage could not be decided: a rule could not be read.')).toBeTruthy();
  });

  it('says so instead of drawing when no colleague is coached', () => {
    const { container } = render(<StageFunnelChart figures={emptyFigures()} />);
    expect(images(container)).toEqual([]);
    expect(screen.getByText('No colleague has been coached yet.')).toBeTruthy();
  });
});

describe('alignment before and after', () => {
  it('draws the medians of the first and latest sessions, and tabulates them with the median change and its count', () => {
    const { container } = render(<AlignmentChart figures={teamFigures()} />);
    expect(tableRows('Alignment before and after')).toEqual([
      ['First session (median)', '48'],
      ['Latest session (median)', '63'],
      ['Median change (points)', '+12'],
      ['Colleagues', '7'],
    ]);
    const [first, latest] = [...container.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect((latest as number) / (first as number)).toBeCloseTo(63 / 48, 5);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'On 7 colleagues: median score 48 at the first session, 63 at the latest; median change +12 points.',
    );
  });

  it('writes a half-point median and a fall as they are', () => {
    render(<AlignmentChart figures={teamFigures({ alignment: { median: -2.5, count: 2, firstMedian: 60.5, latestMedian: 58 } })} />);
    expect(tableRows('Alignment before and after')).toEqual([
      ['First session (median)', '60.5'],
      ['Latest session (median)', '58'],
      ['Median change (points)', '-2.5'],
      ['Colleagues', '2'],
    ]);
  });

  it.each([
    ['en', 1, 1, 'On 1 colleague: median score 50 at the first session, 51 at the latest; median change +1 point.'],
    ['en', 2, -1, 'On 2 colleagues: median score 50 at the first session, 49 at the latest; median change -1 point.'],
    ['fr', 3, 1.5, 'Sur 3 collègues : score médian 50 à la première séance, 51,5 à la dernière ; évolution médiane +1,5 point.'],
    ['fr', 1, 2, 'Sur 1 collègue : score médian 50 à la première séance, 52 à la dernière ; évolution médiane +2 points.'],
    ['nl', 1, -1, 'Over 1 collega: mediaanscore 50 bij de eerste sessie, 49 bij de laatste; mediane verandering -1 punt.'],
    ['nl', 4, 3, 'Over 4 collega’s: mediaanscore 50 bij de eerste sessie, 53 bij de laatste; mediane verandering +3 punten.'],
  ] as const)('speaks of colleagues and points by the plural rules of %s (%d colleagues, %d points)', (locale, count, median, summary) => {
    useLocale(locale);
    try {
      render(<AlignmentChart figures={teamFigures({ alignment: { median, count, firstMedian: 50, latestMedian: 50 + median } })} />);
      expect(screen.getByRole('img').getAttribute('aria-label')).toBe(summary);
    } finally {
      useLocale('en');
    }
  });

  it('says so instead of drawing when no colleague has two comparable sessions', () => {
    const { container } = render(<AlignmentChart figures={emptyFigures()} />);
    expect(images(container)).toEqual([]);
    expect(screen.getByText('No colleague has two sessions on the same site under the same guidelines yet.')).toBeTruthy();
  });
});

describe('every chart', () => {
  const charts = [DistributionChart, OnboardedChart, StageFunnelChart, AlignmentChart];

  it('is one image with a summary and a visually hidden table (shown in print by charts.css)', () => {
    for (const Chart of charts) {
      const { container, unmount } = render(<Chart figures={teamFigures()} />);
      const svgs = images(container);
      expect(svgs).toHaveLength(1);
      expect(svgs[0]?.getAttribute('role')).toBe('img');
      expect(svgs[0]?.getAttribute('aria-label')?.length).toBeGreaterThan(20);
      expect(container.querySelector('table')?.className).toBe('chart-table');
      // Its colours are the stylesheet's (CSS variables), not fixed in the markup.
      expect(container.querySelector('[fill], [stroke]')).toBeNull();
      unmount();
    }
  });

  it('words its tables in the interface language', () => {
    useLocale('fr');
    render(<StageFunnelChart figures={teamFigures()} />);
    const rows = tableRows('Étapes');
    expect(rows[1]).toEqual(['Profil sûr', '9', '75\u202f%']);
  });
});
