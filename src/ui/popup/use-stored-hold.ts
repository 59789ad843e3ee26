/**
 * @file The popup's hold on one stored item (a page's done and snoozed marks, the person's answers and choices):
 * read when its key changes, kept in memory first, saved one write at a time with the newest state, so a slow write
 * never lands after a newer one. A failed read leaves the hold read-only (nothing is written over what storage may
 * hold); a failed save is reported and the change kept. It decides nothing about what the item means.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NewerDataError } from '../../storage/versioned-item';
import { SaveError } from '../../storage/finding-state';

export interface Hold<S> {
  key: string;
  state: S;
  /** False when storage could not be read: then nothing is written over what it may hold. */
  writable: boolean;
  /** Written by a newer version of Profile Coach: kept as it is, read-only here. */
  newer?: boolean;
}

/** Where a hold's item lives. Keep the object stable (useMemo): a new one reads the item again. */
export interface HoldStorage<S> {
  /** Rejects with NewerDataError over an item a newer version wrote. */
  load(key: string): Promise<S>;
  /** Rejects with SaveError. */
  save(key: string, state: S): Promise<void>;
  /** What the hold shows when the item could not be read. */
  empty(): S;
}

export function useStoredHold<S>(key: string | null, storage: HoldStorage<S>, onSaved: (error: SaveError['reason'] | null) => void) {
  const [hold, setHold] = useState<Hold<S> | null>(null);
  const latest = useRef<Hold<S> | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const show = (next: Hold<S>) => {
    latest.current = next;
    setHold(next);
  };

  useLayoutEffect(() => {
    if (key === null) return;
    let live = true;
    storage.load(key).then(
      (state) => live && show({ key, state, writable: true }),
      (error: unknown) => live && show({ key, state: storage.empty(), writable: false, newer: error instanceof NewerDataError }),
    );
    return () => {
      live = false;
    };
  }, [key, storage]);

  function persist() {
    const target = latest.current;
    if (!target) return;
    if (!target.writable) return onSaved(target.newer ? 'newer' : 'failed');
    saving.current = saving.current.then(() =>
      storage.save(target.key, latest.current?.key === target.key ? latest.current.state : target.state).then(
        () => onSaved(null),
        (error: unknown) => onSaved(error instanceof SaveError ? error.reason : 'failed'),
      ),
    );
  }

  function update(change: (state: S) => S) {
    const base = latest.current;
    if (!base || base.key !== key) return;
    show({ ...base, state: change(base.state) });
    persist();
  }

  // Another item's state is never shown as this key's, even for a moment.
  return { hold: hold?.key === key ? hold : null, update, persist };
}

/**
 * Starts `load` now and hands its promise out once (then undefined): a later holder reads afresh, so it never gets
 * a state older than what was saved since. A failure nobody took is not reported as unhandled.
 */
export function preloadOnce<T>(load: () => Promise<T>): () => Promise<T> | undefined {
  let pending: Promise<T> | undefined = load();
  pending.catch(() => undefined);
  return () => {
    const taken = pending;
    pending = undefined;
    return taken;
  };
}
