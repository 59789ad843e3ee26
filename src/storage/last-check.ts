/**
 * @file The last page the popup had checked, kept so the options page can preview how edited guidelines would
 * score it: the validated snapshot, the checklist answers sent with it and when. One versioned WXT storage item
 * (`local:lastSnapshot`) in the browser's own extension storage, replaced at each check, validated with zod on read
 * (a damaged or outdated value reads as "nothing yet", never a crash). It does not run rules or show anything.
 */
import { z } from 'zod';
import { type Snapshot, SnapshotSchema } from '../snapshot';
import { addressOf } from '../snapshot/page-key';
import { fitSnapshot, MAX_STORED_BYTES, storedSize } from './stored-size';
import { defineVersionedItem, STORED_VERSIONS } from './versioned-item';

export const LastCheckSchema = z.object({
  snapshot: SnapshotSchema,
  /** Manual checklist answers by item id, as the popup sent them. */
  answers: z.record(z.string(), z.boolean()),
  /** ISO 8601. */
  checkedAt: z.string(),
});
export type LastCheck = z.output<typeof LastCheckSchema>;

/**
 * Version 1 is the first shape. A new shape bumps the version and adds a migration with a test; a value that
 * still does not validate is simply ignored (it is a convenience, rewritten at the next check).
 */
export const lastCheckItem = defineVersionedItem('local:lastSnapshot', { version: STORED_VERSIONS.lastSnapshot });

/**
 * Called by the background after a snapshot passed validation. The stored value takes at most MAX_STORED_BYTES: a
 * larger snapshot keeps fewer list items (marked, src/storage/stored-size.ts); one that cannot fit replaces the
 * previous check with nothing rather than leave another page's. Rejects when storage does (the caller ignores it).
 */
export async function saveLastCheck(snapshot: Snapshot, answers: Readonly<Record<string, boolean>>, now: Date): Promise<void> {
  const rest = { answers: { ...answers }, checkedAt: now.toISOString() };
  // The address without its query and fragment: no tracking parameter is stored.
  const url = addressOf(snapshot.url) || snapshot.url;
  const fitted = fitSnapshot({ ...snapshot, url }, MAX_STORED_BYTES - storedSize({ ...rest, snapshot: null }));
  if (!fitted) {
    await lastCheckItem.removeValue();
    return;
  }
  await lastCheckItem.setValue({ snapshot: fitted, ...rest } satisfies LastCheck);
}

/** The last check, or null when there is none or it no longer fits the contract. Never throws. */
export async function loadLastCheck(): Promise<LastCheck | null> {
  try {
    const parsed = LastCheckSchema.safeParse(await lastCheckItem.getValue());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
