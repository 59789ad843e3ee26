/**
 * @file Where the extension keeps the person's own guidelines file and which guidelines are active. The file is
 * stored as written (text, format, name, date), never only as the parsed object, so comments and layout survive and
 * a later version of the parser reads it afresh. A valid company copy pushed by policy (managed storage) wins over
 * the person's own, which wins over the built-in default; a copy that does not parse is passed over with its
 * errors, never a crash. It does not parse (parse.ts) nor show anything.
 */
import { storage } from 'wxt/utils/storage';
import { defineVersionedItem, STORED_VERSIONS } from './versioned-item';
import { z } from 'zod';
import { type ManagedPolicy, ManagedPolicySchema, formatOfText } from '../guidelines/managed-policy';
import { type GuidelinesTextId, message } from '../guidelines/messages';
import {
  fileError,
  type GuidelinesError,
  type GuidelinesFormat,
  type GuidelinesWarning,
  MAX_FILE_BYTES,
  type ParseOptions,
  type ParseResult,
  type RuleRegistry,
  formatOf,
  parseGuidelines,
} from '../guidelines/parse';
import type { GuidelinesSource } from '../messaging/protocol';
import { DEFAULT_GUIDELINES } from '../guidelines/presets/default';
import type { Guidelines } from '../guidelines/schema';

export const StoredGuidelinesSchema = z.object({
  /** The file's text, comments included. */
  text: z.string().max(MAX_FILE_BYTES),
  format: z.enum(['yaml', 'json']),
  /** The name of the imported file, shown back to the person ("brightwave-2026.yaml"). */
  fileName: z.string().max(260).optional(),
  /** When it was saved, ISO 8601. */
  savedAt: z.string(),
});
export type StoredGuidelines = z.output<typeof StoredGuidelinesSchema>;

/**
 * The person's own guidelines. Version 1 is the first shape; a new shape bumps the version and adds
 * `2: (v1) => v2` to the migrations, with a test, so that nobody's file is lost on an update.
 */
export const userGuidelinesItem = defineVersionedItem<StoredGuidelines>('local:guidelines', { version: STORED_VERSIONS.guidelines });

/** Reads the policy; injectable because Firefox rejects when no policy exists and tests need both cases. */
export type ManagedReader = () => Promise<unknown>;

export const readManagedPolicy: ManagedReader = async () => {
  const [guidelines, locked] = await Promise.all([
    storage.getItem<unknown>('managed:guidelines'),
    storage.getItem<unknown>('managed:locked'),
  ]);
  return { guidelines: guidelines ?? undefined, locked: locked ?? undefined };
};

export type { GuidelinesSource };

export interface ActiveGuidelines {
  source: GuidelinesSource;
  guidelines: Guidelines;
  /** Warnings about the guidelines in use. */
  warnings: GuidelinesWarning[];
  /** Why a company or personal copy was passed over, tagged with which. */
  errors?: Array<GuidelinesError & { source: Exclude<GuidelinesSource, 'default'> }>;
  /** The company's policy forbids personal guidelines. */
  locked: boolean;
}

export interface LoadOptions {
  readManaged?: ManagedReader;
  /** The rules that the files' `rules:` sections may configure (the caller's registry: src/rules in the extension). */
  rules: RuleRegistry;
  now?: Date;
}

const problem = (id: GuidelinesTextId): GuidelinesError => fileError(message(id));

async function managedPolicy(read: ManagedReader): Promise<{ policy: ManagedPolicy; error?: GuidelinesError }> {
  let raw: unknown;
  try {
    raw = await read();
  } catch {
    // Firefox rejects when no policy is installed; Chrome answers {}. Either way: no company copy.
    return { policy: {} };
  }
  const parsed = ManagedPolicySchema.safeParse(raw ?? {});
  if (parsed.success) return { policy: parsed.data };
  // Chrome checks the policy against assets/managed-schema.json, but Firefox's policies do not: say what is wrong.
  const guidelines = (raw as { guidelines?: unknown } | null)?.guidelines;
  return {
    policy: {},
    error: problem(
      typeof guidelines === 'string' || guidelines === undefined
        ? 'policyMalformed'
        : 'policyNotText',
    ),
  };
}

/**
 * The last few texts parsed, by registry, format, day and text: the background checks a page each time a popup opens,
 * and parsing a company file (YAML and zod) costs milliseconds that the popup's first paint would otherwise wait for.
 * Reusing the same guidelines object also keeps the engine's compiled matchers (cached by object). The day is in
 * the key because "a campaign is over" warnings depend on it; the registry, because a test's own rules read the
 * `rules:` section differently. Results are never mutated by their users.
 */
const parsedTexts = new WeakMap<RuleRegistry, Map<string, ParseResult>>();
const PARSED_TEXTS_KEPT = 4;

