/**
 * @file Where a read's time goes: `npx tsx test/bench/readers-profile.ts <fixture> [<fixture>…]` (paths under
 * test/fixtures, e.g. linkedin/profile/2025-05-sdui-en-other.html) reads each page a few thousand times in real
 * Chromium under the V8 sampling profiler (CDP `Profiler.start`/`stop`) and prints, per page, the functions with the
 * most self time and the most inclusive time, with the callers of the costliest leaves. The readers are bundled
 * unminified so the names are the source's. The profiler slows a read about twofold, evenly: read the shares, not
 * the milliseconds (those are in `npm run bench -- --readers`). A tool for finding work to cut; it asserts nothing.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../e2e/support/paths';
import { FIXTURES_DIR, loadFixture } from '../helpers/fixtures';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}

const READS = 3_000;
const TOP = 25;

const entry = new URL('./reader-entry.ts', import.meta.url).pathname;
const bundled = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'chrome120' });
const bundle = bundled.outputFiles[0]?.text ?? '';

/** Shares of the samples, largest first, as printable lines. */
function top(shares: Map<string, number>, total: number, count = TOP): string[] {
  return [...shares]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, samples]) => `${((100 * samples) / total).toFixed(1).padStart(5)}% ${name}`);
}

const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext();
  await context.route(
    (address) => address.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  for (const name of process.argv.slice(2)) {
    const fixture = loadFixture(join(FIXTURES_DIR, name));
    await page.setContent(fixture.html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    const run = (reads: number) =>
      page.evaluate(
        ({ url, reads }) => {
          const read = (globalThis as unknown as { profileCoachReadPage: (doc: Document, url: string) => unknown })
            .profileCoachReadPage;
          const start = performance.now();
          for (let index = 0; index < reads; index++) read(document, url);
          return (performance.now() - start) / reads;
        },
        { url: fixture.url, reads },
      );
    await run(300); // warm up the JIT
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const ms = await run(READS);
    const { profile } = await cdp.send('Profiler.stop');

    const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node as ProfileNode]));
    const parent = new Map<number, number>();
    for (const node of nodes.values()) for (const child of node.children ?? []) parent.set(child, node.id);
    const label = (id: number) => {
      const frame = nodes.get(id)?.callFrame;
      return `${frame?.functionName || '(anonymous)'}:${frame?.lineNumber ?? -1}`;
    };
    const samples = new Map<number, number>();
    for (const id of profile.samples ?? []) samples.set(id, (samples.get(id) ?? 0) + 1);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    const callers = new Map<string, Map<string, number>>();
    let total = 0;
    for (const [id, count] of samples) {
      total += count;
      const name = label(id);
      self.set(name, (self.get(name) ?? 0) + count);
      const chain: string[] = [];
      for (let up = parent.get(id), depth = 0; up !== undefined && depth < 3; up = parent.get(up), depth++) chain.push(label(up));
      const byCaller = callers.get(name) ?? new Map<string, number>();
      byCaller.set(chain.join(' < '), (byCaller.get(chain.join(' < ')) ?? 0) + count);
      callers.set(name, byCaller);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = label(at);
        if (seen.has(frame)) continue;
        seen.add(frame);
        inclusive.set(frame, (inclusive.get(frame) ?? 0) + count);
      }
    }
    console.log(`\n== ${name}: ${ms.toFixed(3)} ms a read under the profiler, ${total} samples`);
    console.log('self time:');
    for (const line of top(self, total)) console.log(`  ${line}`);
    console.log('callers of the costliest leaves:');
    for (const [name] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`  ${name}`);
      for (const line of top(callers.get(name) ?? new Map(), total, 4)) console.log(`    ${line}`);
    }
    console.log('inclusive time:');
    for (const line of top(inclusive, total, 40)) console.log(`  ${line}`);
  }
} finally {
  await browser.close();
}
