/**
 * @file A coaching store of its own for each test (a new database name over fake-indexeddb), closed after the test.
 */
import { afterEach } from 'vitest';
import { type Damage, type OpenCoachingStore, openCoachingStore } from '../../../src/storage/coaching/store';
import { freshName } from './records';

const opened: OpenCoachingStore[] = [];

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** A store over a database no other test uses, and that database's name (to read it past the store's own code). */
export function fresh(onDamaged: (damage: Damage) => void = () => undefined): { store: OpenCoachingStore; name: string } {
  const name = freshName();
  return { store: reopen(name, onDamaged), name };
}

/** The store over a test's database again (after writing to it past the store's own code), closed after the test. */
export function reopen(name: string, onDamaged: (damage: Damage) => void = () => undefined): OpenCoachingStore {
  const store = openCoachingStore({ name, onDamaged });
  opened.push(store);
  return store;
}
