import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AnyRule, defineRule, fail, notApplicable, pass } from '../../src/engine/define-rule';
import { runRules } from '../../src/engine/run-rules';
import { scoreOf } from '../../src/engine/score';
import { GuidelinesSchema } from '../../src/guidelines/schema';
import { DEFAULT_MANUAL_ITEMS } from '../../src/guidelines/presets/default';
import { makeGuidelines, NOW } from '../helpers/guidelines';
import { absent, makeInvitations, makeLinkedInProfile, makeXProfile, unreadable } from '../helpers/snapshots';

const aboutLength = defineRule({
  meta: {
    id: 'about-size',
    step: 'plan-ahead',
    title: 'About is long enough',
    failureTitle: 'About is short',
    description: 'A test rule.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['about'], 'x-profile': ['bio'] },
    options: z.strictObject({ min: z.number().int().positive() }),
    defaultOptions: { min: 10 },
    messages: { short: 'About has {{length}} characters, fewer than {{min}}.', none: 'No About.' },
    fix: () => ({ label: 'Edit', url: 'https://www.linkedin.com/in/me/' }),
  },
  check(input, { min }) {
    const text = input.target === 'linkedin-profile' ? input.fields.about : input.fields.bio;
    if (text === null) return fail('none');
    return text.length >= min ? pass() : fail('short', { length: text.length, min }, [{ text }], text.length / min);
  },
}) as AnyRule;

