/**
 * @file The one pattern for what the extension keeps in `storage.local`: a WXT storage item with a version and
 * migrations (run by WXT when the item is first defined), and one rule on top: a value written by a newer version of
 * Profile Coach (its stored version is higher than this code knows) is left exactly as it is. It reads as it is
 * (`isNewer()` tells the caller not to trust its shape) and every write rejects with NewerDataError, so an older
 * version never overwrites it in an older shape; the options page's "Your data" names such items
 * (STORED_VERSIONS). Zod-free, so the popup can use it. It validates nothing itself: callers do, on read.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';

/** Written by a newer version of the extension: kept as it is, read-only here. */
export class NewerDataError extends Error {
  constructor(readonly key: string) {
    super(`${key} was written by a newer version of Profile Coach; it is kept as it is`);
    this.name = 'NewerDataError';
  }
}

/**
 * The version this code writes, per stored key (a `findingState:` key for all marks). A new shape bumps the
 * version here and in the item, and adds a migration with a test on a value the previous version wrote.
 */
export const STORED_VERSIONS = {
  guidelines: 1,
  lastSnapshot: 1,
  ownProfiles: 1,
  /** 2: keyed by the page key (src/snapshot/page-key.ts) instead of the raw address. 3: adds `firstSeen`. */
  summarySeen: 3,
  'findingState:': 1,
  /** The person's own checklist answers and "doesn't apply to me" choices (src/storage/finding-state.ts). */
  person: 1,
  /** Scores and rule outcomes of one's own pages, per day (src/storage/progress.ts). */
  progress: 1,
} as const;

/** The version this code knows for a stored key of `storage.local`, or null for a key it does not write. */
export function knownVersionOf(key: string): number | null {
  if (key.startsWith('findingState:')) return STORED_VERSIONS['findingState:'];
  return Object.hasOwn(STORED_VERSIONS, key) ? STORED_VERSIONS[key as keyof typeof STORED_VERSIONS] : null;
}

export type Migrations = Record<number, (old: unknown) => unknown>;

/** `T` is what this version writes; a read value is checked by the caller all the same (storage holds anything). */
export function defineVersionedItem<T = unknown>(key: StorageItemKey, options: { version: number; migrations?: Migrations }) {
  const item = storage.defineItem<T | null>(key, { fallback: null, version: options.version, migrations: { ...options.migrations } });
  /** The version WXT keeps beside the value, 1 when none is kept. */
  const versionIn = (meta: unknown): number => {
    const version = (meta as { v?: unknown } | null | undefined)?.v;
    return typeof version === 'number' ? version : 1;
  };
  async function isNewer(): Promise<boolean> {
    return versionIn(await item.getMeta()) > options.version;
  }
  /**
   * The stored value and whether a newer version wrote it, in one storage read of the value and its version (WXT keeps
   * the version under `<key>$`). The item's own getValue first waits for WXT's migration check, which reads both
   * already, then reads again: three round trips where the popup's first paint waits for this one. Only a value of an
   * older version, with a migration to run, takes that path.
   */
  async function read(): Promise<{ value: T | null; newer: boolean }> {
    const [stored, meta] = await storage.getItems([key, `${key}$` as StorageItemKey]);
    const version = versionIn(meta?.value);
    if (version > options.version) return { value: null, newer: true };
    const value = (stored?.value ?? null) as T | null;
    if (value !== null && version < options.version) return { value: await item.getValue(), newer: false };
    return { value, newer: false };
  }
  return {
    key,
    version: options.version,
    /** The stored value as it is, or null. */
    getValue: () => item.getValue(),
    read,
    /** True when a newer version of the extension wrote the stored value: do not trust its shape, do not write. */
    isNewer,
    /** Rejects with NewerDataError, writing nothing, over a value a newer version wrote. */
    async setValue(value: T): Promise<void> {
      if (await isNewer()) throw new NewerDataError(key);
      await item.setValue(value);
    },
    /**
     * Removes the value and its version: on the person's request (reset, delete my data), or where an item is a
     * convenience rewritten at the next check (last-check.ts drops a snapshot too large to keep).
     */
    removeValue: () => item.removeValue({ removeMeta: true }),
    /** Runs the migrations again (WXT runs them once, when the item is defined): for tests of stored old values. */
    migrate: () => item.migrate(),
  };
}

export type VersionedItem = ReturnType<typeof defineVersionedItem>;
