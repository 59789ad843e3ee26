/**
 * @file `team-report`'s pool of worker threads (./team-report-worker.ts): every bundle file read and checked, one
 * per worker at a time, each posting back only what is kept of it (./team-report-read.ts). It merges nothing.
 */
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { readBundleFile, type ReadResult } from './team-report-read';
import type { BundleJob } from './team-report-worker';

/** The worker's code as one script, made once per process (see `newWorker`). */
let workerScript: string | null = null;

/**
 * A worker running the file beside this one. Run from the TypeScript source (tsx, as `npm run team-report` does, or a
 * test), a worker would load tsx's loader and every module through it again, which cost over a second of CPU per
 * worker: the worker and what it imports are bundled into one CommonJS script instead, with esbuild (which tsx runs
 * on), in about a tenth of that, once for all the workers.
 */
function newWorker(): Worker {
  const source = fileURLToPath(import.meta.url);
  const file = join(dirname(source), `team-report-worker${extname(source)}`);
  if (!source.endsWith('.ts')) return new Worker(file);
  workerScript ??= buildSync({ entryPoints: [file], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' })
    .outputFiles[0]!.text;
  return new Worker(workerScript, { eval: true });
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
