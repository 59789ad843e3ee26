/** @file A versioned item's one-read path (`read`): the value as stored, a newer version's value refused, an older one migrated first. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageItemKey } from 'wxt/utils/storage';
import { defineVersionedItem } from '../../src/storage/versioned-item';

const KEY = 'local:exampleItem' as StorageItemKey;

describe('read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the value and its version in one storage call when the version is current', async () => {
    await fakeBrowser.storage.local.set({ exampleItem: { answer: 42 }, exampleItem$: { v: 2 } });
    const item = defineVersionedItem<{ answer: number }>(KEY, { version: 2, migrations: { 2: () => ({ answer: -1 }) } });
    // The item's own migration check reads once when it is defined; read() itself is one call more.
    await item.getValue();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await item.read()).toEqual({ value: { answer: 42 }, newer: false });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('gives null for nothing stored, and says so when a newer version wrote the value, without its value', async () => {
    const item = defineVersionedItem(KEY, { version: 1 });
    expect(await item.read()).toEqual({ value: null, newer: false });
    await fakeBrowser.storage.local.set({ exampleItem: { shape: 'from the future' }, exampleItem$: { v: 9 } });
    expect(await item.read()).toEqual({ value: null, newer: true });
  });

  it('runs the migrations first for a value an older version wrote (no version stored counts as 1)', async () => {
    await fakeBrowser.storage.local.set({ exampleItem: { count: 1 } });
    const item = defineVersionedItem<{ total: number }>(KEY, {
      version: 2,
      migrations: { 2: (old) => ({ total: (old as { count: number }).count }) },
    });
    expect(await item.read()).toEqual({ value: { total: 1 }, newer: false });
    expect(await fakeBrowser.storage.local.get(['exampleItem', 'exampleItem$'])).toEqual({ exampleItem: { total: 1 }, exampleItem$: { v: 2 } });
  });
});
