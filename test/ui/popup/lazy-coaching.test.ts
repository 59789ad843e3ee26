import { describe, expect, it, vi } from 'vitest';
import type { CoachingStore } from '../../../src/storage/coaching/port';
import { lazyCoachingStore } from '../../../src/ui/popup/lazy-coaching';

const fakeStore = (): CoachingStore =>
  ({ colleagueByProfile: vi.fn(async () => null), settings: vi.fn(async () => ({ retentionMonths: 6 })) }) as unknown as CoachingStore;

describe('lazyCoachingStore', () => {
  it('loads the store on the first call only, and passes calls and answers through', async () => {
    const real = fakeStore();
    const load = vi.fn(async () => real);
    const store = lazyCoachingStore(load);
    expect(load).not.toHaveBeenCalled();
    expect(await store.colleagueByProfile('linkedin:in/ada')).toBeNull();
    expect(await store.settings()).toEqual({ retentionMonths: 6 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.colleagueByProfile).toHaveBeenCalledWith('linkedin:in/ada');
  });

  it('rejects a call whose load failed, and loads again on the next', async () => {
    const load = vi.fn<() => Promise<CoachingStore>>().mockRejectedValueOnce(new Error('chunk gone')).mockResolvedValue(fakeStore());
    const store = lazyCoachingStore(load);
    await expect(store.settings()).rejects.toThrow('chunk gone');
    expect(await store.settings()).toEqual({ retentionMonths: 6 });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
