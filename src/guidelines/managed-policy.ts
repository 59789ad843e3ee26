/**
 * @file What an IT department may push by enterprise policy (the extension's managed storage): the company's
 * guidelines as one YAML or JSON text, and whether people may replace them with their own. One text property
 * rather than the guidelines as structured policy: Chrome checks a policy against its own JSON Schema dialect
 * (no anyOf, no lookahead patterns) and silently drops what does not fit, whereas text reaches our parser whole
 * and every mistake comes back with a line number. It does not read storage (see store.ts).
 */
import { z } from 'zod';
import type { GuidelinesFormat } from './parse';

export const ManagedPolicySchema = z.object({
  guidelines: z
    .string()
    .optional()
    .describe(
      "The company's guidelines file as text, YAML or JSON, exactly as `npm run guidelines:check` accepts it (format: docs/guidelines.schema.json). Single-line JSON is the easiest to put in a registry value or a policy field.",
    ),
  locked: z
    .boolean()
    .optional()
    .describe(
      "When true, people cannot use guidelines of their own instead of the company's; if the company's text is invalid, the built-in defaults apply until it is fixed.",
    ),
});
export type ManagedPolicy = z.output<typeof ManagedPolicySchema>;

/** A policy value has no file name: text that opens with { is JSON (as admins write it in a registry), else YAML. */
export function formatOfText(text: string): GuidelinesFormat {
  return /^\s*\{/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'yaml';
}
