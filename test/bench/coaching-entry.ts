/**
 * @file The coaching store's measurements, browser-safe so the same code runs in Node (over fake-indexeddb) and in
 * an extension page of real Chromium (bundled by ./coaching.ts): a record of 500 colleagues × 12 sessions built
 * through the store's own API from one typical session, then the time to save one more session, to list the
 * colleagues, to read one colleague, to read the whole team (every session), to read every colleague's summary (no session), and to forget one. It asserts nothing and prints nothing.
 */
import type { Colleague, Session } from '../../src/coaching/record';
import { type OpenCoachingStore, openCoachingStore, recordBytes } from '../../src/storage/coaching/store';

export interface StoreFigures {
  sessionBytes: number;
  outcomes: number;
  colleagues: number;
  sessions: number;
  /** Every colleague's bytes as the store reports them, summed. */
  totalBytes: number;
  saveMs: number[];
  listMs: number[];
  readMs: number[];
  /** The whole team, every colleague with every session (the sessions CSV, the bundle). */
  teamMs: number[];
  /** Every colleague with the summary kept beside them, no session (the team dashboard, version 3). */
  membersMs: number[];
  forgetMs: number[];
  retentionMs: number;
  retentionDeleted: number;
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

export async function measureStore(
  options: { name: string; colleagues: number; sessionsEach: number; runs: number },
  template: { colleague: Colleague; session: Session },
  clock: () => number,
): Promise<StoreFigures> {
  const store: OpenCoachingStore = openCoachingStore({ name: options.name });
  const base = Date.parse('2026-11-23T12:00:00.000Z');
  const colleagues: Colleague[] = [];
  try {
    for (let c = 0; c < options.colleagues; c += 1) {
      const id = `colleague-${pad(c)}`;
      const colleague = { ...template.colleague, id, name: `Colleague ${pad(c)}`, profiles: [{ site: 'linkedin' as const, key: `linkedin:in/colleague-${pad(c)}` }] };
      colleagues.push(colleague);
      await store.addColleague(colleague);
      for (let s = 0; s < options.sessionsEach; s += 1) {
        // One session a month, the last one today: twelve months of coaching.
        const at = new Date(base - (options.sessionsEach - 1 - s) * 30 * 86_400_000).toISOString();
        await store.saveSession({ ...template.session, id: `${id}-session-${pad(s, 2)}`, colleagueId: id, profileKey: colleague.profiles[0]?.key ?? '', at });
      }
    }
    const time = async (run: (index: number) => Promise<unknown>): Promise<number[]> => {
      const times: number[] = [];
      await run(-1); // warm-up
      for (let index = 0; index < options.runs; index += 1) {
        const start = clock();
        await run(index);
        times.push(clock() - start);
      }
      return times;
    };
    const listed = await store.colleagues();
    const totalBytes = listed.reduce((sum, summary) => sum + summary.bytes, 0);
    const saveMs = await time((index) =>
      store.saveSession({ ...template.session, id: `extra-${index}`, colleagueId: colleagues[0]?.id ?? '', at: new Date(base + 1000 * (index + 2)).toISOString() }),
    );
    const listMs = await time(() => store.colleagues());
    const readMs = await time((index) => store.colleague(colleagues[(index + 1) % colleagues.length]?.id ?? ''));
    const teamMs = await time(() => store.team());
    const membersMs = await time(() => store.members());
    const forgetMs = await time((index) => store.forget(colleagues[colleagues.length - 2 - index]?.id ?? '', new Date(base)));
    const start = clock();
    const retentionDeleted = await store.applyRetention(new Date(base + 183 * 86_400_000));
    const retentionMs = clock() - start;
    return {
      sessionBytes: recordBytes(template.session),
      outcomes: template.session.outcomes.length,
      colleagues: listed.length,
      sessions: listed.reduce((sum, summary) => sum + summary.sessionCount, 0),
      totalBytes,
      saveMs,
      listMs,
      readMs,
      teamMs,
      membersMs,
      forgetMs,
      retentionMs,
      retentionDeleted,
    };
  } finally {
    store.close();
  }
}
