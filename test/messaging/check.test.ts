/** @file The background's check: validation of the snapshot, guidelines fallback, points, and the message wiring. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { pointsToRecover } from '../../src/engine/score';
import { fingerprintOf } from '../../src/guidelines/fingerprint';
import { DEFAULT_GUIDELINES } from '../../src/guidelines/presets/default';
import { GuidelinesSchema } from '../../src/guidelines/schema';
import { saveUserGuidelines } from '../../src/storage/guidelines';
import { runCheck } from '../../src/messaging/check';
import { isCheckResult } from '../../src/messaging/protocol';
import { EXAMPLE_GUIDELINES_PATH } from '../helpers/guidelines';
import { useLocale } from '../helpers/i18n';
import { POPUP_SENDER } from '../helpers/senders';
import { makeInvitation, makeInvitations, makeLinkedInProfile, present } from '../helpers/snapshots';
import { RULES } from '../../src/rules';

const NOW = new Date('2026-06-15T12:00:00Z');
const stale = () => makeInvitations('received', [makeInvitation({ ageDays: 90 }), makeInvitation({ ageDays: 1 })]);

describe('runCheck', () => {
  it('returns the ranked findings, the score, and the points each finding would recover', async () => {
    const result = await runCheck({ type: 'check', snapshot: stale(), answers: {} }, { now: () => NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const finding = result.findings.find((f) => f.ruleId === 'pending-invitation-age');
    expect(finding?.status).toBe('fail');
    expect(result.points).toEqual(result.findings.map((f) => pointsToRecover(f, result.findings)));
    expect(result.score.overall).not.toBeNull();
    expect(result.guidelinesFailed).toBe(false);
  });

  it('remembers the page, looks up its history and loads the guidelines side by side, and still answers when they fail', async () => {
    const started: string[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const step = <T,>(name: string, value: T) => async () => {
      started.push(name);
      await gate;
      return value;
    };
    const pending = runCheck(
      { type: 'check', snapshot: stale(), answers: {} },
      {
        now: () => NOW,
        remember: step('remember', undefined),
        related: step('related', {}),
        loadGuidelines: () => {
          started.push('guidelines');
          // A synchronous throw counts as a failure to load, like a rejection.
          throw new Error('storage is gone');
        },
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    // All three begun while the first two are still waiting: none waits for another.
    expect(started.sort()).toEqual(['guidelines', 'related', 'remember']);
    release();
    const result = await pending;
    expect(result).toMatchObject({ ok: true, guidelinesFailed: true, guidelines: { source: 'default' } });
  });

  it('refuses a snapshot that breaks the contract, saying where', async () => {
    const result = await runCheck({ type: 'check', snapshot: { ...makeLinkedInProfile(), url: 'nowhere' }, answers: {} });
    expect(result).toMatchObject({ ok: false, reason: 'invalid-snapshot' });
    expect(!result.ok && result.message).toMatch(/url/);
  });

  it('uses the loaded guidelines, and the built-in ones (flagged) when loading fails', async () => {
    const off = GuidelinesSchema.parse({ rules: { 'pending-invitation-age': 'off' } });
    const loaded = await runCheck({ type: 'check', snapshot: stale(), answers: {} }, { loadGuidelines: async () => off });
    expect(loaded.ok && loaded.findings.some((f) => f.ruleId === 'pending-invitation-age')).toBe(false);
    const failed = await runCheck(
      { type: 'check', snapshot: stale(), answers: {} },
      { loadGuidelines: () => Promise.reject(new Error('no file')) },
    );
    expect(failed.ok && failed.guidelinesFailed).toBe(true);
    expect(failed.ok && failed.guidelines).toEqual({ source: 'default', passedOver: [], fingerprint: fingerprintOf(DEFAULT_GUIDELINES) });
    expect(failed.ok && failed.findings.some((f) => f.ruleId === 'pending-invitation-age')).toBe(true);
  });

  it('scores the manual checklist from the answers', async () => {
    const result = await runCheck({ type: 'check', snapshot: makeLinkedInProfile(), answers: { 'book-manager-time': true } });
    expect(result.ok && result.findings.find((f) => f.ruleId === 'manual:book-manager-time')?.status).toBe('pass');
  });
});

describe('background', () => {
  it('answers check requests sent by the popup, and leaves other messages alone', async () => {
    background.main();
    // The fake browser's sendMessage knows only sendResponse; the polyfill in the real build also passes on a
    // returned promise, which is what the listener gives: trigger the listener and look at what it returned.
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'check', snapshot: stale(), answers: {} }, POPUP_SENDER, () => {});
    expect(isCheckResult(answer)).toBe(true);
    expect(answer).toMatchObject({ ok: true });
    const [other] = await fakeBrowser.runtime.onMessage.trigger({ type: 'snapshot' }, POPUP_SENDER, () => {});
    expect(other).toBeUndefined();
  });

  it('answers in the browser’s language, rule messages included', async () => {
    background.main();
    const title = async () => {
      const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'check', snapshot: stale(), answers: {} }, POPUP_SENDER, () => {});
      const findings = (answer as unknown as { findings: Array<{ ruleId: string; title: string; message: string | null }> }).findings;
      return findings.find((f) => f.ruleId === 'pending-invitation-age');
    };
    useLocale('nl');
    expect(await title()).toMatchObject({ title: 'Uitnodigingen wachten op een antwoord', message: expect.stringMatching(/^Uitnodigingen die al meer dan/) });
    useLocale('fr');
    expect((await title())?.title).toBe('Des invitations attendent une réponse');
    useLocale('en');
    expect((await title())?.title).toBe('Invitations are waiting for an answer');
  });

  it('checks against the guidelines in force: the person’s saved company file, not the defaults', async () => {
    background.main();
    const request = { type: 'check', snapshot: makeLinkedInProfile({ headline: present('Insider tips, guaranteed returns') }), answers: {} };
    const ruleStatus = (answer: unknown, id: string) =>
      (answer as { findings: Array<{ ruleId: string; status: string }> }).findings.find((f) => f.ruleId === id)?.status;

    const [before] = await fakeBrowser.runtime.onMessage.trigger(request, POPUP_SENDER, () => {});
    expect(ruleStatus(before, 'banned-terms')).toBe('notApplicable');

    const saved = await saveUserGuidelines(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'), { rules: RULES, fileName: 'example-company.yaml' });
    expect(saved.ok).toBe(true);
    const [after] = await fakeBrowser.runtime.onMessage.trigger(request, POPUP_SENDER, () => {});
    expect(ruleStatus(after, 'banned-terms')).toBe('fail');
  });

  it('passes on which guidelines it checked against (company and season), and that an invalid company policy was passed over', async () => {
    background.main();
    const request = { type: 'check', snapshot: makeLinkedInProfile(), answers: {} };
    const [defaults] = await fakeBrowser.runtime.onMessage.trigger(request, POPUP_SENDER, () => {});
    expect(defaults).toMatchObject({ guidelines: { source: 'default', passedOver: [] } });

    await saveUserGuidelines(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'), { rules: RULES, fileName: 'example-company.yaml' });
    // A policy with one typo in a key: the person's own file is used, and the popup is told the policy was passed over.
    await fakeBrowser.storage.managed.set({ guidelines: 'version: 1\nbrnad:\n  name: Brightwave Systems\n' });
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(request, POPUP_SENDER, () => {});
    expect(answer).toMatchObject({
      guidelinesFailed: false,
      guidelines: { source: 'user', company: 'Brightwave Systems', season: 'Winter 2026-27', passedOver: ['managed'] },
    });
  });
});

describe("runCheck: the viewer's own answers and choices", () => {
  const colleague = () => makeLinkedInProfile({}, { url: 'https://www.linkedin.com/in/colleague/', selfView: false });

  it("never lets the viewer's checklist answers change a colleague's score (66 → 68 must not happen)", async () => {
    const unanswered = await runCheck({ type: 'check', snapshot: colleague(), answers: {} }, { now: () => NOW });
    const ticked = await runCheck(
      { type: 'check', snapshot: colleague(), answers: { 'editorial-plan': true, 'talk-to-marketing': true } },
      { now: () => NOW },
    );
    if (!unanswered.ok || !ticked.ok) throw new Error('check failed');
    expect(ticked.score).toEqual(unanswered.score);
    const manual = ticked.findings.filter((f) => f.ruleId.startsWith('manual:'));
    expect(manual.length).toBeGreaterThan(0);
    expect(manual.every((f) => f.status === 'incomplete' && f.score === null)).toBe(true);
  });

  it("counts the viewer's answers on their own profile", async () => {
    const own = await runCheck({ type: 'check', snapshot: makeLinkedInProfile(), answers: { 'editorial-plan': true } }, { now: () => NOW });
    if (!own.ok) throw new Error('check failed');
    expect(own.findings.find((f) => f.ruleId === 'manual:editorial-plan')?.status).toBe('pass');
  });

  it("counts a colleague's answers from a coaching session on their profile only, never the viewer's", async () => {
    const statusOf = (result: Awaited<ReturnType<typeof runCheck>>, id: string) =>
      result.ok ? result.findings.find((f) => f.ruleId === `manual:${id}`)?.status : result.message;
    const inSession = await runCheck(
      { type: 'check', snapshot: colleague(), answers: { 'editorial-plan': true }, colleagueAnswers: { 'talk-to-marketing': false } },
      { now: () => NOW },
    );
    expect(statusOf(inSession, 'talk-to-marketing')).toBe('fail');
    expect(statusOf(inSession, 'editorial-plan')).toBe('incomplete');
    // On one's own profile a colleague's answers have no say.
    const own = await runCheck(
      { type: 'check', snapshot: makeLinkedInProfile(), answers: {}, colleagueAnswers: { 'editorial-plan': true } },
      { now: () => NOW },
    );
    expect(statusOf(own, 'editorial-plan')).toBe('incomplete');
    // Validated like the viewer's answers.
    expect(
      await runCheck({ type: 'check', snapshot: colleague(), answers: {}, colleagueAnswers: { 'Editorial Plan': 'yes' } } as never, { now: () => NOW }),
    ).toMatchObject({ ok: false, reason: 'invalid-request' });
  });
});

describe('runCheck: "doesn\'t apply to me"', () => {
  const request = (notApplicable: unknown, snapshot = makeLinkedInProfile()) =>
    runCheck({ type: 'check', snapshot, answers: {}, notApplicable } as never, { now: () => NOW });

  it('sets the rule aside on one\'s own profile, counted apart from the passes', async () => {
    const result = await request({ 'profile-banner': { reason: 'themes' } });
    if (!result.ok) throw new Error(result.message);
    expect(result.findings.find((f) => f.ruleId === 'profile-banner')).toMatchObject({ status: 'notApplicable', personal: { reason: 'themes' } });
  });

  it("is ignored on a colleague's profile", async () => {
    const result = await request({ 'profile-banner': { reason: 'themes' } }, makeLinkedInProfile({}, { selfView: false }));
    if (!result.ok) throw new Error(result.message);
    expect(result.findings.find((f) => f.ruleId === 'profile-banner')?.personal).toBeUndefined();
  });

  it('refuses a reason off the list, a note too long, an odd id or too many choices', async () => {
    for (const bad of [
      { 'profile-banner': { reason: 'boredom' } },
      { 'profile-banner': { reason: 'other', note: 'x'.repeat(81) } },
      { 'profile-banner': { reason: 'themes', extra: 1 } },
      { 'Profile Banner': { reason: 'themes' } },
      JSON.parse('{"__proto__": {"reason": "themes"}}'),
      Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`rule-${i}`, { reason: 'themes' }])),
      ['profile-banner'],
    ]) {
      expect(await request(bad)).toMatchObject({ ok: false, reason: 'invalid-request' });
    }
  });
});
