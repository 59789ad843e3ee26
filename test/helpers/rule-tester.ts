/**
 * @file `testRule(rule, { valid, invalid, notApplicable, incomplete })`, after ESLint's RuleTester: each case runs
 * the rule through the real engine (so "incomplete" comes from an unreadable field, as in the extension), and the
 * tester itself checks the rule's shape: at least one case of each kind, every message id used exists and is
 * exercised, default options parse, evidence offsets fall inside their text, and every text a case shows comes
 * through the translation (a pseudo-language built from the English messages.json).
 */
import { describe, expect, it } from 'vitest';
import type { AnyRule, Related } from '../../src/engine/define-rule';
import { type Finding, runRules } from '../../src/engine/run-rules';
import type { Guidelines } from '../../src/guidelines/schema';
import type { Translate } from '../../src/engine/messages';
import type { Snapshot } from '../../src/snapshot';
import { voiceOf } from '../../src/engine/voice';
import { makeGuidelines, NOW } from './guidelines';
import { readMessages } from './i18n';

export interface RuleCase {
  /** States the outcome: "fails when an invitation is older than maxDays". */
  name: string;
  snapshot: Snapshot;
  /** Defaults to the example company's guidelines. */
  guidelines?: Guidelines;
  /** Rule options, as a guidelines file would set them. */
  options?: Record<string, unknown>;
  now?: Date;
  related?: Related;
}

export interface InvalidCase extends RuleCase {
  messageId: string;
  /** Values the message data must contain. */
  data?: Record<string, string | number>;
  /** How many evidence items, when it matters. */
  evidence?: number;
  /** Evidence texts that must appear (exact). */
  evidenceTexts?: string[];
  /** The partial score, when not 0. */
  score?: number;
  /** The fix link must start with this. */
  fixUrl?: string;
}

export interface IncompleteCase extends RuleCase {
  /** Fields the engine must report as unreadable (omit when the rule itself says it cannot judge). */
  unreadable?: string[];
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: InvalidCase[];
  notApplicable: RuleCase[];
  incomplete: IncompleteCase[];
}

export function runCase(rule: AnyRule, testCase: RuleCase, translate?: Translate): Finding {
  const guidelines = testCase.guidelines ?? makeGuidelines();
  const withOptions: Guidelines = testCase.options
    ? { ...guidelines, rules: { ...guidelines.rules, [rule.meta.id]: { options: testCase.options } } }
    : guidelines;
  const findings = runRules(testCase.snapshot, [rule], {
    guidelines: withOptions,
    now: testCase.now ?? NOW,
    related: testCase.related,
    weights: {},
    translate,
  }).filter((finding) => finding.ruleId === rule.meta.id);
  expect(findings, 'the rule must apply to this page').toHaveLength(1);
  return findings[0] as Finding;
}

function expectStatus(finding: Finding, status: Finding['status']): void {
  if (finding.status !== status) {
    throw new Error(`expected ${status}, got ${finding.status}: ${finding.message ?? ''}`);
  }
}

/**
 * A pseudo-language: each English text of messages.json in ⟦ ⟧, nothing for a key it lacks. A finding text that is
 * not wholly bracketed was built in the code, or its key is missing from messages.json: it would stay English.
 */
const english = readMessages('en');
const PSEUDO: Translate = (key) => {
  const message = english[key]?.message;
  return message === undefined ? undefined : `⟦${message}⟧`;
};
const BRACKETED = /^⟦[\s\S]*⟧$/;

export function testRule(rule: AnyRule, cases: RuleCases): void {
  const { meta } = rule;
  describe(`rule ${meta.id}`, () => {
    it('has at least one valid and one invalid case, and every message is exercised', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const used = new Set(cases.invalid.map((testCase) => testCase.messageId));
      for (const messageId of Object.keys(meta.messages)) expect(used, `message ${messageId} has no case`).toContain(messageId);
    });

    it('shows every title, why, message and Fix label through the translation, in every case', () => {
      const example = makeGuidelines();
      for (const testCase of [...cases.valid, ...cases.invalid, ...cases.notApplicable, ...cases.incomplete]) {
        const finding = runCase(rule, testCase, PSEUDO);
        expect(finding.title, testCase.name).toMatch(BRACKETED);
        // The company's own why is shown as written.
        const setting = (testCase.guidelines ?? example).rules[meta.id];
        if (!(typeof setting === 'object' && setting.why)) expect(finding.why, testCase.name).toMatch(BRACKETED);
        if (finding.message !== null) expect(finding.message, testCase.name).toMatch(BRACKETED);
        if (finding.fix) expect(finding.fix.label, testCase.name).toMatch(BRACKETED);
      }
    });

    it('parses its default options', () => {
      expect(meta.options.safeParse(meta.defaultOptions).success).toBe(true);
    });

    for (const testCase of cases.valid) {
      it(`passes: ${testCase.name}`, () => {
        expectStatus(runCase(rule, testCase), 'pass');
      });
    }

    for (const testCase of cases.invalid) {
      it(`fails: ${testCase.name}`, () => {
        expect(Object.keys(meta.messages), 'unknown messageId in the case').toContain(testCase.messageId);
        const finding = runCase(rule, testCase);
        expectStatus(finding, 'fail');
        // On a colleague's profile, the rule's wording about it when it has one (src/engine/voice.ts).
        const colleague = voiceOf(testCase.snapshot) === 'colleague' ? meta.colleague?.messages?.[testCase.messageId] : undefined;
        const template = colleague ?? (meta.messages[testCase.messageId] as string);
        // The message is the filled template: same text outside the placeholders, none left unfilled.
        expect(finding.message).not.toMatch(/\{\{/);
        const pattern = template
          .split(/\{\{\s*\w+\s*\}\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\s\\S]*');
        expect(finding.message).toMatch(new RegExp(`^${pattern}$`));
        for (const [key, value] of Object.entries(testCase.data ?? {})) {
          expect(finding.message, `message should carry ${key}=${value}`).toContain(String(value));
        }
        if (testCase.evidence !== undefined) expect(finding.evidence).toHaveLength(testCase.evidence);
        for (const text of testCase.evidenceTexts ?? []) {
          expect(finding.evidence.map((item) => item.text)).toContain(text);
        }
        for (const item of finding.evidence) {
          for (const [start, end] of item.highlights ?? []) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(item.text.length);
          }
        }
        expect(finding.score).toBeCloseTo(testCase.score ?? 0, 5);
        if (testCase.fixUrl !== undefined) expect(finding.fix?.url ?? '').toMatch(new RegExp(`^${testCase.fixUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      });
    }

    for (const testCase of cases.notApplicable) {
      it(`is not applicable: ${testCase.name}`, () => {
        expectStatus(runCase(rule, testCase), 'notApplicable');
      });
    }

    for (const testCase of cases.incomplete) {
      it(`is incomplete: ${testCase.name}`, () => {
        const finding = runCase(rule, testCase);
        expectStatus(finding, 'incomplete');
        expect(finding.score).toBeNull();
        if (testCase.unreadable) expect(finding.unreadable).toEqual(testCase.unreadable);
      });
    }
  });
}
