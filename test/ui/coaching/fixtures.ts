/**
 * @file A colleague's record for the page's tests: three sessions under one set of guidelines (a headline fixed, a
 * website newly missing, the photo still open, the About not read the last time), notes of both kinds and actions.
 */
import { action, colleague, MemoryCoachingStore, session } from '../../helpers/coaching';

export const TODAY = new Date('2026-03-20T12:00:00');

export function adaRecord() {
  const first = session(
    's1',
    '2026-01-10T10:00:00.000Z',
    [
      ['headline-keywords', 'fail', 12],
      ['profile-photo', 'fail', 8],
      ['website-link', 'pass'],
      ['about-length', 'fail', 5],
    ],
    { score: { overall: 48, steps: { 'clean-up': null, 'plan-ahead': 40, 'team-up': 50, guidelines: 55 } } },
  );
  const second = session(
    's2',
    '2026-02-10T10:00:00.000Z',
    [
      ['headline-keywords', 'fail', 12],
      ['profile-photo', 'fail', 8],
      ['website-link', 'pass'],
      ['about-length', 'fail', 5],
      ['manual:editorial-plan', 'fail', 4],
    ],
    {
      score: { overall: 52, steps: { 'clean-up': null, 'plan-ahead': 40, 'team-up': 55, guidelines: 60 } },
      answers: { 'editorial-plan': false },
      notes: [
        { text: 'Ada plans a post on the spring launch', forColleague: true },
        { text: 'Memo: ask about the team page', forColleague: false },
      ],
      actions: [
        action('headline-keywords', '2026-03-01', { text: 'Name the data-platform theme' }),
        action('profile-photo', '2026-03-01'),
        action('manual:editorial-plan', '2026-04-01'),
      ],
    },
  );
  const third = session(
    's3',
    '2026-03-10T10:00:00.000Z',
    [
      ['headline-keywords', 'pass'],
      ['profile-photo', 'fail', 8],
      ['website-link', 'fail', 6],
      ['about-length', 'incomplete'],
      ['manual:editorial-plan', 'fail', 4],
    ],
    { score: { overall: 71, steps: { 'clean-up': null, 'plan-ahead': 60, 'team-up': 70, guidelines: 80 } }, answers: { 'editorial-plan': false } },
  );
  return { colleague: colleague(), sessions: [first, second, third] };
}

export function adaStore(): MemoryCoachingStore {
  const { colleague: ada, sessions } = adaRecord();
  return new MemoryCoachingStore([ada], sessions);
}
