/**
 * @file Which guidelines are active: a valid company copy (managed storage) over the person's own over the built-in
 * default, with the errors of any copy passed over; the person's file kept as written. WXT's fake browser, reset
 * before each test, stands in for the extension storage (its managed area included).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import type { RuleRegistry } from '../../src/guidelines/parse';
import { DEFAULT_GUIDELINES } from '../../src/guidelines/presets/default';
import {
  loadActiveGuidelines,
  readUserGuidelines,
  removeUserGuidelines,
  saveUserGuidelines,
  userGuidelinesItem,
} from '../../src/storage/guidelines';
import { NewerDataError } from '../../src/storage/versioned-item';
import { EXAMPLE_GUIDELINES_PATH } from '../helpers/guidelines';
import { RULES as EXTENSION_RULES } from '../../src/rules';

const NOW = new Date('2026-11-23T12:00:00Z');
const RULES: RuleRegistry = {
  'pending-invitation-age': { meta: { options: z.strictObject({ maxDays: z.number().int().positive().optional() }), defaultOptions: {} } },
  'confidential-terms': { meta: { options: z.strictObject({}), defaultOptions: {} } },
};
const options = { rules: RULES, now: NOW };

const EXAMPLE = readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8');
const COMPANY_JSON = JSON.stringify({ brand: { name: 'Nordlicht Analytics' }, confidentiality: { banned: ['insider'] } });
const MINE = '# My own notes: keep this comment\nbrand:\n  name: Brightwave Systems # the legal name\n';

async function pushPolicy(policy: Record<string, unknown>) {
  await fakeBrowser.storage.managed.set(policy);
}

describe('loadActiveGuidelines', () => {
  it('uses the built-in default when there is neither a policy nor a file of ours', async () => {
    expect(await loadActiveGuidelines(options)).toEqual({ source: 'default', guidelines: DEFAULT_GUIDELINES, warnings: [], locked: false });
  });

  it("uses the person's own file when there is no policy", async () => {
    expect((await saveUserGuidelines(MINE, { ...options, fileName: 'mine.yaml' })).ok).toBe(true);
    const active = await loadActiveGuidelines(options);
    expect(active).toMatchObject({ source: 'user', locked: false, warnings: [] });
    expect(active.guidelines.brand?.name).toBe('Brightwave Systems');
    expect(active.errors).toBeUndefined();
  });

  it('prefers a valid company copy (JSON text in the policy) over the person’s own file', async () => {
    await saveUserGuidelines(MINE, options);
    await pushPolicy({ guidelines: COMPANY_JSON });
    const active = await loadActiveGuidelines(options);
    expect(active.source).toBe('managed');
    expect(active.guidelines.brand?.name).toBe('Nordlicht Analytics');
    expect(active.guidelines.confidentiality.banned).toEqual(['insider']);
  });

  it('reads a company copy written in YAML, comments and all', async () => {
    await pushPolicy({ guidelines: EXAMPLE });
    const active = await loadActiveGuidelines(options);
    expect(active.source).toBe('managed');
    expect(active.guidelines.brand?.name).toBe('Brightwave Systems');
  });

  it("falls back to the person's own file when the company copy is invalid, and says why", async () => {
    await saveUserGuidelines(MINE, options);
    await pushPolicy({ guidelines: 'brand:\n  nmae: Nordlicht\n' });
    const active = await loadActiveGuidelines(options);
    expect(active.source).toBe('user');
    expect(active.errors).toMatchObject([
      { source: 'managed', path: 'brand.name', line: 1, column: 1, message: 'is required' },
      { source: 'managed', path: 'brand', line: 2, column: 3, message: 'unknown key "nmae" (did you mean "name"?)' },
    ]);
  });

  it('falls back to the default when an invalid company copy is locked, ignoring the person’s file', async () => {
    await saveUserGuidelines(MINE, options);
    await pushPolicy({ guidelines: '{"brand": {"name": "Nordlicht",}}', locked: true });
    const active = await loadActiveGuidelines(options);
    expect(active).toMatchObject({ source: 'default', guidelines: DEFAULT_GUIDELINES, locked: true });
    expect(active.errors).toMatchObject([
      { source: 'managed', path: '', line: 1, column: 32, message: 'JSON: a trailing comma before } is not allowed in JSON' },
    ]);
  });

  it('keeps a valid locked company copy, and reports locked', async () => {
    await pushPolicy({ guidelines: COMPANY_JSON, locked: true });
    expect(await loadActiveGuidelines(options)).toMatchObject({ source: 'managed', locked: true });
  });

  it('ignores an empty company text, and says so when the policy is of the wrong type', async () => {
    await pushPolicy({ guidelines: '   ' });
    expect(await loadActiveGuidelines(options)).toMatchObject({ source: 'default' });
    fakeBrowser.reset();
    await pushPolicy({ guidelines: { brand: { name: 'Structured, not text' } } });
    const active = await loadActiveGuidelines(options);
    expect(active.source).toBe('default');
    expect(active.errors?.[0]).toMatchObject({ source: 'managed', message: 'the company policy must give the guidelines as text (YAML or JSON)' });
  });

  it('treats a managed storage that rejects (Firefox without a policy) as no policy', async () => {
    await saveUserGuidelines(MINE, options);
    const active = await loadActiveGuidelines({
      ...options,
      readManaged: () => Promise.reject(new Error('Managed storage manifest not found')),
    });
    expect(active).toMatchObject({ source: 'user' });
    expect(active.errors).toBeUndefined();
  });

  it('never throws, even when the reader itself throws at once', async () => {
    const active = await loadActiveGuidelines({
      ...options,
      readManaged: () => {
        throw new Error('storage.managed is undefined');
      },
    });
    expect(active.source).toBe('default');
  });

  it("passes over a stored file that no longer validates (the registry changed), with the file's errors", async () => {
    await userGuidelinesItem.setValue({ text: 'rules:\n  pending-invitation-age: { weight: -1 }\n', format: 'yaml', savedAt: NOW.toISOString() });
    const active = await loadActiveGuidelines(options);
    expect(active.source).toBe('default');
    expect(active.errors).toMatchObject([
      { source: 'user', path: 'rules.pending-invitation-age.weight', line: 2, column: 29, message: 'must be at least 0' },
    ]);
  });

  it('passes over damaged storage with a plain message', async () => {
    await fakeBrowser.storage.local.set({ guidelines: { text: 42 } });
    const active = await loadActiveGuidelines(options);
    expect(active.source).toBe('default');
    expect(active.errors).toMatchObject([
      {
        source: 'user',
        path: '',
        line: null,
        column: null,
        message: 'your saved guidelines are damaged; their text is kept: export it from the options page, or import the file again',
      },
    ]);
    // What is left of it is kept, for the options page to show and export.
    expect((await readUserGuidelines()).kept).toEqual({ reason: 'damaged', text: '{\n  "text": 42\n}' });
  });

  it('uses a copy a newer version wrote when it still reads, but never writes over it', async () => {
    await fakeBrowser.storage.local.set({ guidelines: { text: 'version: 1\n', format: 'yaml', savedAt: 'x' }, guidelines$: { v: 9 } });
    expect((await loadActiveGuidelines(options)).source).toBe('user');
    const saved = saveUserGuidelines('version: 1\nbrand:\n  name: Brightwave\n', { rules: EXTENSION_RULES });
    await expect(saved).rejects.toBeInstanceOf(NewerDataError);
    expect(await fakeBrowser.storage.local.get('guidelines')).toEqual({ guidelines: { text: 'version: 1\n', format: 'yaml', savedAt: 'x' } });
  });
});

describe('loadActiveGuidelines, opened again and again', () => {
  it('parses a text once per day and hands back the same guidelines object, so compiled matchers are reused', async () => {
    await saveUserGuidelines(MINE, { rules: EXTENSION_RULES, fileName: 'mine.yaml', now: NOW });
    const first = await loadActiveGuidelines({ rules: EXTENSION_RULES, now: NOW });
    const second = await loadActiveGuidelines({ rules: EXTENSION_RULES, now: NOW });
    expect(second.guidelines).toBe(first.guidelines);
    await saveUserGuidelines(MINE.replace('Brightwave Systems', 'Brightwave Systems NV'), { rules: EXTENSION_RULES, fileName: 'mine.yaml', now: NOW });
    const changed = await loadActiveGuidelines({ rules: EXTENSION_RULES, now: NOW });
    expect(changed.guidelines).not.toBe(first.guidelines);
    expect(changed.guidelines.brand?.name).toBe('Brightwave Systems NV');
  });
});

describe("the person's own guidelines file", () => {
  it('is stored as written (comments included) with its format, name and date', async () => {
    await saveUserGuidelines(MINE, { ...options, fileName: 'brightwave.yaml' });
    expect(await readUserGuidelines()).toEqual({
      stored: { text: MINE, format: 'yaml', fileName: 'brightwave.yaml', savedAt: '2026-11-23T12:00:00.000Z' },
    });
    // Under the key `guidelines` of the local area: the key a later version migrates from.
    expect((await fakeBrowser.storage.local.get('guidelines')).guidelines).toMatchObject({ text: MINE, format: 'yaml' });
  });

  it('is not saved when invalid; the errors come back instead', async () => {
    const result = await saveUserGuidelines('brand:\n  name: 42\n', options);
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'brand.name', line: 2, message: 'must be text' }] });
    expect(await readUserGuidelines()).toEqual({ stored: null });
  });

  it('takes its format from the file name, else from the text', async () => {
    await saveUserGuidelines(COMPANY_JSON, options);
    expect((await readUserGuidelines()).stored?.format).toBe('json');
    await saveUserGuidelines('{"brand": {"name": "B"}}', { ...options, fileName: 'b.yaml' });
    expect((await readUserGuidelines()).stored?.format).toBe('yaml');
  });

  it('can be removed', async () => {
    await saveUserGuidelines(MINE, options);
    await removeUserGuidelines();
    expect(await readUserGuidelines()).toEqual({ stored: null });
    expect((await loadActiveGuidelines(options)).source).toBe('default');
  });
});
