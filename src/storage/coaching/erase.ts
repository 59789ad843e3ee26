/**
 * @file Deletes the whole coaching database ("Delete everything" on the options page): colleagues, sessions,
 * settings and the dates of forgettings. Other pages holding it open (the background, a colleague's page) are asked
 * to close it, which the store does (its `blocking` handler); the deletion waits for them. It touches no other
 * storage.
 */
import { deleteDB } from 'idb';
import { DB_NAME } from './schema';

/** Resolves once the database is gone; `onBlocked` is told when another page still holds it open. */
export async function deleteCoachingDatabase(options: { name?: string; onBlocked?: () => void } = {}): Promise<void> {
  await deleteDB(options.name ?? DB_NAME, { blocked: () => options.onBlocked?.() });
}
