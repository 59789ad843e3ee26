import { describe, expect, it } from 'vitest';
import { sheetOf } from '../../src/coaching/sheet';
import { action, colleague, session } from '../helpers/coaching';

describe('sheetOf', () => {
  const older = session('s1', '2026-01-10T10:00:00.000Z', [['website-link', 'fail', 30]], {
    notes: [{ text: 'Old note for Ada', forColleague: true }],
  });
  const latest = session(
    's2',
    '2026-02-10T10:00:00.000Z',
    [
      ['profile-photo', 'fail', 3],
      ['headline-keywords', 'fail', 12],
      ['banned-terms', 'fail', 20, ['about', '2 items']],
      ['website-link', 'pass'],
      ['about-length', 'fail', 5],
      ['public-url', 'incomplete', 0],
      ['manual:editorial-plan', 'fail', 4],
      ['profile-banner', 'fail', 2],
      ['company-page-link', 'fail', 1],
    ],
    {
      score: { overall: 64, steps: { 'clean-up': null, 'plan-ahead': 50, 'team-up': 70, guidelines: 60 } },
      notes: [
        { text: 'Ada wants to post about the spring launch', forColleague: true },
        { text: 'Memo: seemed rushed', forColleague: false },
      ],
      actions: [action('headline-keywords', '2026-03-01', { text: 'Name the data-platform theme' })],
      nextSessionOn: '2026-03-10',
    },
  );

  it('lists the five failed findings of the latest session worth most points, with where to fix each', () => {
    const sheet = sheetOf(colleague(), [latest, older], 12);
    expect(sheet?.items.map((item) => [item.ruleId, item.points])).toEqual([
      ['banned-terms', 20],
      ['headline-keywords', 12],
      ['about-length', 5],
      ['manual:editorial-plan', 4],
      ['profile-photo', 3],
    ]);
    expect(sheet?.items[0]?.where).toEqual({
      label: 'Edit your About section',
      url: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    });
    expect(sheet?.items[1]?.where?.url).toBe('https://www.linkedin.com/in/ada-vermeulen/edit/intro/');
    expect(sheet?.items[1]?.action?.text).toBe('Name the data-platform theme');
    expect(sheet?.items[3]?.where).toBeNull();
  });

  it('keeps the notes meant for the colleague only, with score, date and next session', () => {
    expect(sheetOf(colleague(), [older, latest], 6)).toMatchObject({
      name: 'Ada Vermeulen',
      at: '2026-02-10T10:00:00.000Z',
      score: 64,
      notes: ['Ada wants to post about the spring launch'],
      nextSessionOn: '2026-03-10',
      retentionMonths: 6,
    });
  });

  it('is null without a session', () => {
    expect(sheetOf(colleague(), [], 12)).toBeNull();
  });
});
