/** @file Guidelines for tests: the example company's file, parsed with the real schema, and small variations of it. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { type Guidelines, type GuidelinesInput, GuidelinesSchema } from '../../src/guidelines/schema';
import { EXAMPLE_GUIDELINES_PATH } from '../../src/demo/paths';

export { EXAMPLE_GUIDELINES_PATH };

export function exampleGuidelinesInput(): GuidelinesInput {
  return parseYaml(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8')) as GuidelinesInput;
}

/** The example company's guidelines, with top-level sections replaced by `overrides`. */
export function makeGuidelines(overrides: Partial<GuidelinesInput> = {}): Guidelines {
  return GuidelinesSchema.parse({ ...exampleGuidelinesInput(), ...overrides });
}

/** No company data at all: the built-in default. */
export function defaultGuidelines(): Guidelines {
  return GuidelinesSchema.parse({});
}

/** A fixed "now" for tests: 2026-11-23, two weeks before the example's Grid Data Summit. */
export const NOW = new Date('2026-11-23T12:00:00Z');
