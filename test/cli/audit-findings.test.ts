/**
 * @file Every fixture page audited with the example company's guidelines on a fixed day gives exactly its expected
 * findings and score (`<fixture>.findings.json`, reviewed by hand; rewrite with `npx tsx test/helpers/expected-findings.ts`).
 * Also checks what the findings promise across the board: an unreadable field never yields a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../src/snapshot';
import { auditedFindings, findingsPath } from '../helpers/expected-findings';
import { fixturePaths, loadFixture } from '../helpers/fixtures';

describe('audit findings of every fixture with the example guidelines', () => {
  for (const path of fixturePaths()) {
    const fixture = loadFixture(path);
    it(`${fixture.name} gives its expected findings and score`, () => {
      expect(existsSync(findingsPath(path)), `${findingsPath(path)} is missing`).toBe(true);
      const expected = JSON.parse(readFileSync(findingsPath(path), 'utf8'));
      expect(auditedFindings(path)).toEqual(expected);
    });

    it(`${fixture.name}: no rule fails on a field the reader could not read`, () => {
      const snapshot = SnapshotSchema.parse(fixture.expected);
      const unreadable = Object.entries(snapshot.fields)
        .filter(([, field]) => field.status === 'unreadable')
        .map(([name]) => name);
      const { findings } = auditedFindings(path);
      for (const finding of findings.filter((f) => f.status === 'fail')) {
        for (const item of finding.evidence) expect(unreadable).not.toContain(item.field);
      }
    });
  }
});
