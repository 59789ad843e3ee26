/** @file The guidelines' `stages:`: which rules and steps make each stage of the team's figures, checked like the rest. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, stagesOf } from '../../src/coaching/stages';
import { formatError, parseGuidelines, type ParseResult } from '../../src/guidelines/parse';
import { RULES } from '../../src/rules';

const NOW = new Date('2026-11-23T12:00:00Z');
const parse = (text: string, fileName = 'guidelines.yaml') => parseGuidelines(text, { rules: RULES, now: NOW, fileName });

function errorsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((error) => ({ path: error.path, line: error.line, message: error.message }));
}

describe('stages: in the guidelines', () => {
  it('replaces the lists a stage gives and keeps the others', () => {
    const result = parse(['stages:', '  connected:', '    rules: [company-page-link, brand-hashtags]', '  speaking:', '    steps: [plan-ahead]', ''].join('\n'));
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    expect(result.guidelines.stages).toEqual({ connected: { rules: ['company-page-link', 'brand-hashtags'] }, speaking: { steps: ['plan-ahead'] } });
    const [safe, connected, speaking] = stagesOf(result.guidelines);
    expect(safe).toEqual(DEFAULT_STAGES[0]);
    expect(connected).toEqual({ id: 'connected', rules: ['company-page-link', 'brand-hashtags'], steps: [] });
    expect(speaking).toEqual({ id: 'speaking', rules: DEFAULT_STAGES[2]?.rules, steps: ['plan-ahead'] });
  });

  it('gives the default stages to guidelines without stages:', () => {
    const result = parse('brand:\n  name: Nordlicht Analytics\n');
    expect(result.ok && stagesOf(result.guidelines)).toEqual(DEFAULT_STAGES);
  });

  it('takes an empty list: a stage that asks for nothing more than the one before', () => {
    const result = parse('stages:\n  speaking:\n    rules: []\n');
    expect(result.ok && stagesOf(result.guidelines)[2]?.rules).toEqual([]);
  });

  it('refuses an unknown rule id, naming the line and the rule it probably means', () => {
    const result = parse(['stages:', '  safe:', '    rules:', '      - profile-photo', '      - profile-fotos', ''].join('\n'));
    expect(errorsOf(result)).toEqual([{ path: 'stages.safe.rules[1]', line: 5, message: 'unknown rule "profile-fotos" (did you mean "profile-photo"?)' }]);
  });

  it('refuses a rule id far from every rule too (a stage no rule holds back would be reached by everyone)', () => {
    const result = parse('stages:\n  connected:\n    rules: [company-blog]\n');
    expect(errorsOf(result)).toEqual([{ path: 'stages.connected.rules[0]', line: 3, message: 'unknown rule "company-blog"' }]);
  });

  it('refuses an unknown step, naming the line and the steps there are', () => {
    const [error] = errorsOf(parse('stages:\n  safe:\n    steps: [guidelines, clean-out]\n'));
    expect(error).toMatchObject({ path: 'stages.safe.steps[1]', line: 3 });
    expect(error?.message).toContain('clean-up');
    expect(error?.message).toContain('plan-ahead');
  });

  it('refuses a list given as one word', () => {
    const [error] = errorsOf(parse('stages:\n  safe:\n    rules: profile-photo\n'));
    expect(error).toMatchObject({ path: 'stages.safe.rules', line: 3 });
    expect(error?.message).toMatch(/list/);
  });

  it('refuses a stage that does not exist, with the stages there are', () => {
    const [error] = errorsOf(parse('stages:\n  safety:\n    rules: [profile-photo]\n'));
    expect(error).toMatchObject({ path: 'stages', line: 2 });
    expect(error?.message).toContain('"safety"');
    expect(error?.message).toContain('safe');
  });

  it('refuses the same mistakes in JSON, with their lines', () => {
    const text = ['{', '  "stages": {', '    "connected": {', '      "rules": ["website-lnk"]', '    }', '  }', '}', ''].join('\n');
    expect(errorsOf(parse(text, 'guidelines.json'))).toEqual([
      { path: 'stages.connected.rules[0]', line: 4, message: 'unknown rule "website-lnk" (did you mean "website-link"?)' },
    ]);
  });
});