const throwing = defineRule({
  meta: {
    id: 'broken',
    step: 'guidelines',
    title: 'Never passes',
    failureTitle: 'Never fails',
    description: 'Throws.',
    severity: 'minor',
    requires: { 'linkedin-profile': [] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {},
  },
  check() {
    throw new Error('boom');
  },
}) as AnyRule;

const invitationsOnly = defineRule({
  meta: {
    id: 'invitations-only',
    step: 'clean-up',
    title: 'x',
    failureTitle: 'x',
    description: 'x',
    severity: 'minor',
    requires: { 'linkedin-invitations-sent': ['invitations'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {},
  },
  check: () => notApplicable('nothing to see'),
}) as AnyRule;

const run = (snapshot: Parameters<typeof runRules>[0], guidelines = makeGuidelines(), rules = [aboutLength, throwing, invitationsOnly]) =>
  runRules(snapshot, rules, { guidelines, now: NOW, weights: { 'about-size': { weight: 4 } } });

describe('runRules', () => {
  it('runs only the rules written for the page, and fills the failure message', () => {
    const findings = run(makeXProfile({ bio: { status: 'present', value: 'Short' } }));
    expect(findings.map((finding) => finding.ruleId)).toEqual(['about-size']);
    expect(findings[0]).toMatchObject({
      status: 'fail',
      title: 'About is short',
      message: 'About has 5 characters, fewer than 10.',
      score: 0.5,
      weight: 4,
      fix: { label: 'Edit', url: 'https://www.linkedin.com/in/me/' },
    });
  });

  it('hands "absent" to the rule as null, which may fail it', () => {
    const [finding] = run(makeLinkedInProfile({ about: absent() }), makeGuidelines(), [aboutLength]);
    expect(finding).toMatchObject({ status: 'fail', message: 'No About.', score: 0 });
  });

  it('makes a rule incomplete, never failed, when a field it needs could not be read', () => {
    const [finding] = run(makeLinkedInProfile({ about: unreadable() }), makeGuidelines(), [aboutLength]);
    expect(finding).toMatchObject({ status: 'incomplete', unreadable: ['about'], reason: 'no-match', score: null, fix: null });
  });

  it('says why a rule is incomplete: not shown on this page, or a markup mismatch when any field did not match', () => {
    const needsTwo = defineRule({
      meta: {
        id: 'about-and-site',
        step: 'plan-ahead',
        title: 'About and website read',
        failureTitle: 'Never fails',
        description: 'A test rule.',
        severity: 'minor',
        requires: { 'linkedin-profile': ['about', 'website'] },
        options: z.strictObject({}),
        defaultOptions: {},
        messages: {},
      },
      check: () => pass(),
    }) as AnyRule;
    const [hidden] = run(makeLinkedInProfile({ website: unreadable('not-shown') }), makeGuidelines(), [needsTwo]);
    expect(hidden).toMatchObject({
      status: 'incomplete',
      unreadable: ['website'],
      reason: 'not-shown',
      message: 'Not shown on this page: website',
      score: null,
    });
    const both = makeLinkedInProfile({ about: unreadable(), website: unreadable('not-shown') });
    const [mixed] = run(both, makeGuidelines(), [needsTwo]);
    expect(mixed).toMatchObject({ unreadable: ['about', 'website'], reason: 'no-match', message: 'Could not read: about, website' });
  });

  it('keeps going when a rule throws, reporting it as an error that does not count', () => {
    const findings = run(makeLinkedInProfile(), makeGuidelines(), [throwing, aboutLength]);
    expect(findings.map((finding) => [finding.ruleId, finding.status])).toEqual([
      ['broken', 'error'],
      ['about-size', 'pass'],
    ]);
    expect(findings[0]?.message).toContain('boom');
    expect(findings[0]?.score).toBeNull();
  });

  it('leaves out rules the guidelines turn off, either way of writing it', () => {
    for (const setting of ['off', { off: true }] as const) {
      const guidelines = GuidelinesSchema.parse({ rules: { 'about-size': setting } });
      expect(run(makeLinkedInProfile(), guidelines, [aboutLength])).toEqual([]);
    }
  });

  it('applies the guidelines weight, severity, options and why over the defaults', () => {
    const guidelines = GuidelinesSchema.parse({
      rules: { 'about-size': { weight: 9, severity: 'critical', why: 'Our words.', options: { min: 5000 } } },
    });
    const [finding] = run(makeLinkedInProfile(), guidelines, [aboutLength]);
    expect(finding).toMatchObject({ status: 'fail', weight: 9, severity: 'critical', why: 'Our words.' });
    expect(finding?.message).toContain('fewer than 5000');
  });

  it('reports invalid options from the guidelines as an error, not a crash', () => {
    const guidelines = GuidelinesSchema.parse({ rules: { 'about-size': { options: { min: 'ten' } } } });
    const [finding] = run(makeLinkedInProfile(), guidelines, [aboutLength]);
    expect(finding?.status).toBe('error');
    expect(finding?.message).toMatch(/invalid options: min/);
  });

  it('adds the manual checklist on profiles, unanswered items scored only once answered', () => {
    const findings = runRules(makeLinkedInProfile(), [], {
      guidelines: makeGuidelines(),
      now: NOW,
      weights: {},
      defaultManualItems: DEFAULT_MANUAL_ITEMS,
      answers: { 'talk-to-marketing': true, 'book-manager-time': false },
    });
    const byId = Object.fromEntries(findings.map((finding) => [finding.ruleId, finding]));
    expect(Object.keys(byId).sort()).toEqual(
      DEFAULT_MANUAL_ITEMS.map((item) => `manual:${item.id}`).sort(),
    );
    expect(byId['manual:talk-to-marketing']).toMatchObject({ status: 'pass', score: 1 });
    expect(byId['manual:book-manager-time']).toMatchObject({ status: 'fail', score: 0 });
    expect(byId['manual:editorial-plan']).toMatchObject({ status: 'incomplete', score: null });
  });

  it('uses the guidelines own manual items instead of the defaults, and none on invitation pages', () => {
    const guidelines = makeGuidelines({
      checklist: { manual: [{ id: 'brand-training', step: 'guidelines', title: 'Followed the brand training' }] },
    });
    const options = { guidelines, now: NOW, weights: {}, defaultManualItems: DEFAULT_MANUAL_ITEMS };
    expect(runRules(makeXProfile(), [], options).map((finding) => finding.ruleId)).toEqual(['manual:brand-training']);
    expect(runRules(makeInvitations('received', []), [], options)).toEqual([]);
  });
});

describe('keys that Object.prototype also has', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
  const guidelines = makeGuidelines();
  const withItems = {
    ...guidelines,
    checklist: { ...guidelines.checklist, manual: names.map((id) => ({ id, step: 'guidelines' as const, title: `Item ${id}` })) },
  };

  it('leaves checklist items named like Object.prototype keys unanswered until ticked', () => {
    const findings = runRules(makeXProfile(), [], { guidelines: withItems, now: NOW, weights: {}, answers: {} });
    expect(findings.map((finding) => [finding.ruleId, finding.status])).toEqual(names.map((id) => [`manual:${id}`, 'incomplete']));
  });

  it('reads only the answers given as own keys', () => {
    const answers = JSON.parse('{"constructor": true, "__proto__": false}') as Record<string, boolean>;
    const findings = runRules(makeXProfile(), [], { guidelines: withItems, now: NOW, weights: {}, answers });
    expect(findings.map((finding) => finding.status)).toEqual(['pass', 'fail', 'incomplete', 'incomplete', 'incomplete']);
  });

  it('runs a rule named like an Object.prototype key with its defaults, weight and messages', () => {
    for (const id of names) {
      const rule = defineRule({
        meta: {
          id,
          step: 'guidelines',
          title: 'ok',
          failureTitle: 'not ok',
          description: 'why',
          severity: 'minor',
          requires: { 'x-profile': [] },
          options: z.object({}),
          defaultOptions: {},
          messages: { bad: 'bad {{toString}} {{constructor}}' },
        },
        check: () => fail('bad' as never, {}),
      }) as unknown as AnyRule;
      const [finding] = runRules(makeXProfile(), [rule], { guidelines: { ...guidelines, checklist: { ...guidelines.checklist, manual: [] } }, now: NOW, weights: {} });
      expect(finding).toMatchObject({ ruleId: id, status: 'fail', weight: 1, message: 'bad {{toString}} {{constructor}}' });
    }
  });
});

describe('"Doesn\'t apply to me": a rule the person set aside', () => {
  const guidelines = makeGuidelines();
  const short = makeLinkedInProfile({ about: { status: 'present', value: 'Hi' } });
  const run = (snapshot = short, notApplicable = { 'about-size': { reason: 'customerFacing' as const } }) =>
    runRules(snapshot, [aboutLength], { guidelines, now: NOW, weights: {}, notApplicable });

  it('is not applicable, weighs nothing and says it was the person\'s choice, with their reason', () => {
    const [finding] = run();
    expect(finding).toMatchObject({
      ruleId: 'about-size',
      status: 'notApplicable',
      title: 'About is long enough',
      message: "You said this doesn't apply to you: I'm not in a customer-facing role",
      score: null,
      weight: 0,
      personal: { reason: 'customerFacing' },
    });
    expect(scoreOf(run()).overall).toBeNull();
  });

  it("shows an 'other' reason in the person's own words", () => {
    const [finding] = run(short, { 'about-size': { reason: 'other', note: 'I am on leave this season' } } as never);
    expect(finding?.message).toBe("You said this doesn't apply to you: I am on leave this season");
    expect(finding?.personal).toEqual({ reason: 'other', note: 'I am on leave this season' });
  });

  it("is ignored on someone else's profile: the rule runs as for anyone", () => {
    const [finding] = run(makeLinkedInProfile({ about: { status: 'present', value: 'Hi' } }, { selfView: false }));
    expect(finding).toMatchObject({ status: 'fail', weight: 1 });
    expect(finding?.personal).toBeUndefined();
  });

  it('is never counted as passed in the score', () => {
    const passing = defineRule({ ...aboutLength, meta: { ...aboutLength.meta, id: 'other-rule' } } as never) as AnyRule;
    const findings = runRules(short, [aboutLength, passing], {
      guidelines,
      now: NOW,
      weights: {},
      notApplicable: { 'other-rule': { reason: 'themes' } },
    });
    // Only the failing rule is scored: setting the other aside does not lift the score.
    expect(scoreOf(findings).overall).toBe(20);
  });
});
