/**
 * @file Times the colleague's page in real Chromium with the built extension: from opening `coaching.html#<id>`
 * (its navigation start) to the record painted (the mark src/ui/coaching/coaching-page.tsx sets a frame after the
 * record is on screen), for a colleague with 12 sessions as the popup saves them (28 outcomes each, notes and
 * actions), read from the real IndexedDB store. It includes loading the page's scripts, opening the database and
 * validating what it reads. An empty extension page that sets the same mark is opened between the page's openings,
 * so the line `colleague-page-vs-empty-page` tells the page's own cost on any machine. Target (issue 11): under 100 ms.
 */
import type { Page } from 'playwright-core';
import { COLLEAGUE_PAINTED_MARK } from '../../src/ui/coaching/marks';
import { launchChromium } from '../e2e/support/chromium';
import { seedColleague, seedFiles } from '../e2e/support/colleague-seed';
import { makeColleague, typicalSession } from '../storage/coaching/records';

export interface ColleaguePageTiming {
  bench: 'colleague-page-painted' | 'colleague-empty-page-painted';
  sessions: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  targetMedianMs?: number;
}

export interface ColleaguePageRatio {
  bench: 'colleague-page-vs-empty-page';
  pageMedianMs: number;
  emptyMedianMs: number;
  ratio: number;
}

const SESSIONS = 12;
const RUNS = 9;
const TARGET_MEDIAN_MS = 100;
const COLLEAGUE_ID = 'bench-colleague';

const EMPTY_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Empty</title>' +
  '<script type="module" src="./bench-colleague-empty.js"></script></head><body></body></html>\n';

async function timeToMark(tab: Page, url: string): Promise<number> {
  await tab.goto(url);
  const handle = await tab.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, COLLEAGUE_PAINTED_MARK, {
    timeout: 15_000,
  });
  return (await handle.jsonValue()) as number;
}

function summarize(bench: ColleaguePageTiming['bench'], times: number[], target?: number): ColleaguePageTiming {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  return {
    bench,
    sessions: SESSIONS,
    runs: times.length,
    medianMs: at(0.5),
    p90Ms: at(0.9),
    maxMs: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
    ...(target === undefined ? {} : { targetMedianMs: target }),
  };
}

export async function* colleaguePageTimings(): AsyncGenerator<ColleaguePageTiming | ColleaguePageRatio> {
  const session = await launchChromium([], {
    extraFiles: {
      ...(await seedFiles()),
      'bench-colleague-empty.html': EMPTY_PAGE,
      'bench-colleague-empty.js': `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(COLLEAGUE_PAINTED_MARK)})));\n`,
    },
  });
  try {
    const colleague = makeColleague({ id: COLLEAGUE_ID });
    const sessions = Array.from({ length: SESSIONS }, (_, month) =>
      typicalSession(colleague, `bench-session-${month}`, new Date(Date.UTC(2026, month, 10, 10))),
    );
    await seedColleague(session, colleague, sessions);

    const tab = await session.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 900 });
    const url = `chrome-extension://${session.extensionId}/coaching.html#${COLLEAGUE_ID}`;
    const emptyUrl = `chrome-extension://${session.extensionId}/bench-colleague-empty.html`;
    // Warm-up: the browser's first load of the extension's code and first open of the database.
    await timeToMark(tab, url);
    await timeToMark(tab, emptyUrl);
    const times: number[] = [];
    const empty: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      times.push(await timeToMark(tab, url));
      empty.push(await timeToMark(tab, emptyUrl));
    }
    const painted = summarize('colleague-page-painted', times, TARGET_MEDIAN_MS);
    const emptySummary = summarize('colleague-empty-page-painted', empty);
    yield painted;
    yield emptySummary;
    yield {
      bench: 'colleague-page-vs-empty-page',
      pageMedianMs: painted.medianMs,
      emptyMedianMs: emptySummary.medianMs,
      ratio: Math.round((painted.medianMs / emptySummary.medianMs) * 100) / 100,
    };
  } finally {
    await session.close();
  }
}

// `npx tsx test/bench/colleague-page.ts` runs this bench alone (after `npx wxt build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  for await (const timing of colleaguePageTimings()) console.log(JSON.stringify(timing));
}
