/**
 * @file The figures' words: a median change of one point is worded in the language's singular ("+1 point", "−1
 * punt", "+0,5 point" in French, whose singular covers values under two), any other in its plural.
 */
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../src/coaching/stages';
import { Figures } from '../../../src/ui/dashboard/figures';
import { t } from '../../../src/ui/shared/i18n';
import { useLocale } from '../../helpers/i18n';
import { teamFigures } from '../../helpers/report-figures';

function alignmentText(median: number): string {
  render(<Figures figures={teamFigures({ alignment: { median, count: 3, firstMedian: 50, latestMedian: 50 + median } })} onboardingScore={70} stages={DEFAULT_STAGES} today="2026-12-03" colleagues={12} />);
  const heading = screen.getByRole('heading', { name: t('dashboardAlignmentTitle') });
  return heading.closest('section, article, div')?.textContent ?? '';
}

describe('the alignment figure', () => {
  afterEach(() => useLocale('en'));

  it.each([
    ['en', 1, '+1 point (median)'],
    ['en', -1, '−1 point (median)'],
    ['en', 2, '+2 points (median)'],
    ['en', 0.5, '+0.5 points (median)'],
    ['nl', -1, '−1 punt (mediaan)'],
    ['nl', 3, '+3 punten (mediaan)'],
    ['fr', 1.5, '+1,5 point (médiane)'],
    ['fr', 2, '+2 points (médiane)'],
  ] as const)('in %s, a median of %d reads "%s"', (locale, median, expected) => {
    useLocale(locale);
    expect(alignmentText(median)).toContain(expected);
  });
});
