/**
 * @file Times the page readers inside real Chromium: each fixture page, and generated invitation pages of
 * 100, 1,000 and 5,000 invitations. performance.now() around the reader, inside the page; batches of runs so
 * the browser's coarse timer (0.1 ms) does not hide sub-millisecond reads; the median of many batches.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { requireChromium } from '../e2e/support/paths';
import { fixturePaths, loadFixture } from '../helpers/fixtures';
import { invitationPageHtml } from '../helpers/generate-invitations';
import { type LocalPages, localPages } from './local-server';

export interface ReaderTiming {
  bench: 'read-page';
  page: string;
  items?: number;
  batches: number;
  runsPerBatch: number;
  medianMs: number;
  p90Ms: number;
}

async function readerBundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./reader-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Loads the page (a fixture with `setContent`; a generated page of megabytes from the local server, which is much
 * faster), injects the readers and times them; returns per-read milliseconds. The reader is given the page's real
 * address (`url`) whatever address the page was loaded from.
 */
async function time(
  page: Page,
  bundle: string,
  html: string | { served: string },
  url: string,
  runsPerBatch: number,
  batches: number,
): Promise<number[]> {
  if (typeof html === 'string') await page.setContent(html, { waitUntil: 'domcontentloaded' });
  else await page.goto(html.served, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ({ url, runsPerBatch, batches }) => {
      const read = (globalThis as unknown as { profileCoachReadPage: (doc: Document, url: string) => unknown })
        .profileCoachReadPage;
      if (!read(document, url)) throw new Error(`no reader for ${url}`);
      for (let i = 0; i < 5; i++) read(document, url); // warm up the JIT
      const perRead: number[] = [];
      for (let batch = 0; batch < batches; batch++) {
        const start = performance.now();
        for (let run = 0; run < runsPerBatch; run++) read(document, url);
        perRead.push((performance.now() - start) / runsPerBatch);
      }
      return perRead;
    },
    { url, runsPerBatch, batches },
  );
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

function summarize(page: string, perRead: number[], runsPerBatch: number, items?: number): ReaderTiming {
  const sorted = [...perRead].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10_000) / 10_000;
  return {
    bench: 'read-page',
    page,
    ...(items === undefined ? {} : { items }),
    batches: perRead.length,
    runsPerBatch,
    medianMs: round(quantile(sorted, 0.5)),
    p90Ms: round(quantile(sorted, 0.9)),
  };
}

export async function* readerTimings(): AsyncGenerator<ReaderTiming> {
  let server: LocalPages | undefined;
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext();
    server = await localPages();
    const local = server;
    // Nothing leaves the machine: fixture images and the like are refused; only the local server's pages load.
    await context.route(
      (address) => address.hostname !== '127.0.0.1',
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const bundle = await readerBundle();

    for (const path of fixturePaths()) {
      const fixture = loadFixture(path);
      yield summarize(fixture.name, await time(page, bundle, fixture.html, fixture.url, 50, 40), 50);
    }
    const url = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
    for (const [count, runsPerBatch, batches] of [
      [100, 20, 30],
      [1_000, 3, 20],
      [5_000, 1, 12],
      [10_000, 1, 10],
    ] as const) {
      yield summarize(
        `generated received invitations`,
        await time(page, bundle, { served: local.serve(invitationPageHtml(count)) }, url, runsPerBatch, batches),
        runsPerBatch,
        count,
      );
    }
  } finally {
    await browser.close();
    await server?.close();
  }
}
