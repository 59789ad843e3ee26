import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerCoaching, type CoachingRequest, coachingThroughBackground, isCoachingRequest } from '../../src/messaging/coaching';
import { CoachingStoreError } from '../../src/storage/coaching/port';
import { checkSessionRecord } from '../../src/storage/coaching/schema';
import { type OpenCoachingStore, openCoachingStore } from '../../src/storage/coaching/store';
import { freshName, makeColleague, makeSession } from '../storage/coaching/records';

const opened: OpenCoachingStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** The popup's side wired to the background's answer over the real store, through a JSON round trip like sendMessage's. */
function throughBackground() {
  const store = openCoachingStore({ name: freshName() });
  opened.push(store);
  const sent: CoachingRequest[] = [];
  const popup = coachingThroughBackground(async (request) => {
    const message: unknown = JSON.parse(JSON.stringify(request));
    if (!isCoachingRequest(message)) return undefined;
    sent.push(message);
    return JSON.parse(JSON.stringify(await answerCoaching(store, message, checkSessionRecord)));
  });
  return { store, popup, sent };
}

describe("the popup's coaching record, through the background", () => {
  it('records a colleague and a session, and reads them back as the store has them', async () => {
    const { store, popup, sent } = throughBackground();
    const colleague = makeColleague({ profiles: [{ site: 'linkedin', key: 'linkedin:in/ada-vermeulen' }] });
    await popup.addColleague(colleague);
    const session = makeSession(colleague);
    await popup.saveSession(session);
    expect(await popup.colleagueByProfile('linkedin:in/ada-vermeulen')).toEqual(colleague);
    expect(await popup.colleague(colleague.id)).toEqual(await store.colleague(colleague.id));
    expect((await popup.colleagues()).map((summary) => summary.sessionCount)).toEqual([1]);
    expect(await popup.settings()).toEqual({ retentionMonths: 12, teamSizes: [], viewCost: null });
    expect(await popup.colleagueByProfile('x:@nobody')).toBeNull();
    expect(sent.map((request) => request.call)).toEqual(['addColleague', 'saveSession', 'colleagueByProfile', 'colleague', 'colleagues', 'settings', 'colleagueByProfile']);
  });

  it("throws the store's refusal back with its reason: no colleague before the notice", async () => {
    const { popup } = throughBackground();
    const error = await popup.addColleague({ ...makeColleague(), noticeConfirmedAt: '' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CoachingStoreError);
    expect(error).toMatchObject({ reason: 'failed', message: expect.stringContaining('notice') });
  });

  it("says 'full' when the store is full, so the popup can say so plainly", async () => {
    const full = { saveSession: vi.fn(async () => Promise.reject(new CoachingStoreError('full', 'no room'))) };
    const answer = await answerCoaching(full as never, { type: 'coaching', call: 'saveSession', args: [makeSession(makeColleague())] }, checkSessionRecord);
    expect(answer).toEqual({ ok: false, reason: 'full', message: 'no room' });
    const popup = coachingThroughBackground(async () => answer);
    await expect(popup.saveSession(makeSession(makeColleague()))).rejects.toMatchObject({ reason: 'full' });
  });

  it('passes only the calls the popup needs, with the arguments they take; a damaged session is never written', async () => {
    const { store } = throughBackground();
    for (const call of ['forget', 'applyRetention', 'saveSettings', 'deleteSession', 'close', 'toString']) {
      expect(isCoachingRequest({ type: 'coaching', call, args: [] })).toBe(false);
    }
    expect(isCoachingRequest({ type: 'coaching', call: 'colleague' })).toBe(false);
    const colleague = makeColleague();
    await store.addColleague(colleague);
    for (const [call, args] of [
      ['colleague', [42]],
      ['colleagueByProfile', []],
      ['settings', ['extra']],
      ['saveSession', [{ ...makeSession(colleague), outcomes: [{ ruleId: 'x', step: 'nowhere' }] }]],
      ['saveSession', ['a session']],
      ['addColleague', [null]],
    ] as const) {
      expect(await answerCoaching(store, { type: 'coaching', call, args: [...args] }, checkSessionRecord)).toMatchObject({ ok: false, reason: 'failed' });
    }
    expect((await store.colleague(colleague.id))?.sessions).toEqual([]);
  });

  it('turns a background that does not answer into a plain failure', async () => {
    const popup = coachingThroughBackground(async () => undefined);
    await expect(popup.settings()).rejects.toMatchObject({ reason: 'failed', message: 'the background gave no answer' });
    const gone = coachingThroughBackground(async () => Promise.reject(new Error('Could not establish connection')));
    await expect(gone.settings()).rejects.toMatchObject({ reason: 'failed', message: 'Could not establish connection' });
  });
});
