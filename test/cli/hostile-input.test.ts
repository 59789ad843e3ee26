// @vitest-environment node
/**
 * @file The command-line tools given hostile input, run as a user runs them: page text and guidelines holding
 * terminal escape sequences (ESC, OSC 52, CSI, U+009B, bidi overrides) are printed as visible escapes, never raw, in
 * text and in JSON; and files that are not regular files, or too big, are refused before any byte is read.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditError, auditFile, loadGuidelinesFile } from '../../src/cli/audit';
import { MAX_PAGE_BYTES, type ReadBuffer, readLimitedFile } from '../../src/cli/read-file';
import { jsonSafe, terminalSafe } from '../../src/cli/terminal';
import { message } from '../../src/guidelines/messages';
import { MAX_FILE_BYTES } from '../../src/guidelines/parse';
import { ROOT } from '../helpers/fixtures';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const AUDIT = join(ROOT, 'src', 'cli', 'audit.ts');
const CHECK = join(ROOT, 'src', 'cli', 'check-guidelines.ts');

function run(script: string, ...args: string[]) {
  const child = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr };
}

/** Every character a terminal may act on: C0 (but tab and newline), DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = {
  /** Sets the window title, then clears the screen. */
  name: 'Pieter\u001b]0;pwned\u0007-Jan\u001b[2J Wouters',
  /** Writes "pwned" to the clipboard (OSC 52), then turns the text red with an 8-bit CSI. */
  headline: 'Planner\u001b]52;c;cHduZWQ=\u0007 at Koffiebrander \u009b31mVan Dijk',
  /** Reverses the rest of the line, and isolates a part. */
  about: 'I keep coffee \u202emoving\u202c from \u2066bean\u2069 to shelf.',
};

const scratch = mkdtempSync(join(tmpdir(), 'profile-coach-hostile-'));
const FIXTURE = join(ROOT, 'test', 'fixtures', 'linkedin', 'profile', '2021-03-ember-en-other.html');

/** The fixture page with its name, headline and About replaced by hostile text, as a saved page would hold them. */
function hostilePage(): string {
  const html = readFileSync(FIXTURE, 'utf8')
    .replace('break-words">Pieter-Jan Wouters</li>', `break-words">${HOSTILE.name}</li>`)
    .replace('Supply Chain Planner at Koffiebrander Van Dijk | S&amp;OP, demand planning', HOSTILE.headline)
    .replace(/I keep coffee moving from green bean to shelf\.[^<]*/, HOSTILE.about);
  const file = join(scratch, 'hostile-profile.html');
  writeFileSync(file, html);
  return file;
}

