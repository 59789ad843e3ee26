/**
 * @file `team-report`'s pool of worker threads (./team-report-worker.ts): every bundle file read and checked, one
 * per worker at a time, each posting back only what is kept of it (./team-report-read.ts). It merges nothing.
 */
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type * as Esbuild from 'esbuild';
import { readBundleFile, type ReadResult } from './team-report-read';
import type { BundleJob } from './team-report-worker';

/** The worker's code as one script, made once per process (see `newWorker`). */
let workerScript: string | null = null;

/**
 * A young generation of 384 MB (semi-spaces of 128 MB, as the command's own thread gets from package.json): a bundle
 * parsed is some 200,000 objects that live until their brief is made, and with V8's default of 16 MB they were
 * copied from space to space and promoted, collection after collection. On the bench's 20 bundles, one thread, CPU
 * 12.4 s with the default, 10.3 s with 64 MB semi-spaces, 8.1 s with 128 MB.
 */
const YOUNG = { maxYoungGenerationSizeMb: 384 };

/**
 * A worker running the file beside this one. Run from the TypeScript source (a test, or tsx), a
 * worker would load tsx's loader and every module through it again, which cost over a second of CPU per
 * worker: the worker and what it imports are bundled into one CommonJS script instead, with esbuild (which tsx runs
 * on), in about a tenth of that, once for all the workers. Run as `npm run team-report` runs it, bundled
 * (./team-report-launch.mjs), the worker is a bundled file beside this one, and esbuild is not even loaded.
 */
function newWorker(): Worker {
  const source = fileURLToPath(import.meta.url);
  const file = join(dirname(source), `team-report-worker${extname(source)}`);
  if (!source.endsWith('.ts')) return new Worker(file, { resourceLimits: YOUNG });
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  workerScript ??= buildSync({ entryPoints: [file], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' })
    .outputFiles[0]!.text;
  return new Worker(workerScript, { eval: true, resourceLimits: YOUNG });
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
