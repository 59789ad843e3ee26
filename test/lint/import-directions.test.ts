// @vitest-environment node
/**
 * @file The import directions between the folders of src (IMPORT_DIRECTIONS in eslint.config.js) hold: lint refuses
 * each forbidden import and lets each allowed one through, at two depths and through WXT's aliases. It does not
 * lint the code base itself (that is `npm run lint`).
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IMPORT_DIRECTIONS } from '../../eslint.config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'eslint.config.js' });
const FOLDERS = Object.keys(IMPORT_DIRECTIONS);

/** The messages of no-restricted-imports for one import written in a file at `filePath` (relative to the root). */
async function refusals(filePath: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { probe } from '${from}';\nexport const used = probe;\n`, { filePath: `${ROOT}${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The directions issue 13 asks for in words: loosening the table in one of these ways must fail this test. */
const NEVER: Record<string, string[]> = {
  extract: ['rules', 'engine', 'ui', 'storage', 'messaging'],
  rules: ['extract', 'ui'],
  engine: ['extract', 'ui'],
  guidelines: ['rules', 'extract', 'ui'],
  ui: ['extract'],
};

describe('import directions', () => {
  it('keep the directions the issue names, and the contract imports nothing of ours', () => {
    expect(IMPORT_DIRECTIONS.snapshot).toEqual([]);
    for (const [folder, targets] of Object.entries(NEVER)) {
      for (const target of targets) expect(IMPORT_DIRECTIONS[folder], `${folder} -> ${target}`).not.toContain(target);
    }
  });

  it('name only folders that exist in the table', () => {
    for (const folder of FOLDERS) for (const target of IMPORT_DIRECTIONS[folder]!) expect(FOLDERS).toContain(target);
  });

  for (const folder of FOLDERS) {
    it(`lint lets src/${folder} import only ${IMPORT_DIRECTIONS[folder]!.join(', ') || 'nothing of ours'}`, async () => {
      for (const target of FOLDERS.filter((other) => other !== folder)) {
        const allowed = IMPORT_DIRECTIONS[folder]!.includes(target);
        const near = await refusals(`src/${folder}/probe.ts`, `../${target}/probe`);
        const deep = await refusals(`src/${folder}/nested/probe.ts`, `../../${target}/probe`);
        const alias = await refusals(`src/${folder}/probe.ts`, `@/src/${target}`);
        const around = await refusals(`src/${folder}/probe.ts`, `../../src/${target}/probe`);
        for (const [how, found] of Object.entries({ near, deep, alias, around })) {
          expect(found.length, `src/${folder} -> src/${target} (${how}): ${found.join(' ')}`).toBe(allowed ? 0 : 1);
        }
        if (!allowed) expect(near[0]).toContain(`src/${folder} never imports src/${target}`);
      }
      // Its own files and the npm packages stay free.
      expect(await refusals(`src/${folder}/nested/probe.ts`, '../probe')).toEqual([]);
      expect(await refusals(`src/${folder}/probe.ts`, 'yaml')).toEqual([]);
    });

    it(`lint refuses an entrypoint imported from src/${folder}`, async () => {
      expect(await refusals(`src/${folder}/probe.ts`, '../../entrypoints/background')).toHaveLength(1);
      expect(await refusals(`src/${folder}/nested/probe.ts`, '../../../entrypoints/popup/main')).toHaveLength(1);
      expect(await refusals(`src/${folder}/probe.ts`, '~/entrypoints/background')).toHaveLength(1);
    });
  }

  it('keeps the browser bans of the folders that had them (engine: no wxt; readers: no polyfill)', async () => {
    expect(await refusals('src/engine/probe.ts', 'wxt/browser')).toHaveLength(1);
    expect(await refusals('src/extract/linkedin/probe.ts', 'wxt/browser')).toHaveLength(1);
    expect(await refusals('src/ui/popup/probe.ts', '@wxt-dev/browser')).toHaveLength(1);
    expect(await refusals('src/ui/popup/probe.ts', 'wxt/browser')).toEqual([]);
  });
});
