/** @file The batch audit service bundled for an extension page: the files to pass as `extraFiles` to `launchChromium`. */
import { build } from 'esbuild';

export const BATCH_PAGE = 'bench-batch-audit.html';

export async function batchAuditFiles(): Promise<Record<string, string>> {
  const result = await build({
    entryPoints: [new URL('./batch-audit-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  return {
    [BATCH_PAGE]:
      '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Batch audit</title><script src="./bench-batch-audit.js"></script></head><body></body></html>\n',
    'bench-batch-audit.js': result.outputFiles[0]?.text ?? '',
  };
}
