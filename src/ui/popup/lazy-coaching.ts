/**
 * @file A CoachingStore that loads the real one (IndexedDB through `idb`, src/storage/coaching/store.ts) on its first
 * call: only a colleague's profile uses the coaching record, so one's own pages do not load it, and it stays out of
 * the popup's own bundle (35 KB budget, test/e2e/popup.test.ts). It adds no behaviour of its own.
 */
import type { CoachingStore } from '../../storage/coaching/port';

export function lazyCoachingStore(load: () => Promise<CoachingStore>): CoachingStore {
  let loading: Promise<CoachingStore> | null = null;
  const store = () => {
    // A failed load (an update replaced the chunk, say) is tried again on the next call.
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const call = <K extends keyof CoachingStore>(method: K): CoachingStore[K] =>
    ((...args: unknown[]) =>
      store().then((real) => (real[method] as (...args: unknown[]) => Promise<unknown>)(...args))) as CoachingStore[K];
  return {
    colleagues: call('colleagues'),
    colleague: call('colleague'),
    colleagueByProfile: call('colleagueByProfile'),
    addColleague: call('addColleague'),
    updateColleague: call('updateColleague'),
    saveSession: call('saveSession'),
    deleteSession: call('deleteSession'),
    forget: call('forget'),
    forgotten: call('forgotten'),
    settings: call('settings'),
    saveSettings: call('saveSettings'),
    applyRetention: call('applyRetention'),
  };
}
