/** @file The registry meta-test: the rules folder, the registry, the tests, the weights and docs/rules.md agree. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/engine/rules-doc';
import { DEFAULT_WEIGHTS } from '../../src/guidelines/presets/default';
import { STEPS } from '../../src/guidelines/schema';
import { RULE_LIST, RULES } from '../../src/rules';
import { ROOT } from '../helpers/fixtures';

const RULES_DIR = join(ROOT, 'src', 'rules');
const ruleFiles = readdirSync(RULES_DIR)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

describe('rule registry', () => {
  it('lists exactly the rule files, in alphabetical order', () => {
    expect(Object.keys(RULES)).toEqual(ruleFiles);
  });

  it('has at least 20 rules covering every checklist step', () => {
    expect(RULE_LIST.length).toBeGreaterThanOrEqual(20);
    expect(new Set(RULE_LIST.map((rule) => rule.meta.step))).toEqual(new Set(STEPS));
  });

  for (const [key, rule] of Object.entries(RULES)) {
    describe(key, () => {
      const { meta } = rule;
      it('is registered under its own id, a kebab-case noun equal to its file name', () => {
        expect(meta.id).toBe(key);
        expect(meta.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
        expect(meta.id).not.toMatch(/^no-/);
      });

      it('has its test file', () => {
        expect(existsSync(join(ROOT, 'test', 'rules', `${meta.id}.test.ts`))).toBe(true);
      });

      it('says what it checks, what failing means and why it matters', () => {
        for (const text of [meta.title, meta.failureTitle, meta.description]) expect(text.trim().length).toBeGreaterThan(10);
        expect(meta.title).not.toBe(meta.failureTitle);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      });

      it('applies to at least one page and its default options parse', () => {
        expect(Object.keys(meta.requires).length).toBeGreaterThan(0);
        expect(meta.options.safeParse(meta.defaultOptions).success).toBe(true);
      });

      it('has a default weight with its reason', () => {
        const weight = DEFAULT_WEIGHTS[meta.id];
        expect(weight, `${meta.id} needs an entry in DEFAULT_WEIGHTS`).toBeDefined();
        expect(weight?.weight).toBeGreaterThan(0);
        expect(weight?.why.trim().length).toBeGreaterThan(20);
      });
    });
  }

  it('has no weight for a rule that does not exist', () => {
    for (const id of Object.keys(DEFAULT_WEIGHTS)) expect(RULES, id).toHaveProperty([id]);
  });

  it('matches docs/rules.md (run `npm run -s docs:rules` after changing a rule)', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    expect(committed).toBe(renderRulesDoc(RULE_LIST, DEFAULT_WEIGHTS));
  });
});
