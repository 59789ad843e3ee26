/**
 * @file A page added to a session's copy of the extension (never to the build) that writes a colleague and their
 * sessions through the real IndexedDB store in the extension's origin: the colleague's page then reads them as it
 * would an ambassador's. For the end-to-end test and the benchmark of the colleague's page.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Colleague, Session } from '../../../src/coaching/record';
import type { ChromiumSession } from './chromium';

export const SEED_PAGE = 'bench-seed.html';

/** The files to pass as `extraFiles` to `launchChromium`. */
export async function seedFiles(): Promise<Record<string, string>> {
  const result = await build({
    entryPoints: [new URL('./colleague-seed-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
  });
  return {
    [SEED_PAGE]:
      '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Seed</title>' +
      '<script src="./bench-seed.js"></script></head><body></body></html>\n',
    'bench-seed.js': result.outputFiles[0]?.text ?? '',
  };
}

/** Writes the colleague and sessions through the store, from the seed page. */
export async function seedColleague(session: ChromiumSession, colleague: Colleague, sessions: readonly Session[]): Promise<void> {
  const page: Page = await session.openExtensionPage(SEED_PAGE);
  try {
    await page.waitForFunction(() => typeof window.seedColleague === 'function');
    await page.evaluate(({ colleague, sessions }) => window.seedColleague(colleague, sessions), { colleague, sessions: [...sessions] });
  } finally {
    await page.close();
  }
}

/** Writes many colleagues and their sessions through the store, from the seed page, in batches. */
export async function seedTeam(session: ChromiumSession, records: readonly { colleague: Colleague; sessions: readonly Session[] }[], batch = 50): Promise<void> {
  const page: Page = await session.openExtensionPage(SEED_PAGE);
  try {
    await page.waitForFunction(() => typeof window.seedTeam === 'function');
    for (let start = 0; start < records.length; start += batch) {
      const slice = records.slice(start, start + batch).map(({ colleague, sessions }) => ({ colleague, sessions: [...sessions] }));
      await page.evaluate((records) => window.seedTeam(records), slice);
    }
  } finally {
    await page.close();
  }
}
