/**
 * @file Is a change to the readers faster? `npx tsx test/bench/readers-ab.ts [<git ref>] [<fixture filter>]` bundles
 * the readers of the ref (HEAD by default) and of the working tree, loads both into each fixture page in real
 * Chromium, checks that they read the page alike (a faster reader that reads differently is a failure), then times
 * them interleaved, batch by batch, beside a full traversal: so both see the same machine, which on a shared,
 * loaded machine moves single timings by ±15 %. Prints per page each one's cost in traversals and the median of
 * the per-batch ratio new/old (below 1: the working tree is faster). A tool for deciding a change; it is not part of
 * `npm run bench`, whose figures are the ones to report.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { requireChromium } from '../e2e/support/paths';
import { fixturePaths, loadFixture, ROOT } from '../helpers/fixtures';

const [ref = 'HEAD', filter = ''] = process.argv.slice(2);
const BATCHES = 60;

/** The readers as a script that sets `globalThis[name]`, bundled from `root` (a checkout of src and test/bench). */
async function bundle(root: string, name: string): Promise<string> {
  const entry = join(root, 'test', 'bench', 'reader-entry.ts');
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, write: false, target: 'chrome120' });
  return (result.outputFiles[0]?.text ?? '').replace('profileCoachReadPage', name);
}

// The ref's sources go under node_modules/.cache (inside the repository, so the bundler finds the packages; ignored by git).
const old = join(ROOT, 'node_modules', '.cache', 'readers-ab');
rmSync(old, { recursive: true, force: true });
mkdirSync(old, { recursive: true });
execFileSync('sh', ['-c', `git archive "$1" src test/bench/reader-entry.ts | tar -x -C "$2"`, 'sh', ref, old], { cwd: ROOT });
const scripts = [await bundle(old, 'readOld'), await bundle(ROOT, 'readNew')];

const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext();
  await context.route(
    (address) => address.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  console.log(`${'page'.padEnd(62)} ${ref.padStart(8)}    new  new/old`);
  for (const path of fixturePaths().filter((file) => file.includes(filter) && /\/(linkedin|x)\//.test(file))) {
    const fixture = loadFixture(path);
    await page.setContent(fixture.html, { waitUntil: 'domcontentloaded' });
    for (const content of scripts) await page.addScriptTag({ content });
    const timed = await page.evaluate(
      ({ url, batches }) => {
        type Read = (doc: Document, url: string) => unknown;
        const { readOld, readNew } = globalThis as unknown as { readOld: Read; readNew: Read };
        if (JSON.stringify(readOld(document, url)) !== JSON.stringify(readNew(document, url))) return null;
        for (let run = 0; run < 200; run++) {
          readOld(document, url);
          readNew(document, url);
        }
        const before: number[] = [];
        const after: number[] = [];
        const ratio: number[] = [];
        for (let batch = 0; batch < batches; batch++) {
          let start = performance.now();
          for (let run = 0; run < 300; run++) {
            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
            while (walker.nextNode());
          }
          const traversal = (performance.now() - start) / 300;
          start = performance.now();
          for (let run = 0; run < 30; run++) readOld(document, url);
          const oldMs = (performance.now() - start) / 30;
          start = performance.now();
          for (let run = 0; run < 30; run++) readNew(document, url);
          const newMs = (performance.now() - start) / 30;
          before.push(oldMs / traversal);
          after.push(newMs / traversal);
          ratio.push(newMs / oldMs);
        }
        for (const list of [before, after, ratio]) list.sort((a, b) => a - b);
        const middle = Math.floor(batches / 2);
        return { before: before[middle] ?? 0, after: after[middle] ?? 0, ratio: ratio[middle] ?? 0 };
      },
      { url: fixture.url, batches: BATCHES },
    );
    if (!timed) throw new Error(`${fixture.name}: the working tree reads it differently from ${ref}`);
    console.log(
      `${fixture.name.padEnd(62)} ${timed.before.toFixed(1).padStart(8)} ${timed.after.toFixed(1).padStart(6)} ${timed.ratio.toFixed(2).padStart(8)}`,
    );
  }
} finally {
  await browser.close();
  rmSync(old, { recursive: true, force: true });
}
