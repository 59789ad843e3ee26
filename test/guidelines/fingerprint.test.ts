import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintOf } from '../../src/guidelines/fingerprint';
import { parseGuidelines } from '../../src/guidelines/parse';
import { DEFAULT_GUIDELINES } from '../../src/guidelines/presets/default';
import { RULES } from '../../src/rules';

describe('fingerprintOf', () => {
  it('is the same for equal guidelines whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe('{"a":{"d":[1,{"e":3,"f":2}]},"b":1}');
    const reordered = Object.fromEntries(Object.entries(structuredClone(DEFAULT_GUIDELINES)).reverse());
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(DEFAULT_GUIDELINES));
    expect(fingerprintOf(DEFAULT_GUIDELINES)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('changes when any value changes, however deep', () => {
    const changed = structuredClone(DEFAULT_GUIDELINES);
    changed.strategy.season = `${changed.strategy.season ?? ''}!`;
    expect(fingerprintOf(changed)).not.toBe(fingerprintOf(DEFAULT_GUIDELINES));
  });

  it('is computed from the parsed guidelines, so a YAML and a JSON file saying the same thing agree', () => {
    const yaml = parseGuidelines('version: 1\nbrand:\n  name: Nordlicht Analytics\n', { rules: RULES });
    const json = parseGuidelines('{"brand": {"name": "Nordlicht Analytics"}, "version": 1}', { rules: RULES });
    if (!yaml.ok || !json.ok) throw new Error('both files parse');
    expect(fingerprintOf(json.guidelines)).toBe(fingerprintOf(yaml.guidelines));
  });
});
