// @vitest-environment node
/** @file `npm run guidelines:check`, run as a communications team runs it: a separate process, its output and exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures';
import { EXAMPLE_GUIDELINES_PATH } from '../helpers/guidelines';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CHECK = join(ROOT, 'src', 'cli', 'check-guidelines.ts');
const MALFORMED = join(ROOT, 'test', 'fixtures', 'guidelines', 'malformed');

function check(...args: string[]) {
  const run = spawnSync(TSX, [CHECK, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'profile-coach-guidelines-'));

// Each case starts a process (tsx compiles the parser and the rules): seconds on a loaded machine.
describe('npm run guidelines:check', { timeout: 30_000 }, () => {
  it('says OK with a summary of what the file sets up', () => {
    const run = check(EXAMPLE_GUIDELINES_PATH);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^OK: .*example-company\.yaml is valid \(brand Brightwave Systems, 2 themes, 2 sectors, 2 banned terms, 3 confidential terms, 1 competitor, 2 campaigns, 1 rule setting\)\n/,
    );
    expect(run.stderr).toBe('');
  });

  it('names the encoding of a UTF-16 or Latin-1 file instead of reading it as text full of �', () => {
    const utf16 = check(join(MALFORMED, 'utf16-bom.yaml'));
    expect(utf16.code).toBe(1);
    expect(utf16.stderr).toContain('the file is saved as UTF-16 (Unicode); save it as UTF-8');
    const latin1 = check(join(MALFORMED, 'latin1.yaml'));
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toMatch(/not saved as UTF-8 \(probably Latin-1.*\(line 5\)/);
  });

  it('prints warnings after OK, each on its own line', () => {
    const file = join(scratch, 'old-campaign.yaml');
    writeFileSync(file, 'campaigns:\n  - name: Summer Data Days\n    start: 2020-06-01\n    end: 2020-06-05\n');
    const run = check(file);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe(
      'warning: campaigns[0].end: the campaign "Summer Data Days" ended on 2020-06-05: remove it or give its new dates (line 4)',
    );
  });

  it('prints one line per error and exits 1', () => {
    const run = check(join(MALFORMED, 'unknown-brand-key.yaml'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n').slice(1)).toEqual([
      'brand.name: is required (line 2)',
      'brand: unknown key "nmae" (did you mean "name"?) (line 3)',
    ]);
    expect(run.stderr).toMatch(/unknown-brand-key\.yaml: not valid \(2 errors\)\n/);
  });

  it('reads .json files as JSON', () => {
    const run = check(join(MALFORMED, 'json-trailing-comma.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JSON: a trailing comma before } is not allowed in JSON (line 5)');
  });

  it('refuses a file over 1 MB without reading it', () => {
    const file = join(scratch, 'huge.yaml');
    writeFileSync(file, Buffer.alloc(5 * 1024 * 1024, '#'));
    const run = check(file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`${file}: the file is 5.0 MB; guidelines files are at most 1 MB`);
  });

  it('fails with one line for a missing file', () => {
    const run = check(join(scratch, 'nope.yaml'));
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`${join(scratch, 'nope.yaml')}: cannot read the file (ENOENT)`);
  });

  it('speaks English without --lang, and the extension’s French or Dutch with --lang fr or nl', () => {
    const file = join(MALFORMED, 'unknown-brand-key.yaml');
    const errorsIn = (...args: string[]) => check(...args, file).stderr.trimEnd().split('\n').slice(1);
    expect(errorsIn()).toEqual(['brand.name: is required (line 2)', 'brand: unknown key "nmae" (did you mean "name"?) (line 3)']);
    expect(errorsIn('--lang', 'fr')).toEqual([
      'brand.name : est obligatoire (ligne 2)',
      'brand : clé inconnue « nmae » (vouliez-vous dire « name » ?) (ligne 3)',
    ]);
    expect(errorsIn('--lang', 'nl')).toEqual(['brand.name: is verplicht (regel 2)', 'brand: onbekende sleutel “nmae” (bedoelde u “name”?) (regel 3)']);
    const wrong = check('--lang', 'es', file);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lang es: must be one of en, fr, nl, de');
  });

  it('exits 2 with the usage on a wrong command line', () => {
    for (const args of [[], ['a.yaml', 'b.yaml'], ['--strict', 'a.yaml']]) {
      const run = check(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: npm run guidelines:check -- [--lang <en|fr|nl|de>] <guidelines.yaml|guidelines.json>');
    }
  });
});
