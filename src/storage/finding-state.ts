/**
 * @file What a person decided about the findings on one profile (or list page): "done" and "snoozed until" per rule
 * id, one versioned WXT storage item per page key in `storage.local`; and what belongs to the person whatever the
 * page (`local:person`): their manual checklist answers and the rules they said don't apply to them, shared by their
 * own LinkedIn and X profiles and list pages. Both validated on read: a corrupt entry is dropped (the rest kept), a
 * corrupt item gives defaults, never a crash. Writes report a full storage as `SaveError('full')` so the popup can say so while it keeps the change in
 * memory. It does not decide what the marks mean for the list (popup-model.ts) and never touches the score.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { defineVersionedItem, NewerDataError, STORED_VERSIONS } from './versioned-item';
import { calendarDay } from '../engine/dates';
import { MAX_REASON_NOTE, NOT_APPLICABLE_REASONS, type PersonalChoice } from '../engine/personal';
import { isListPageKey, pageKeyOf, type PageIdentity } from '../snapshot/page-key';

// Checked by hand rather than with zod (even zod/mini): the popup and the options page share their common modules
// in one chunk, so any zod here pulled in the options page's whole zod core and took the popup past its 35 KB
// (gzipped) budget. Two flat shapes do not need a schema library.

/** A calendar day in the person's own time zone, "2026-09-12". Compared as strings. */
export type Day = string;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface FindingMark {
  /** When the person marked it done (ISO timestamp). */
  doneAt?: string;
  /** Hidden from the list while today is before this day. */
  snoozedUntil?: Day;
}

export interface ProfileState {
  /** By rule id (the registry's ids never change meaning: src/rules/index.ts). */
  findings: Record<string, FindingMark>;
}

export const emptyState = (): ProfileState => ({ findings: {} });

/** What belongs to the person, not to a page: shared by their own profiles, never applied to someone else's. */
export interface PersonState {
  /** Manual checklist answers by item id (without the `manual:` prefix): true done, false not done. */
  answers: Record<string, boolean>;
  /** Rules the person said don't apply to them, by rule id, with their reason. */
  notApplicable: Record<string, PersonalChoice>;
}

export const emptyPerson = (): PersonState => ({ answers: {}, notApplicable: {} });

/**
 * Version 1 of the stored shape. Version 1 items also held the checklist answers (`answers`), which moved to the
 * person's own item (`local:person`, see `migrateAnswers`); the shape without them still reads as version 1, so it
 * is not bumped. To change it: bump STATE_VERSION, add `migrations[n]` turning the n-1 shape into the new one, and
 * a test with a stored n-1 value. WXT runs the migrations when the item is first defined.
 */
export const STATE_VERSION = STORED_VERSIONS['findingState:'];
const MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export const STORAGE_PREFIX = 'local:findingState:';
export const PERSON_KEY = 'local:person';
export const PERSON_VERSION = STORED_VERSIONS.person;

export class SaveError extends Error {
  constructor(
    /** 'newer': a newer version of Profile Coach wrote these marks; they are kept as they are (versioned-item.ts). */
    readonly reason: 'full' | 'failed' | 'newer',
    options?: ErrorOptions,
  ) {
    super(reason === 'full' ? 'Browser storage is full' : reason === 'newer' ? 'Written by a newer version' : 'Could not save', options);
    this.name = 'SaveError';
  }
}

export interface FindingStore {
  /**
   * Rejects when storage itself cannot be read, or with NewerDataError when a newer version wrote the marks: then
   * nothing must be written over them.
   */
  load(key: string): Promise<ProfileState>;
  /** Rejects with SaveError. */
  save(key: string, state: ProfileState): Promise<void>;
  /** The person's answers and choices; rejects like `load`. The first time, moves the old per-page answers in. */
  loadPerson(): Promise<PersonState>;
  /** Rejects with SaveError. */
  savePerson(state: PersonState): Promise<void>;
}

/**
 * The page a state belongs to: the profile's own identity (LinkedIn /in/ slug, X handle), or the list page, the same
 * key the background's profile history uses (src/snapshot/page-key.ts).
 */
export { pageKeyOf };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A valid mark with only the keys it knows, or undefined. */
function markOf(value: unknown): FindingMark | undefined {
  if (!isPlainObject(value)) return undefined;
  const { doneAt, snoozedUntil } = value;
  if (doneAt !== undefined && (typeof doneAt !== 'string' || doneAt === '')) return undefined;
  if (snoozedUntil !== undefined && (typeof snoozedUntil !== 'string' || !DAY.test(snoozedUntil))) return undefined;
  return {
    ...(doneAt === undefined ? {} : { doneAt }),
    ...(snoozedUntil === undefined ? {} : { snoozedUntil }),
  };
}

const answerOf = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** A choice from the short list, with a note (bounded) only for "other". */
function choiceOf(value: unknown): PersonalChoice | undefined {
  if (!isPlainObject(value)) return undefined;
  const { reason, note } = value;
  if (!NOT_APPLICABLE_REASONS.includes(reason as PersonalChoice['reason'])) return undefined;
  const kept = typeof note === 'string' ? note.trim().slice(0, MAX_REASON_NOTE) : '';
  return reason === 'other' && kept ? { reason, note: kept } : { reason: reason as PersonalChoice['reason'] };
}

/** Keeps whatever entries of a record still validate, so one bad entry costs only itself. */
function salvage<T>(value: unknown, check: (entry: unknown) => T | undefined): Record<string, T> {
  if (!isPlainObject(value)) return {};
  const kept: Record<string, T> = {};
  for (const [key, entry] of Object.entries(value)) {
    const valid = check(entry);
    if (valid !== undefined) kept[key] = valid;
  }
  return kept;
}

