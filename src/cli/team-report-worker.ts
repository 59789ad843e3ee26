/**
 * @file A worker of `team-report`'s pool (./team-report-read.ts `readBundleFiles`): reads and checks the bundle files
 * it is given, one at a time, and posts back only what is kept of each (small: the sessions in brief). It merges
 * nothing and writes nothing.
 */
import { parentPort } from 'node:worker_threads';
import { readBundleFile } from './team-report-read';

export interface BundleJob {
  index: number;
  file: string;
  /** The command's now, in milliseconds. */
  now: number;
  whole: boolean;
}

parentPort?.on('message', ({ index, file, now, whole }: BundleJob) => {
  parentPort?.postMessage({ index, result: readBundleFile(file, new Date(now), whole) });
});
