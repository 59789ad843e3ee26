/**
 * @file Reads a coaching database past the store's own code, for tests that check a failed write changed nothing.
 */
import { openDB } from 'idb';
import { type CoachingDB, STORE_NAMES } from '../../../src/storage/coaching/schema';

/** Every object store's keys and values, as IndexedDB holds them. */
export async function rawContents(name: string): Promise<Record<string, unknown>> {
  const db = await openDB<CoachingDB>(name);
  const contents: Record<string, unknown> = {};
  for (const storeName of STORE_NAMES) contents[storeName] = { keys: await db.getAllKeys(storeName), values: await db.getAll(storeName) };
  db.close();
  return contents;
}
