import { describe, expect, it } from 'vitest';
import { actionProgress } from '../../src/coaching/actions';
import { action, session } from '../helpers/coaching';

const states = (progress: ReturnType<typeof actionProgress>) =>
  Object.fromEntries(progress.map((item) => [item.action.ruleId, [item.state, item.doneIn?.id ?? null]]));

describe('actionProgress', () => {
  const agreed = session('s1', '2026-01-10T10:00:00.000Z', [['headline-keywords', 'fail', 12], ['profile-photo', 'fail', 8], ['website-link', 'fail', 6]], {
    actions: [action('headline-keywords', '2026-02-01'), action('profile-photo', '2026-03-01'), action('website-link', '2026-01-20')],
  });

  it('is due before its date and overdue after it when no later session shows it done', () => {
    expect(states(actionProgress([agreed], '2026-02-01'))).toEqual({
      'headline-keywords': ['due', null],
      'profile-photo': ['due', null],
      'website-link': ['overdue', null],
    });
  });

  it('is done when a later session under the same guidelines shows its finding passed, even past its date', () => {
    const later = session('s2', '2026-02-15T10:00:00.000Z', [['headline-keywords', 'pass'], ['profile-photo', 'fail', 8], ['website-link', 'incomplete']]);
    expect(states(actionProgress([later, agreed], '2026-03-10'))).toEqual({
      'headline-keywords': ['done', 's2'],
      'profile-photo': ['overdue', null],
      // Not read in the later session: no proof either way.
      'website-link': ['overdue', null],
    });
  });

  it('is not done by a later session under other guidelines', () => {
    const other = session('s2', '2026-02-15T10:00:00.000Z', [['headline-keywords', 'pass']], {
      guidelines: { name: 'Other', fingerprint: 'fp-2' },
    });
    expect(states(actionProgress([agreed, other], '2026-01-15'))['headline-keywords']).toEqual(['due', null]);
  });

  it('is not done by the session it was agreed in, nor by an earlier one', () => {
    const earlier = session('s0', '2025-12-01T10:00:00.000Z', [['headline-keywords', 'pass']]);
    const passedSame = session('s1', '2026-01-10T10:00:00.000Z', [['headline-keywords', 'pass']], {
      actions: [action('headline-keywords', '2026-02-01')],
    });
    expect(states(actionProgress([earlier, passedSame], '2026-01-15'))['headline-keywords']).toEqual(['due', null]);
  });

  it('marks a checklist item done when the colleague answered it done in a later session', () => {
    const first = session('s1', '2026-01-10T10:00:00.000Z', [['manual:editorial-plan', 'fail', 4], ['manual:book-manager-time', 'fail', 4]], {
      answers: { 'editorial-plan': false, 'book-manager-time': false },
      actions: [action('manual:editorial-plan', '2026-02-01'), action('manual:book-manager-time', '2026-02-01')],
    });
    const second = session('s2', '2026-02-10T10:00:00.000Z', [['manual:book-manager-time', 'incomplete']], {
      answers: { 'editorial-plan': true },
    });
    expect(states(actionProgress([first, second], '2026-02-20'))).toEqual({
      'manual:editorial-plan': ['done', 's2'],
      'manual:book-manager-time': ['overdue', null],
    });
  });

  it('lists the latest session’s actions first', () => {
    const next = session('s2', '2026-02-15T10:00:00.000Z', [], { actions: [action('about-length', '2026-03-15')] });
    expect(actionProgress([agreed, next], '2026-02-20').map((item) => item.agreedIn.id)).toEqual(['s2', 's1', 's1', 's1']);
  });
});
