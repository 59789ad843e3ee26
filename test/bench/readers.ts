/**
 * @file Times the page readers inside real Chromium: each fixture page, and generated invitation pages of
 * 100, 1,000 and 5,000 invitations. performance.now() around the reader, inside the page; batches of runs so
 * the browser's coarse timer (0.1 ms) does not hide sub-millisecond reads; the median of many batches. Each read
 * is also given as a ratio to one full traversal of the same document (a TreeWalker over every element), timed
 * in the same batches, so the figure says how much work a read does whatever the machine: issue 13's targets are
 * at most 3 traversals for a profile and 5 for any page.
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
  /** Elements in the document, and the median time of one TreeWalker pass over all of them (10 × runsPerBatch a batch). */
  elements: number;
  traversalMs: number;
  /** The read's cost in full traversals of the same document: the median over batches of read / traversal. */
  traversals: number;
  /** The ceiling for this page (3 for a profile, 5 for any other page), and whether the read is within it. */
  targetTraversals: number;
  withinTarget: boolean;
}

/** Times per batch: one read and one full traversal, each averaged over the batch's runs. */
interface Batches {
  perRead: number[];
  perTraversal: number[];
  elements: number;
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
): Promise<Batches> {
  if (typeof html === 'string') await page.setContent(html, { waitUntil: 'domcontentloaded' });
  else await page.goto(html.served, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ({ url, runsPerBatch, batches }) => {
      const read = (globalThis as unknown as { profileCoachReadPage: (doc: Document, url: string) => unknown })
        .profileCoachReadPage;
      if (!read(document, url)) throw new Error(`no reader for ${url}`);
      // The yardstick: visit every element of the document once, as cheaply as the DOM allows. Written inline: a
      // named function here would be wrapped by tsx in a helper the page does not have.
      let seen = 0;
      for (let i = 0; i < 6; i++) {
        if (i > 0) read(document, url); // warm up the JIT
        const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
        for (seen = 1; walker.nextNode(); ) seen++;
      }
      const elements = seen;
      seen = 0;
      const perRead: number[] = [];
      const perTraversal: number[] = [];
      // Alternating in each batch, so both see the same machine (other processes, GC, CPU frequency).
      for (let batch = 0; batch < batches; batch++) {
        let start = performance.now();
        // Ten times the reads' runs: a traversal of a fixture page takes microseconds, below the timer's grain.
        for (let run = 0; run < runsPerBatch * 10; run++) {
          const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
          for (seen++; walker.nextNode(); ) seen++;
        }
        perTraversal.push((performance.now() - start) / (runsPerBatch * 10));
        start = performance.now();
        for (let run = 0; run < runsPerBatch; run++) read(document, url);
        perRead.push((performance.now() - start) / runsPerBatch);
      }
      if (seen !== elements * runsPerBatch * 10 * batches) throw new Error('the document changed while timing');
      return { perRead, perTraversal, elements };
    },
    { url, runsPerBatch, batches },
  );
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

function summarize(page: string, timed: Batches, runsPerBatch: number, items?: number): ReaderTiming {
  const sorted = [...timed.perRead].sort((a, b) => a - b);
  const traversalMs = quantile([...timed.perTraversal].sort((a, b) => a - b), 0.5);
  const round = (ms: number) => Math.round(ms * 100_000) / 100_000;
  const medianMs = quantile(sorted, 0.5);
  // The median of each batch's own ratio: a batch times both back to back, so a busy machine moves both alike.
  const ratios = timed.perRead.map((ms, batch) => ms / (timed.perTraversal[batch] as number)).sort((a, b) => a - b);
  const traversals = Math.round(quantile(ratios, 0.5) * 100) / 100;
  const targetTraversals = page.includes('/profile/') ? 3 : 5;
  return {
    bench: 'read-page',
    page,
    ...(items === undefined ? {} : { items }),
    batches: timed.perRead.length,
    runsPerBatch,
    medianMs: round(medianMs),
    p90Ms: round(quantile(sorted, 0.9)),
    elements: timed.elements,
    traversalMs: round(traversalMs),
    traversals,
    targetTraversals,
    withinTarget: traversals <= targetTraversals,
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
