/**
 * @file `team-report`'s reading of one bundle file: read, decode, check (src/coaching/bundle.ts `parseBundle`, all
 * of it), then keep only what the merge and the team's figures read of it, so that the text and the parsed tree are
 * dropped before the next file is read (20 bundles of 19 MB held at once cost more in garbage collection than they
 * took to parse). The same in the main thread or in a worker (./team-report-worker.ts). It does not merge.
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MAX_BUNDLE_CHARS, parseBundle, type BundleSettings, type CoachingBundle, type MergeInput } from '../coaching/bundle';
import type { Colleague, Session } from '../coaching/record';
import type { SessionSource } from '../coaching/team-types';
import { message, megabytes } from '../guidelines/messages';
import { readLimitedFile } from './read-file';
import type { BundleJob } from './team-report-worker';

/** Bytes a bundle file may have: the parser's own limit on characters (a character is at least one byte). */
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_CHARS * 4;

/**
 * A session as the team's figures read it (src/coaching/summary.ts `summaryOf`) and the merge joins it: no notes,
 * no labels, no points, no step scores, and only the findings that passed or are open (the others count nowhere).
 */
export interface BriefSession extends SessionSource {
  colleagueId: string;
}

type Outcome = SessionSource['outcomes'][number];

/** A bundle as kept after its check: whole (the sessions CSV reads every session's scores), or its sessions in brief. */
export interface ReadBundle<S extends BriefSession | Session = BriefSession | Session> extends MergeInput<S> {
  colleagues: Colleague[];
  sessions: S[];
  guidelinesName: string | null;
  settings?: BundleSettings | undefined;
}

export type ReadResult<S extends BriefSession | Session = BriefSession | Session> = { ok: true; bundle: ReadBundle<S> } | { ok: false; errors: string[] };

/**
 * Small values that recur in every session (a finding's rule, step and status, the guidelines' print, a score) made
 * once per bundle and shared: the brief of 6,000 sessions is then mostly references, cheap to keep and to post from
 * a worker (structured cloning keeps what is shared shared).
 */
class Shared {
  private readonly outcomes = new Map<string, Outcome>();
  private readonly fingerprints = new Map<string, { fingerprint: string }>();
  private readonly scores = new Map<number | null, { overall: number | null }>();

  outcome(ruleId: string, step: Outcome['step'], status: Outcome['status']): Outcome {
    const key = `${ruleId}\u0000${step}\u0000${status}`;
    let outcome = this.outcomes.get(key);
    if (!outcome) this.outcomes.set(key, (outcome = { ruleId, step, status }));
    return outcome;
  }

  fingerprint(fingerprint: string): { fingerprint: string } {
    let shared = this.fingerprints.get(fingerprint);
    if (!shared) this.fingerprints.set(fingerprint, (shared = { fingerprint }));
    return shared;
  }

  score(overall: number | null): { overall: number | null } {
    let shared = this.scores.get(overall);
    if (!shared) this.scores.set(overall, (shared = { overall }));
    return shared;
  }
}

function briefOf(session: Session, shared: Shared): BriefSession {
  const outcomes: Outcome[] = [];
  for (const { ruleId, step, status } of session.outcomes) if (status !== 'notApplicable') outcomes.push(shared.outcome(ruleId, step, status));
  const brief: BriefSession = {
    id: session.id,
    colleagueId: session.colleagueId,
    site: session.site,
    at: session.at,
    guidelines: shared.fingerprint(session.guidelines.fingerprint),
    score: shared.score(session.score.overall),
    outcomes,
    actions: session.actions.map(({ ruleId, due }) => ({ ruleId, due })),
    answers: session.answers,
  };
  if (session.audience) brief.audience = { followers: session.audience.followers, connections: session.audience.connections };
  return brief;
}

/** What is kept of a checked bundle: its sessions whole, or in brief. */
export function keptOf(bundle: CoachingBundle, whole: boolean): ReadBundle {
  const shared = new Shared();
  return {
    colleagues: bundle.colleagues,
    sessions: whole ? bundle.sessions : bundle.sessions.map((session) => briefOf(session, shared)),
    guidelinesName: bundle.guidelines?.name ?? null,
    ...(bundle.settings ? { settings: bundle.settings } : {}),
  };
}

/** Reads and checks one bundle file; its errors each name the file. */
export function readBundleFile(file: string, now: Date, whole: boolean): ReadResult {
  const read = readLimitedFile(file, MAX_BUNDLE_BYTES, (bytes) => message('fileTooBig', { size: megabytes(bytes), max: MAX_BUNDLE_BYTES / (1024 * 1024) }));
  if (!read.ok) return { ok: false, errors: [read.message] };
  const parsed = parseBundle(read.bytes.toString('utf8'), now);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((error) => `${file}: ${error}`) };
  return { ok: true, bundle: keptOf(parsed.bundle, whole) };
}

/**
 * A worker running the file beside this one. Run from the TypeScript source (tsx, as `npm run team-report` does, or a
 * test), Node 20 loads a worker's own file before any `--import` hook, so the worker starts as a line of JavaScript
 * that registers tsx's loader (its documented API, tsx/esm/api) and then imports the TypeScript file.
 */
function newWorker(): Worker {
  const source = fileURLToPath(import.meta.url);
  const url = new URL(`./team-report-worker${extname(source)}`, import.meta.url);
  if (!source.endsWith('.ts')) return new Worker(url);
  // The ES module of the API (its `import` condition); require.resolve gives the CommonJS one beside it.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true });
}

/**
 * Reads and checks every file, in order of the results (not of the work): in `threads` workers at once when there
 * are more than one and more than one file, each posting back only what is kept; else one after the other here.
 */
export async function readBundleFiles(files: readonly string[], now: Date, whole: boolean, threads: number): Promise<ReadResult[]> {
  const count = Math.min(threads, files.length);
  if (count <= 1) return files.map((file) => readBundleFile(file, now, whole));
  const results: ReadResult[] = [];
  const workers: Worker[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from(
        { length: count },
        () =>
          new Promise<void>((resolve, reject) => {
            const worker = newWorker();
            workers.push(worker);
            const give = () => {
              if (next >= files.length) {
                resolve();
                return;
              }
              const job: BundleJob = { index: next, file: files[next]!, now: now.getTime(), whole };
              next += 1;
              worker.postMessage(job);
            };
            worker.on('message', ({ index, result }: { index: number; result: ReadResult }) => {
              results[index] = result;
              give();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a bundle reader stopped (exit code ${code})`)));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
