/**
 * @file The shape of a site's dated selectors table (linkedin/hooks.ts, x/hooks.ts): one entry per hook the readers
 * use, with the markup generation that prints it and the month it was first seen in a saved page. Several entries
 * per target, newest first, so that a new markup generation is one entry plus one dated fixture, and an old one
 * can be dropped by date. Hooks are hints: readers also recognise what a thing is, so one renamed hook never
 * hides a field nor makes it absent.
 */

export interface Hook {
  /** What the hook finds: a snapshot field ("name") or a scope the fields read from ("topCard"). */
  readonly finds: string;
  readonly selector: string;
  /** The markup generation that prints it: "sdui-2025", "artdeco-2024", "ember", "x-2024". */
  readonly generation: string;
  /** The year and month it was first seen in a saved page: "2025-05". */
  readonly since: string;
  /** A fixture (path under test/fixtures) that shows it: the hooks test checks the selector matches there. */
  readonly fixture: string;
}

export type HookTable = readonly Hook[];

/** The selectors of one target, newest first, as one selector list for `querySelectorAll`. */
export function selectorsOf(table: HookTable, finds: string): string {
  return table
    .filter((hook) => hook.finds === finds)
    .map((hook) => hook.selector)
    .join(', ');
}
