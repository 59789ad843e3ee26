/**
 * @file The dated selectors tables (src/extract/<site>/hooks.ts) hold what they promise: each entry's fixture exists
 * and shows its selector, a target's entries are newest first, and no entry is listed twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HookTable } from '../../src/extract/hooks';
import { selectorsOf } from '../../src/extract/hooks';
import { LINKEDIN_HOOKS } from '../../src/extract/linkedin/hooks';
import { X_HOOKS } from '../../src/extract/x/hooks';
import { FIXTURES_DIR, parseHtml } from '../helpers/fixtures';

const TABLES: Record<string, HookTable> = { LINKEDIN_HOOKS, X_HOOKS };

/** Each fixture parsed once, however many entries name it. */
const parsed = new Map<string, Document>();
function fixtureDocument(fixture: string): Document {
  let doc = parsed.get(fixture);
  if (!doc) {
    doc = parseHtml(readFileSync(join(FIXTURES_DIR, fixture), 'utf8'));
    parsed.set(fixture, doc);
  }
  return doc;
}

describe.each(Object.entries(TABLES))('%s', (_name, table) => {
  it.each(table.map((hook) => [hook.finds, hook.selector, hook]))(
    '%s: %s is shown by its fixture',
    (_finds, _selector, hook) => {
      expect(existsSync(join(FIXTURES_DIR, hook.fixture)), hook.fixture).toBe(true);
      expect(hook.since).toMatch(/^20\d\d-(?:0[1-9]|1[0-2])$/);
      // A hook cannot be first seen after the page that shows it was saved.
      expect(hook.fixture.replace(/^.*\//, '').slice(0, 7) >= hook.since, `${hook.fixture} is older than ${hook.since}`).toBe(
        true,
      );
      expect(fixtureDocument(hook.fixture).querySelectorAll(hook.selector).length).toBeGreaterThan(0);
    },
  );

  it("lists each target's entries newest first", () => {
    const targets = [...new Set(table.map((hook) => hook.finds))];
    for (const finds of targets) {
      const dates = table.filter((hook) => hook.finds === finds).map((hook) => hook.since);
      expect(dates, finds).toEqual([...dates].sort().reverse());
    }
  });

  it('lists no entry twice', () => {
    const keys = table.map((hook) => `${hook.finds} ${hook.selector}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("joins a target's selectors into one list, newest first", () => {
    const first = table[0];
    if (!first) return;
    const selectors = table.filter((hook) => hook.finds === first.finds).map((hook) => hook.selector);
    expect(selectorsOf(table, first.finds)).toBe(selectors.join(', '));
  });
});