function parseOnce(text: string, options: ParseOptions & { format: GuidelinesFormat }): ParseResult {
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  const key = `${options.format}\u0000${day}\u0000${text}`;
  let kept = parsedTexts.get(options.rules);
  if (!kept) parsedTexts.set(options.rules, (kept = new Map()));
  let result = kept.get(key);
  if (!result) {
    result = parseGuidelines(text, options);
    if (kept.size >= PARSED_TEXTS_KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(key, result);
  }
  return result;
}

/** The guidelines to use now, and why any other copy was passed over. Never throws. */
export async function loadActiveGuidelines(options: LoadOptions): Promise<ActiveGuidelines> {
  const parseOptions = { rules: options.rules, ...(options.now ? { now: options.now } : {}) };
  const errors: NonNullable<ActiveGuidelines['errors']> = [];
  const { policy, error } = await managedPolicy(options.readManaged ?? readManagedPolicy);
  if (error) errors.push({ ...error, source: 'managed' });
  const locked = policy.locked === true;

  if (policy.guidelines !== undefined && policy.guidelines.trim() !== '') {
    const result = parseOnce(policy.guidelines, { ...parseOptions, format: formatOfText(policy.guidelines) });
    if (result.ok) return { source: 'managed', guidelines: result.guidelines, warnings: result.warnings, locked };
    errors.push(...result.errors.map((e) => ({ ...e, source: 'managed' as const })));
  }

  if (!locked) {
    const user = await readUserGuidelines();
    if (user.error) errors.push({ ...user.error, source: 'user' });
    if (user.stored) {
      const result = parseOnce(user.stored.text, { ...parseOptions, format: user.stored.format });
      if (result.ok) {
        return { source: 'user', guidelines: result.guidelines, warnings: result.warnings, locked, ...(errors.length ? { errors } : {}) };
      }
      errors.push(...result.errors.map((e) => ({ ...e, source: 'user' as const })));
    }
  }

  return { source: 'default', guidelines: DEFAULT_GUIDELINES, warnings: [], locked, ...(errors.length ? { errors } : {}) };
}

/**
 * A stored copy that is not used as it is but must not be lost: damaged (not of the stored shape), or written by a
 * newer version of Profile Coach (read-only here). `text` is its file text when one can be found, else the stored
 * value as JSON, so the options page can show and export it before anything is written over it.
 */
export interface KeptGuidelines {
  reason: 'damaged' | 'newer';
  text: string;
  fileName?: string;
}

export interface UserGuidelinesRead {
  stored: StoredGuidelines | null;
  error?: GuidelinesError;
  kept?: KeptGuidelines;
}

function keptOf(raw: unknown, reason: KeptGuidelines['reason']): KeptGuidelines {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const text = typeof raw === 'string' ? raw : typeof record.text === 'string' ? record.text : JSON.stringify(raw, null, 2);
  const fileName = typeof record.fileName === 'string' && record.fileName.length <= 260 ? record.fileName : undefined;
  return { reason, text, ...(fileName ? { fileName } : {}) };
}

/** The stored file, checked on read: storage can hold anything an older version, a newer one or another tool wrote. */
export async function readUserGuidelines(): Promise<UserGuidelinesRead> {
  let raw: unknown;
  let newer: boolean;
  try {
    [raw, newer] = await Promise.all([userGuidelinesItem.getValue(), userGuidelinesItem.isNewer()]);
  } catch {
    return { stored: null, error: problem('storageUnreadable') };
  }
  if (raw === null || raw === undefined) return { stored: null };
  const parsed = StoredGuidelinesSchema.safeParse(raw);
  // A newer version's copy is used when it still reads as a file, but never written over (versioned-item.ts).
  if (newer) {
    return parsed.success
      ? { stored: parsed.data, kept: keptOf(raw, 'newer') }
      : { stored: null, kept: keptOf(raw, 'newer'), error: problem('storedNewer') };
  }
  return parsed.success
    ? { stored: parsed.data }
    : { stored: null, kept: keptOf(raw, 'damaged'), error: problem('storedDamaged') };
}

export interface SaveOptions {
  fileName?: string;
  format?: GuidelinesFormat;
  rules: RuleRegistry;
  now?: Date;
}

/** Saves the person's file if it is valid (as written, comments included); returns what the parser said either way. */
export async function saveUserGuidelines(text: string, options: SaveOptions): Promise<ParseResult> {
  const format = options.format ?? (options.fileName ? formatOf(options.fileName) : formatOfText(text));
  const result = parseGuidelines(text, { ...options, format });
  if (!result.ok) return result;
  await userGuidelinesItem.setValue({
    text,
    format,
    ...(options.fileName ? { fileName: options.fileName } : {}),
    savedAt: (options.now ?? new Date()).toISOString(),
  });
  return result;
}

export async function removeUserGuidelines(): Promise<void> {
  await userGuidelinesItem.removeValue();
}
