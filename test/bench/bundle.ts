/** @file Loads a module as shipped for the benches: bundled and minified by esbuild, without tsx's per-closure naming. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function importShipped<T>(entry: URL): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'profile-coach-bench-'));
  const file = join(dir, 'module.mjs');
  try {
    await build({ entryPoints: [entry.pathname], bundle: true, format: 'esm', platform: 'neutral', minify: true, keepNames: false, outfile: file });
    return (await import(pathToFileURL(file).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
