/**
 * @file The expected findings of every fixture page, audited with the example company's guidelines on a fixed day:
 * `<fixture>.findings.json` beside each page. `npx tsx test/helpers/expected-findings.ts` rewrites them; read the
 * diff before committing it, since the test trusts these files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditPage, loadGuidelinesFile, parseNow } from '../../src/cli/audit';
import { EXAMPLE_GUIDELINES_PATH } from './guidelines';
import { fixturePaths } from './fixtures';

export const FINDINGS_DAY = '2026-11-23';

export const findingsPath = (fixturePath: string) => fixturePath.replace(/\.html$/, '.findings.json');

/** What the expected file holds: the score and each finding, in ranked order. */
export function auditedFindings(fixturePath: string) {
  const now = parseNow(FINDINGS_DAY);
  const { findings, score } = auditPage(fixturePath, { guidelines: loadGuidelinesFile(EXAMPLE_GUIDELINES_PATH, now), now });
  return {
    guidelines: 'src/guidelines/presets/example-company.yaml',
    now: FINDINGS_DAY,
    score,
    findings: findings.map(({ ruleId, step, status, severity, message, evidence, fix }) => ({
      ruleId,
      step,
      status,
      severity,
      message,
      evidence,
      fix,
    })),
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const path of fixturePaths()) {
    writeFileSync(findingsPath(path), `${JSON.stringify(auditedFindings(path), null, 2)}\n`);
    console.log(`wrote ${findingsPath(path)}`);
  }
}
