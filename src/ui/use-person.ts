/**
 * @file The popup's hold on what belongs to the person (src/ui/finding-state.ts `PersonState`): loaded once, kept in
 * memory first, saved one write at a time with the newest state; a failed save is reported and the change kept.
 * It decides nothing about pages: whether the person's answers apply to one is the coach's and the engine's call.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NewerDataError } from '../messaging/versioned-item';
import { emptyPerson, type FindingStore, type PersonState, SaveError } from './finding-state';

export interface PersonHold {
  state: PersonState;
  /** False when storage could not be read: then nothing is written over what it may hold. */
  writable: boolean;
  newer?: boolean;
}

/**
 * `preload`: a read started earlier (the popup starts it as it opens, beside its wait for the page), handed out once;
 * without it, or after it was taken, the hold reads storage itself.
 */
export function usePerson(store: FindingStore, onSaved: (error: SaveError['reason'] | null) => void, preload?: () => Promise<PersonState> | undefined) {
  const [person, setPerson] = useState<PersonHold | null>(null);
  const latest = useRef<PersonHold | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const show = (next: PersonHold) => {
    latest.current = next;
    setPerson(next);
  };

  useLayoutEffect(() => {
    let live = true;
    (preload?.() ?? store.loadPerson()).then(
      (state) => live && show({ state, writable: true }),
      (error: unknown) => live && show({ state: emptyPerson(), writable: false, newer: error instanceof NewerDataError }),
    );
    return () => {
      live = false;
    };
  }, [store]);

  function persist() {
    const target = latest.current;
    if (!target) return;
    if (!target.writable) return onSaved(target.newer ? 'newer' : 'failed');
    saving.current = saving.current.then(() =>
      store.savePerson(latest.current?.state ?? target.state).then(
        () => onSaved(null),
        (error: unknown) => onSaved(error instanceof SaveError ? error.reason : 'failed'),
      ),
    );
  }

  function update(change: (state: PersonState) => PersonState) {
    const base = latest.current;
    if (!base) return;
    show({ ...base, state: change(base.state) });
    persist();
  }

  return { person, update, persist };
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
