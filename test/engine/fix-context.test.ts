import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AnyRule, defineRule, fail } from '../../src/engine/define-rule';
import { runRules } from '../../src/engine/run-rules';
import { makeGuidelines, NOW } from '../helpers/guidelines';
import { makeLinkedInProfile } from '../helpers/snapshots';

// A rule that reads two fields points its fix to the one at fault; only the context's matchers can tell which.
const twoFields = defineRule({
  meta: {
    id: 'two-fields',
    step: 'plan-ahead',
    title: 'x',
    failureTitle: 'x',
    description: 'A test rule.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['headline', 'about'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: { found: 'Found.' },
    fix: ({ fields }, { matchers }) =>
      fields.headline !== null && matchers.retiredNames.has(fields.headline)
        ? { label: 'Edit the headline', url: 'https://www.linkedin.com/in/me/edit/intro/' }
        : { label: 'Edit the About', url: 'https://www.linkedin.com/in/me/add-edit/SUMMARY/' },
  },
  check: () => fail('found'),
}) as AnyRule;

describe('fix', () => {
  it('receives the run context, so it can point to the field at fault', () => {
    const run = (headline: string) =>
      runRules(makeLinkedInProfile({ headline: { status: 'present', value: headline } }), [twoFields], {
        guidelines: makeGuidelines(),
        now: NOW,
        weights: {},
      })[0];
    expect(run('Analyst at BWDS')?.fix?.label).toBe('Edit the headline');
    expect(run('Analyst at Brightwave Systems')?.fix?.label).toBe('Edit the About');
  });
});
