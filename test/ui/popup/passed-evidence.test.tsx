/** @file A passed finding shows what made it pass (its evidence: the words found, where), folded; bidi controls in it show as visible marks. */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/run-rules';
import { Findings } from '../../../src/ui/popup/findings';
import type { CoachModel } from '../../../src/ui/popup/popup-model';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'headline-keywords',
    step: 'plan-ahead',
    severity: 'serious',
    status: 'pass',
    title: 'The headline speaks to this season’s strategy',
    why: 'why',
    message: null,
    evidence: [],
    fix: null,
    weight: 5,
    score: 1,
    ...overrides,
  };
}

function modelWith(passed: Finding[]): CoachModel {
  const views = passed.map((item) => ({ finding: item, points: 0, mark: undefined }));
  return { open: [], doneStillShown: [], snoozed: [], incomplete: [], passed: views, notApplicable: [], personal: [], manual: [] };
}

const actions = { fix: () => undefined, setDone: () => undefined, snooze: () => undefined };

describe('passed findings', () => {
  it('fold what made them pass under their title, the matched words highlighted', () => {
    const text = 'Analytics lead at Lumen Analytics';
    const passed = finding({ evidence: [{ field: 'headline', text, highlights: [[0, 9]] }] });
    render(<Findings model={modelWith([passed, finding({ ruleId: 'profile-photo', title: 'The profile shows a photo' })])} today="2026-06-15" actions={actions} />);
    const group = screen.getByText('Passed (2)').closest('details') as HTMLElement;
    const why = within(group).getByText('What made it pass');
    const details = why.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(within(details).getByText('Analytics').tagName).toBe('MARK');
    expect(details.textContent).toContain(' lead at Lumen Analytics');
    // Only the finding with evidence has it.
    expect(within(group).getAllByText('What made it pass')).toHaveLength(1);
  });

  it('shows a hidden bidi control in evidence as a visible mark, as text, so the quote reads as written', () => {
    const text = 'Download invoice\u202eexe.txt';
    const passed = finding({ evidence: [{ field: 'about', text, highlights: [[9, 16]] }] });
    const { container } = render(<Findings model={modelWith([passed])} today="2026-06-15" actions={actions} />);
    const control = container.querySelector('.bidi-control') as HTMLElement;
    expect(control.textContent).toBe('<U+202E>');
    expect(control.children).toHaveLength(0);
    expect(container.textContent).toContain('Download invoice<U+202E>exe.txt');
    expect(container.textContent).not.toContain('\u202e');
  });

  it('shows a bidi control visibly in a quote repeated by a second finding, which lists only its marked words', () => {
    const text = 'Ask me about invoice\u202eexe.txt and more';
    const open = (ruleId: string, title: string, highlights: Array<[number, number]>): Finding =>
      finding({ ruleId, title, status: 'fail', score: 0, evidence: [{ field: 'about', text, highlights }] });
    const first = open('banned-terms', 'No banned terms', [[0, 6]]);
    const second = open('confidential-terms', 'No confidential terms', [[13, 32]]);
    const model: CoachModel = {
      ...modelWith([]),
      open: [{ step: 'guidelines', items: [first, second].map((item) => ({ finding: item, points: 3, mark: undefined })) }],
    };
    const { container } = render(<Findings model={model} today="2026-06-15" actions={actions} />);
    const repeated = container.querySelector('.same-quote') as HTMLElement;
    expect(repeated.textContent).toContain('No banned terms');
    expect(repeated.querySelector('.bidi-control')?.textContent).toBe('<U+202E>');
    expect(container.textContent).not.toContain('\u202e');
  });
});
