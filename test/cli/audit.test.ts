// @vitest-environment node
/** @file The command-line audit of saved pages, run as a user runs it: a separate process, its exit code and output. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePaths, loadFixture, ROOT } from '../helpers/fixtures';

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
  it('prints only { snapshot, diagnostics } with --json, taking the URL from the canonical link', () => {
    expect(fixture).toBeDefined();
    const run = audit(fixture?.path as string, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output).sort()).toEqual(['diagnostics', 'snapshot']);
    expect(output.snapshot).toEqual(fixture?.expected);
  });

  it('prints a readable summary without --json', () => {
    const run = audit(fixture?.path as string);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^linkedin profile: https:\/\/www\.linkedin\.com\/in\//);
    expect(run.stdout).toMatch(/\nheadline\s+\S/);
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

  it('explains its usage when called without a page', () => {
    const run = audit();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run audit -- <saved-page.html>');
  });
});