describe('terminalSafe and jsonSafe', () => {
  it('show controls and bidi overrides as visible escapes, keeping newlines, tabs and ordinary text', () => {
    expect(terminalSafe('a\u001b[2Jb\tc\nd\re\u007f\u009b\u0085\u202e\u2066é😀')).toBe(
      'a\\x1b[2Jb\tc\nd\\x0de\\x7f\\x9b\\x85\\u202e\\u2066é😀',
    );
    expect(terminalSafe('plain text — café')).toBe('plain text — café');
    // The invisible direction marks too: left-to-right, right-to-left, Arabic letter mark.
    expect(terminalSafe('invoice\u202eexe.txt \u200e\u200f\u061c')).toBe('invoice\\u202eexe.txt \\u200e\\u200f\\u061c');
  });

  it('keeps JSON valid and equal once parsed, with no raw C1 or bidi character left', () => {
    const value = { 'k\u202e': ['\u001b]52;c;x\u0007', '\u009b31m', '\u202e\u2069', 'é'] };
    const text = jsonSafe(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('\\u009b31m');
  });
});

// Each case starts a process (tsx compiles the readers): seconds on a loaded machine.
describe('command-line tools and hostile text', { timeout: 90_000 }, () => {
  it('audit prints page text with its escape sequences made visible, never raw', () => {
    const result = run(AUDIT, hostilePage());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('Pieter\\x1b]0;pwned\\x07-Jan\\x1b[2J Wouters');
    expect(result.stdout).toContain('Planner\\x1b]52;c;cHduZWQ=\\x07 at Koffiebrander \\x9b31mVan Dijk');
    expect(result.stdout).toContain('I keep coffee \\u202emoving\\u202c from \\u2066bean\\u2069 to shelf.');
  });

  it('audit --json escapes C1 and bidi characters too, and parses to the text as read', () => {
    const result = run(AUDIT, hostilePage(), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const fields = JSON.parse(result.stdout).snapshot.fields;
    expect(fields.name.value).toBe(HOSTILE.name);
    expect(fields.headline.value).toBe(HOSTILE.headline);
    expect(fields.about.value).toBe(HOSTILE.about);
  });

  it('audit escapes a hostile file name in its error', () => {
    const result = run(AUDIT, join(scratch, 'no\u001b]0;pwned\u0007such.html'));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    expect(result.stderr).toContain('no\\x1b]0;pwned\\x07such.html: cannot read the file (ENOENT)');
  });

  it('guidelines:check refuses a brand name with control characters, and prints none of them', () => {
    const file = join(scratch, 'brand.yaml');
    writeFileSync(file, 'brand:\n  name: "Bright\\e]52;c;cHduZWQ=\\awave \\u009b2J\\u202eSystems"\n');
    const result = run(CHECK, file);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
    expect(result.stderr).toContain('brand.name: must not contain control characters');
  });

  it('guidelines:check escapes an unknown key it echoes', () => {
    const file = join(scratch, 'key.yaml');
    writeFileSync(file, '"br\\e[2Jand\\u202e": {}\n');
    const result = run(CHECK, file);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
    expect(result.stderr).toContain('br\\x1b[2Jand\\u202e');
  });
});

/** Files the command-line tools must refuse without reading them: each would hang, fill the memory or crash. */
const fifo = join(scratch, 'pipe');
execFileSync('mkfifo', [fifo]);
const directory = join(scratch, 'folder.yaml');
mkdirSync(directory);
const hugeGuidelines = join(scratch, 'huge.yaml');
writeFileSync(hugeGuidelines, '');
truncateSync(hugeGuidelines, MAX_FILE_BYTES + 1);
const hugePage = join(scratch, 'huge.html');
writeFileSync(hugePage, '');
// Sparse: 50 MB and a byte on disk cost nothing.
truncateSync(hugePage, MAX_PAGE_BYTES + 1);

describe('file guard', () => {
  const refusals = [
    ['/dev/zero', /\/dev\/zero: not a file \(a character device\)$/],
    [fifo, /pipe: not a file \(a named pipe\)$/],
    [directory, /folder\.yaml: not a file \(a directory\)$/],
  ] as const;

  for (const [file, message] of refusals) {
    it(`audit --guidelines refuses ${file.replace(scratch, '<tmp>')} before reading it`, () => {
      expect(() => loadGuidelinesFile(file, new Date())).toThrow(AuditError);
      expect(() => loadGuidelinesFile(file, new Date())).toThrow(message);
    });

    it(`audit refuses ${file.replace(scratch, '<tmp>')} as the page before reading it`, () => {
      expect(() => auditFile({ file })).toThrow(message);
    });
  }

  it('audit --guidelines refuses a file over 1 MB with the extension’s own words', () => {
    expect(() => loadGuidelinesFile(hugeGuidelines, new Date())).toThrow(
      `--guidelines ${hugeGuidelines}: the file is 1.1 MB; guidelines files are at most 1 MB`,
    );
  });

  it('audit refuses a saved page over 50 MB', () => {
    expect(() => auditFile({ file: hugePage })).toThrow(`${hugePage}: the file is 50.1 MB; saved pages are at most 50 MB`);
  });
});

// A FIFO with no writer made both tools wait forever; they must answer at once with one line and exit 1.
describe('command-line tools and a FIFO', { timeout: 120_000 }, () => {
  it('audit --guidelines <fifo> exits 1 with one line', () => {
    const result = run(AUDIT, FIXTURE, '--guidelines', fifo);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`audit: --guidelines ${fifo}: not a file (a named pipe)`);
  });

  it('guidelines:check <fifo> or /dev/zero exits 1 with one line', () => {
    for (const [file, kind] of [
      [fifo, 'a named pipe'],
      ['/dev/zero', 'a character device'],
    ]) {
      const result = run(CHECK, file as string);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`${file}: not a file (${kind})`);
    }
  });
});

describe('readLimitedFile with memory read into again', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'profile-coach-reuse-'));
  const write = (name: string, text: string) => {
    const file = join(scratch, name);
    writeFileSync(file, text);
    return file;
  };
  const tooBig = () => message('fileTooBig', { size: '1', max: 1 });

  it('gives each file its own bytes only, the memory grown for a larger one and kept for a smaller one', () => {
    const reuse: ReadBuffer = { memory: Buffer.alloc(0) };
    const read = (file: string) => {
      const result = readLimitedFile(file, 1024, tooBig, reuse);
      return result.ok ? result.bytes.toString('utf8') : result.message;
    };
    expect(read(write('long.json', 'a long first file, 40 characters or so'))).toBe('a long first file, 40 characters or so');
    const grown = reuse.memory;
    expect(grown.length).toBeGreaterThan(38);
    expect(read(write('short.json', 'short'))).toBe('short');
    expect(reuse.memory).toBe(grown);
    expect(read(write('empty.json', ''))).toBe('');
    expect(read(write('longer.json', 'x'.repeat(100)))).toBe('x'.repeat(100));
    expect(reuse.memory.length).toBeGreaterThan(100);
    // A file a little larger than the last (a team's bundles differ a little) is read into the same memory.
    const spare = reuse.memory;
    expect(read(write('a-little-longer.json', 'y'.repeat(110)))).toBe('y'.repeat(110));
    expect(reuse.memory).toBe(spare);
  });

  it('still refuses a file over the limit, and reads nothing of it', () => {
    const reuse: ReadBuffer = { memory: Buffer.alloc(0) };
    expect(readLimitedFile(write('big.json', 'x'.repeat(2000)), 1024, tooBig, reuse)).toMatchObject({ ok: false });
    expect(reuse.memory.length).toBe(0);
  });
});
