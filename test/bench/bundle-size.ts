/** @file Gzipped size of each built bundle: a content script, the background, and each page with the chunks it loads. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  bench: 'bundle-size';
  browser: string;
  entry: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** The target for this kind of bundle, when it has one. */
  budgetGzipBytes?: number;
}

/** Targets from the issues: content scripts under 15 KB gzipped, the popup under 35 KB. */
const BUDGETS: Record<string, number> = { 'content-script': 15 * 1024, popup: 35 * 1024 };

/** Files an HTML page loads itself: module scripts, modulepreloads and stylesheets. */
function pageFiles(dir: string, html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
  return [...new Set(refs)].filter((ref) => !ref.startsWith('http'));
}

/** Follows static `import … from "./x.js"` between chunks so an entry counts everything it loads. */
function withImports(dir: string, files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`${folder}${match[1]}`);
    }
  }
  return [...seen].sort();
}

function measure(browser: string, dir: string, entry: string, files: string[]): BundleSize {
  const contents = files.map((file) => readFileSync(join(dir, file)));
  const all = Buffer.concat(contents);
  const budget = BUDGETS[entry.split(':')[0] as string];
  return {
    bench: 'bundle-size',
    browser,
    entry,
    files,
    bytes: all.length,
    // Each file is fetched and compressed on its own (store packages), so sum per-file gzip sizes.
    gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
    ...(budget === undefined ? {} : { budgetGzipBytes: budget }),
  };
}

export function bundleSizes(browser: string, dir: string): BundleSize[] {
  const results: BundleSize[] = [];
  for (const script of readdirSync(join(dir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .sort()) {
    results.push(measure(browser, dir, `content-script:${script.replace(/\.js$/, '')}`, [`content-scripts/${script}`]));
  }
  results.push(measure(browser, dir, 'background', ['background.js']));
  for (const page of ['popup', 'options', 'coaching', 'dashboard']) {
    const html = readFileSync(join(dir, `${page}.html`), 'utf8');
    results.push(measure(browser, dir, page, withImports(dir, pageFiles(dir, html))));
  }
  return results;
}
