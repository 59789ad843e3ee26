// @vitest-environment node
/** @file The command-line audit of saved pages, run as a user runs it: a separate process, its exit code and output. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFile, auditPage, loadGuidelinesFile, parseNow } from '../../src/cli/audit';
import { formatSummary } from '../../src/cli/summary';
import { DEMO_OWN_PROFILE, demoPagePath } from '../../src/demo/pages';
import { FINDINGS_DAY, findingsPath } from '../helpers/expected-findings';
import { fixturePaths, loadFixture, ROOT } from '../helpers/fixtures';
import { EXAMPLE_GUIDELINES_PATH } from '../helpers/guidelines';
import { readMessages } from '../helpers/i18n';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const AUDIT = join(ROOT, 'src', 'cli', 'audit.ts');

function audit(...args: string[]) {
  const run = spawnSync(TSX, [AUDIT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'profile-coach-audit-'));
const fixture = fixturePaths()
  .map(loadFixture)
  .find((candidate) => candidate.name.startsWith('linkedin/profile/'));

// Each case starts a process (tsx compiles the readers): seconds on a loaded machine.
describe('npm run audit', { timeout: 30_000 }, () => {
  it('prints only { snapshot, diagnostics, findings, score } with --json, taking the URL from the canonical link', () => {
    expect(fixture).toBeDefined();
    const run = audit(fixture?.path as string, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output).sort()).toEqual(['diagnostics', 'findings', 'score', 'snapshot']);
    expect(output.snapshot).toEqual(fixture?.expected);
    for (const finding of output.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['ruleId', 'step', 'status', 'severity', 'message', 'evidence', 'fix']));
    }
    expect(Object.keys(output.score.steps).sort()).toEqual(['clean-up', 'guidelines', 'plan-ahead', 'team-up']);
  });

  it('checks against a guidelines file on a given day, as the expected findings files say', () => {
    const run = audit(fixture?.path as string, '--guidelines', EXAMPLE_GUIDELINES_PATH, '--now', FINDINGS_DAY, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    const expected = JSON.parse(readFileSync(findingsPath(fixture?.path as string), 'utf8'));
    expect(output.score).toEqual(expected.score);
    expect(output.findings.map((f: { ruleId: string; status: string }) => [f.ruleId, f.status])).toEqual(
      expected.findings.map((f: { ruleId: string; status: string }) => [f.ruleId, f.status]),
    );
  });

  it('prints the score and what to fix first in the readable summary', () => {
    const run = audit(fixture?.path as string, '--guidelines', EXAMPLE_GUIDELINES_PATH, '--now', FINDINGS_DAY);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nBrand alignment: \d+\/100 {2}\(guidelines: .*example-company\.yaml\)\n/);
    expect(run.stdout).toMatch(/\n✗ .+\n {4}.+\n {4}why: /);
  });

  it('fails with the guidelines errors, one per line, for an invalid guidelines file', () => {
    const bad = join(scratch, 'bad.yaml');
    writeFileSync(bad, 'brand:\n  name: Brightwave\n  handles:\n    x: [BrightwaveSys]\n');
    const run = audit(fixture?.path as string, '--guidelines', bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/invalid guidelines\n {2}brand\.handles\.x\[0\]: must start with @ \(line 4\)/);
  });

  it('prints the findings in French with --lang fr, the same findings as in English', () => {
    const expected = JSON.parse(readFileSync(findingsPath(fixture?.path as string), 'utf8')) as {
      findings: Array<{ ruleId: string; status: string; message: string | null }>;
    };
    const french = readMessages('fr');
    const args = [fixture?.path as string, '--guidelines', EXAMPLE_GUIDELINES_PATH, '--now', FINDINGS_DAY, '--lang', 'fr'];
    const json = audit(...args, '--json');
    expect(json.stderr).toBe('');
    const findings = JSON.parse(json.stdout).findings as Array<{ ruleId: string; status: string; title: string; message: string | null }>;
    expect(findings.map((f) => [f.ruleId, f.status])).toEqual(expected.findings.map((f) => [f.ruleId, f.status]));
    const failed = findings.find((f) => f.status === 'fail' && !f.ruleId.startsWith('manual:'));
    expect(failed, 'the fixture fails at least one rule').toBeDefined();
    const key = `rule_${failed?.ruleId.replace(/-/g, '_')}_failureTitle`;
    expect(failed?.title).toBe(french[key]?.message);
    expect(failed?.message).not.toBe(expected.findings.find((f) => f.ruleId === failed?.ruleId)?.message);

    const summary = audit(...args);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain(`✗ ${french[key]?.message}  [${failed?.ruleId}, `);
  });

  it('refuses a --lang the extension does not speak', () => {
    const run = audit(fixture?.path as string, '--lang', 'es');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('audit: --lang es: must be one of en, fr, nl, de');
  });

  it('refuses a --now that is not a date', () => {
    const run = audit(fixture?.path as string, '--now', 'tomorrow');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('audit: --now tomorrow: must be a date written YYYY-MM-DD');
  });

  it('prints a readable summary without --json', () => {
    const run = audit(fixture?.path as string);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^linkedin profile: https:\/\/www\.linkedin\.com\/in\//);
    expect(run.stdout).toMatch(/\nheadline\s+\S/);
  });

  it('words a field the page does not show apart from one whose markup did not match', () => {
    const page = fixturePaths().map(loadFixture).find((candidate) => candidate.name.endsWith('2024-12-artdeco-fr-other.html'));
    const { snapshot, diagnostics } = auditFile({ file: page?.path as string });
    const text = formatSummary({ snapshot, diagnostics });
    expect(text).toMatch(/\nwebsite\s+\(not shown on this page: the site shows it elsewhere, e\.g\. in an overlay\)\n?/);
    const fields = { ...snapshot.fields, about: { status: 'unreadable', reason: 'no-match' } };
    const broken = formatSummary({ snapshot: { ...snapshot, fields } as typeof snapshot, diagnostics });
    expect(broken).toMatch(/\nabout\s+\(couldn't read: the page did not match the reader; the site may have changed it\)/);
  });

  it('lets --url override the canonical link', () => {
    const run = audit(fixture?.path as string, '--url', 'https://www.linkedin.com/in/someone-else/', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).snapshot.url).toBe('https://www.linkedin.com/in/someone-else/');
  });

  it('fails with one line for a missing file', () => {
    const run = audit(join(scratch, 'nope.html'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^audit: .*nope\.html: cannot read the file \(ENOENT\)$/),
    ]);
  });

  it('fails with one line for an empty file', () => {
    const empty = join(scratch, 'empty.html');
    writeFileSync(empty, '  \n');
    const run = audit(empty);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`audit: ${empty}: the file is empty`);
  });

  it('fails with one line for a page it does not read', () => {
    const feed = join(scratch, 'feed.html');
    writeFileSync(
      feed,
      '<html><head><link rel="canonical" href="https://www.linkedin.com/feed/"></head><body></body></html>',
    );
    const run = audit(feed);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^audit: https:\/\/www\.linkedin\.com\/feed\/: not a page Profile Coach reads/);
  });

  it('asks for --url when the saved page has no canonical link', () => {
    const bare = join(scratch, 'bare.html');
    writeFileSync(bare, '<html><body><main><h1>Someone</h1></main></body></html>');
    const run = audit(bare);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`audit: ${bare}: the page has no canonical link; give its address with --url`);
  });

  it('audits the bundled demo profile with the example guidelines when called without a page, and says so', () => {
    const run = audit('--now', FINDINGS_DAY, '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^audit: no page given: auditing the bundled demo profile, .*with the example company's guidelines\./);
    const output = JSON.parse(run.stdout);
    expect(output.snapshot.url).toBe(DEMO_OWN_PROFILE.url);
    const now = parseNow(FINDINGS_DAY);
    const expected = auditPage(demoPagePath(DEMO_OWN_PROFILE), {
      url: DEMO_OWN_PROFILE.url,
      guidelines: loadGuidelinesFile(EXAMPLE_GUIDELINES_PATH, now),
      now,
    });
    expect(output.score).toEqual(expected.score);
    expect(output.findings.map((f: { ruleId: string; status: string }) => [f.ruleId, f.status])).toEqual(
      expected.findings.map((f) => [f.ruleId, f.status]),
    );
  });

  it('explains its usage when given more than one page', () => {
    const run = audit(fixture?.path as string, fixture?.path as string);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run audit -- [<saved-page.html>]');
  });
});