/** Reads a stored value of any shape into a valid state (old answers left out: they moved). Never throws. */
export function parseState(raw: unknown): ProfileState {
  const record = isPlainObject(raw) ? raw : {};
  return { findings: salvage(record.findings, markOf) };
}

/** Reads a stored person's item of any shape into a valid state. Never throws. */
export function parsePerson(raw: unknown): PersonState {
  const record = isPlainObject(raw) ? raw : {};
  return { answers: salvage(record.answers, answerOf), notApplicable: salvage(record.notApplicable, choiceOf) };
}

/** The key of a stored snapshot the reader saw as one's own (`selfView: true`), or null. */
function ownKeyOf(snapshot: unknown): string | null {
  if (!isPlainObject(snapshot) || snapshot.selfView !== true) return null;
  const { site, pageType, url } = snapshot;
  if ((site !== 'linkedin' && site !== 'x') || typeof pageType !== 'string' || typeof url !== 'string') return null;
  return pageKeyOf({ site, pageType, url } satisfies PageIdentity);
}

/**
 * The one-time move of checklist answers from the per-page items (version 1 kept them per page) into the person's
 * own, given the whole of `storage.local`. Only the answers given on one's own pages move: list pages, and the
 * profiles the background kept as one's own (`ownProfiles`, `lastSnapshot`, both with `selfView: true`); answers
 * given on a colleague's profile were never the colleague's, and are dropped. Where two pages disagree, "done" wins.
 * Returns the answers and the page keys they came from.
 */
export function migrateAnswers(all: Readonly<Record<string, unknown>>): { answers: Record<string, boolean>; from: string[] } {
  const own = new Set<string>();
  const profiles = all.ownProfiles;
  if (isPlainObject(profiles)) for (const snapshot of [profiles.linkedin, profiles.x]) own.add(ownKeyOf(snapshot) ?? '');
  const last = all.lastSnapshot;
  if (isPlainObject(last)) own.add(ownKeyOf(last.snapshot) ?? '');
  const answers: Record<string, boolean> = {};
  const from: string[] = [];
  const prefix = STORAGE_PREFIX.slice('local:'.length);
  for (const [storageKey, value] of Object.entries(all)) {
    if (!storageKey.startsWith(prefix) || storageKey.endsWith('$')) continue;
    const key = storageKey.slice(prefix.length);
    if (!isListPageKey(key) && !own.has(key)) continue;
    const old = salvage(isPlainObject(value) ? value.answers : undefined, answerOf);
    if (Object.keys(old).length === 0) continue;
    from.push(key);
    for (const [id, done] of Object.entries(old)) answers[id] = answers[id] === true || done;
  }
  return { answers, from };
}

/** Chrome says "QUOTA_BYTES quota exceeded"; Firefox throws a QuotaExceededError or says "quota". */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

/** Snoozes that have ended are dropped, and entries with no mark left, so the stored item does not grow forever. */
export function pruneState(state: ProfileState, today: Day): ProfileState {
  const findings: Record<string, FindingMark> = {};
  for (const [ruleId, mark] of Object.entries(state.findings)) {
    const kept: FindingMark = {
      ...(mark.doneAt ? { doneAt: mark.doneAt } : {}),
      ...(mark.snoozedUntil && mark.snoozedUntil > today ? { snoozedUntil: mark.snoozedUntil } : {}),
    };
    if (kept.doneAt || kept.snoozedUntil) findings[ruleId] = kept;
  }
  return { findings };
}

/** The real store, over WXT storage (needs the "storage" permission). */
export function browserFindingStore(): FindingStore {
  const defineItem = (key: string) =>
    defineVersionedItem<ProfileState>(`${STORAGE_PREFIX}${key}` as StorageItemKey, { version: STATE_VERSION, migrations: MIGRATIONS });
  const items = new Map<string, ReturnType<typeof defineItem>>();
  const itemFor = (key: string) => {
    let item = items.get(key);
    if (!item) {
      item = defineItem(key);
      items.set(key, item);
    }
    return item;
  };
  const person = defineVersionedItem<PersonState>(PERSON_KEY, { version: PERSON_VERSION });
  const saveError = (error: unknown) =>
    new SaveError(error instanceof NewerDataError ? 'newer' : isQuotaError(error) ? 'full' : 'failed', { cause: error });
  return {
    async load(key) {
      const item = itemFor(key);
      // One storage read (versioned-item.ts `read`): the popup's first check waits for it.
      const { value, newer } = await item.read();
      if (newer) throw new NewerDataError(item.key);
      return parseState(value);
    },
    async save(key, state) {
      try {
        await itemFor(key).setValue(state);
      } catch (error) {
        throw saveError(error);
      }
    },
    async loadPerson() {
      const { value: stored, newer } = await person.read();
      if (newer) throw new NewerDataError(person.key);
      if (stored !== null) return parsePerson(stored);
      // Never written: the first opening since the answers became the person's. Moved once; a failed write only
      // means the move runs again next time.
      const all = await storage.snapshot('local');
      const moved = { ...emptyPerson(), answers: migrateAnswers(all).answers };
      await person.setValue(moved).catch(() => undefined);
      return moved;
    },
    async savePerson(state) {
      try {
        await person.setValue(state);
      } catch (error) {
        throw saveError(error);
      }
    },
  };
}

/** The day of `date` in the local time zone. */
export const dayOf = (date: Date): Day => calendarDay(date);

export function addDays(day: Day, days: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayOf(new Date(y, m - 1, d + days));
}
