/**
 * @file Times parseGuidelines (bundled and minified with esbuild, as the options page ships it) on hostile files
 * of 100 KB, 500 KB and 1 MB, one per shape that once cost more than linear time or could: duplicate keys,
 * `xN: @y` lines (one syntax error each), unknown keys, unknown rule ids, language codes, deep nesting repeated,
 * one long line, tabs, CR-only line endings, commas, comment lines, empty list items, many terms. Target (issue 9, item 1): every file up to the 1 MB
 * limit checked in under 1 s, growing linearly. It asserts nothing: the unit tests assert growth, not time.
 */
import { performance } from 'node:perf_hooks';
import type { parseGuidelines as ParseGuidelines } from '../../src/guidelines/parse';
import { fill } from '../helpers/hostile-text';
import { importShipped } from './bundle';
import { RULES } from '../../src/rules';

export interface GuidelinesTiming {
  bench: 'guidelines';
  case: string;
  bytes: number;
  errors: number;
  runs: number;
  medianMs: number;
  maxMs: number;
}


/** Hostile shapes, each a function of the target size in bytes. */
export const SHAPES: Record<string, (bytes: number) => { text: string; fileName?: string }> = {
  'duplicate keys': (bytes) => ({ text: fill(bytes, 'brand:\n  name: B\n', () => '  name: B\n') }),
  'xN: @y lines': (bytes) => ({ text: fill(bytes, '', (i) => `x${i}: @y\n`) }),
  'unknown keys': (bytes) => ({ text: fill(bytes, 'brand:\n  name: Brightwave\n', (i) => `  key${i}: value\n`) }),
  'unknown rule ids': (bytes) => ({ text: fill(bytes, 'rules:\n', (i) => `  some-rule-${i}: off\n`) }),
  'rule id typos': (bytes) => ({ text: fill(bytes, 'rules:\n', (i) => `  pending-invitation-ag${i.toString(36)}: off\n`) }),
  // 676 two-letter codes, each with a long list: the shape that once bypassed the 200 keywords per theme.
  'language codes': (bytes) => {
    const words = Math.floor(bytes / 676 / 8);
    return {
      text: fill(bytes, 'strategy:\n  themes:\n    - name: T\n      keywords:\n', (i) =>
        i >= 676 ? '\n'.repeat(bytes) : `        ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}: [${Array.from({ length: words }, (_, k) => `w${k}`).join(', ')}]\n`,
      ),
    };
  },
  'nesting 45 deep, repeated': (bytes) => ({ text: fill(bytes, 'brand:\n  name: B\n  spellings:\n', () => `    - ${'['.repeat(45)}x${']'.repeat(45)}\n`) }),
  'one long line': (bytes) => ({ text: `brand:\n  name: ${'a'.repeat(bytes - 20)}\n` }),
  'tab indentation': (bytes) => ({ text: fill(bytes, 'brand:\n', (i) => `\tkey${i}: v\n`) }),
  'CR-only line endings': (bytes) => ({ text: fill(bytes, 'brand:\r  name: B\r', (i) => `  key${i}: v\r`) }),
  // A syntax error per byte, a token per byte: the shapes that cost most before the parts cap (a million commas: 20 s).
  commas: (bytes) => ({ text: `brand:\n  spellings: [${','.repeat(bytes - 30)}]\n` }),
  'comment lines': (bytes) => ({ text: '#\n'.repeat(Math.floor(bytes / 2)) }),
  'empty list items': (bytes) => ({ text: '- \n'.repeat(Math.floor(bytes / 3)) }),
  'many terms': (bytes) => ({ text: fill(bytes, 'confidentiality:\n  banned:\n', (i) => `    - term number ${i}\n`) }),
  'JSON unknown keys': (bytes) => ({ text: fill(bytes, '{"brand": {"name": "B"', (i) => `,\n"key${i}": 1`, '}}'), fileName: 'bench.json' }),
};

export const SIZES = [100 * 1024, 500 * 1024, 1024 * 1024] as const;

/** parseGuidelines as shipped: bundled, minified, without tsx's per-closure naming. */
export function shippedParser(): Promise<{ parseGuidelines: typeof ParseGuidelines }> {
  return importShipped(new URL('../../src/guidelines/parse.ts', import.meta.url));
}

export function* guidelinesTimings({ parseGuidelines }: { parseGuidelines: typeof ParseGuidelines }, runs = 3): Generator<GuidelinesTiming> {
  const now = new Date('2026-11-23T12:00:00Z');
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const bytes of SIZES) {
      const { text, fileName } = shape(bytes);
      const times: number[] = [];
      let errors = 0;
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        const result = parseGuidelines(text, { rules: RULES, now, ...(fileName ? { fileName } : {}) });
        times.push(performance.now() - start);
        errors = result.ok ? 0 : result.errors.length + result.omitted;
      }
      times.sort((a, b) => a - b);
      yield {
        bench: 'guidelines',
        case: name,
        bytes: text.length,
        errors,
        runs,
        medianMs: Math.round((times[Math.floor(runs / 2)] as number) * 10) / 10,
        maxMs: Math.round((times[runs - 1] as number) * 10) / 10,
      };
    }
  }
}
