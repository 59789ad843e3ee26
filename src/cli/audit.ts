/**
 * @file `npm run audit -- [<page.html>] [--url <url>] [--guidelines <file>] [--now <YYYY-MM-DD>] [--lang <en|fr|nl|de>]
 * [--json]`: reads a saved LinkedIn or X page with the same readers as the extension, checks it with the same rules
 * against the company's guidelines (the built-in default without --guidelines), with the findings in the language
 * asked for (the extension's own assets/_locales files), and prints a summary (or, with --json, only
 * `{ snapshot, diagnostics, findings, score }`). Without a page, it audits the bundled demo profile (src/demo/pages) with
 * the example company's guidelines, and says so. It runs no script from the page and loads nothing over the network.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { checkSnapshot, type Report, type Translate } from '../engine';
import { readPage } from '../extract';
import { pageTypeOf } from '../snapshot/pages/page-type';
import { savedPageAddressOf } from '../snapshot/saved-page';
import { DEFAULT_GUIDELINES } from '../guidelines/presets/default';
import type { Guidelines } from '../guidelines/schema';
import type { ReadResult } from '../snapshot';
import { DEMO_OWN_PROFILE, demoPagePath } from '../demo/pages';
import { EXAMPLE_GUIDELINES_PATH } from '../demo/paths';
import { LANGUAGES } from './locale';
import { AuditError, loadGuidelinesFile, parseNow, translationFor } from './options';
import { MAX_PAGE_BYTES, pageTooBig, readLimitedFile } from './read-file';
import { formatReport, formatSummary } from './summary';
import { jsonSafe, print, printError } from './terminal';

export interface AuditOptions {
  file: string;
  url?: string;
}

export type AuditResult = ReadResult & Report;

export { LANGUAGES, type Language } from './locale';

export { AuditError, loadGuidelinesFile, parseNow, translationFor } from './options';

export function auditPage(
  file: string,
  options: { url?: string; guidelines: Guidelines; now: Date; translate?: Translate },
): AuditResult {
  const read = auditFile({ file, url: options.url });
  const { guidelines, now, translate } = options;
  return { ...read, ...checkSnapshot(read.snapshot, { guidelines, now, translate }) };
}

/** Parses a saved page without running or fetching anything from it. */
export function parseSavedPage(html: string, url: string): { document: Document; close(): void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}

/** The page's URL from its canonical link, og:url or "saved from" comment (src/snapshot/saved-page.ts, shared with the dashboard's batch audit). */
export const canonicalUrlOf = savedPageAddressOf;

export function auditFile({ file, url }: AuditOptions): ReadResult {
  const read = readLimitedFile(file, MAX_PAGE_BYTES, pageTooBig);
  if (!read.ok) throw new AuditError(read.message);
  const html = read.bytes.toString('utf8');
  if (html.trim() === '') throw new AuditError(`${file}: the file is empty`);

  const probe = parseSavedPage(html, url ?? 'https://www.linkedin.com/');
  try {
    const pageUrl = url ?? canonicalUrlOf(probe.document);
    if (!pageUrl) throw new AuditError(`${file}: the page has no canonical link; give its address with --url`);
    if (pageTypeOf(pageUrl) === 'unsupported') {
      throw new AuditError(
        `${pageUrl}: not a page Profile Coach reads (LinkedIn profile, invitations, connections; X profile, following)`,
      );
    }
    const result = readPage(probe.document, pageUrl);
    if (!result) throw new AuditError(`${pageUrl}: no reader for this page`);
    return result;
  } finally {
    probe.close();
  }
}

export function main(argv: string[]): number {
  let values: { url?: string; json?: boolean; help?: boolean; guidelines?: string; now?: string; lang?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        guidelines: { type: 'string' },
        now: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    printError(`audit: ${(error as Error).message}`);
    return 2;
  }
  if (values.help || positionals.length > 1) {
    printError(
      'usage: npm run audit -- [<saved-page.html>] [--url <the page URL>] [--guidelines <file.yaml|json>] [--now <YYYY-MM-DD>] ' +
        `[--lang <${LANGUAGES.join('|')}>] [--json]\n` +
        '(without a page: the bundled demo profile, with the example company\'s guidelines)',
    );
    return values.help ? 0 : 2;
  }
  // No page: the demo employee's own profile (src/demo/pages), checked against her company's guidelines.
  const demo = positionals.length === 0;
  const page = demo ? demoPagePath(DEMO_OWN_PROFILE) : (positionals[0] as string);
  const url = demo ? DEMO_OWN_PROFILE.url : values.url;
  const guidelinesFile = values.guidelines ?? (demo ? relative(process.cwd(), EXAMPLE_GUIDELINES_PATH) : undefined);
  if (demo) {
    printError(
      `audit: no page given: auditing the bundled demo profile, ${relative(process.cwd(), page)} (Lotte Verhaegen, an invented employee of Brightwave Systems), ` +
        `with ${values.guidelines ? values.guidelines : "the example company's guidelines"}. To audit a page of your own: npm run audit -- <saved-page.html>`,
    );
  }
  try {
    const now = values.now === undefined ? new Date() : parseNow(values.now);
    const translate = translationFor(values.lang ?? 'en');
    const guidelines = guidelinesFile === undefined ? DEFAULT_GUIDELINES : loadGuidelinesFile(guidelinesFile, now, translate);
    const result = auditPage(page, { url, guidelines, now, translate });
    print(
      values.json
        ? jsonSafe(JSON.stringify(result, null, 2))
        : `${formatSummary(result)}\n\n${formatReport(result, guidelinesFile ?? 'built-in default guidelines')}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AuditError) {
      printError(`audit: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
