/**
 * @file `npm run audit -- <page.html> [--url <url>] [--json]`: reads a saved LinkedIn or X page with the same
 * readers as the extension and prints a summary (or, with --json, only `{ snapshot, diagnostics }`).
 * It runs no script from the page and loads nothing over the network.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { readPage } from '../extract';
import { pageTypeOf } from '../extract/page-type';
import type { ReadResult } from '../snapshot';
import { formatSummary } from './summary';

export class AuditError extends Error {}

export interface AuditOptions {
  file: string;
  url?: string;
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

/** The page's URL from its canonical link (or og:url), read from the raw HTML. */
export function canonicalUrlOf(document: Document): string | undefined {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href?.trim() || undefined;
}

export function auditFile({ file, url }: AuditOptions): ReadResult {
  let html: string;
  try {
    if (!statSync(file).isFile()) throw new AuditError(`${file}: not a file`);
    html = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AuditError) throw error;
    throw new AuditError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
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
  let values: { url?: string; json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`audit: ${(error as Error).message}`);
    return 2;
  }
  if (values.help || positionals.length !== 1) {
    console.error('usage: npm run audit -- <saved-page.html> [--url <the page URL>] [--json]');
    return values.help ? 0 : 2;
  }
  try {
    const result = auditFile({ file: positionals[0] as string, url: values.url });
    console.log(values.json ? JSON.stringify(result, null, 2) : formatSummary(result));
    return 0;
  } catch (error) {
    if (error instanceof AuditError) {
      console.error(`audit: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
