/**
 * @file The batch audit of saved pages (src/coaching/batch.ts) over the real fixture pages: LinkedIn and X profiles of
 * several generations give the score `npm run audit` gives them (their .findings.json); an invitations page, a file
 * that is not HTML, an empty file, a page without an address and a page over the size limit each give their reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { auditSavedFile, auditSavedFiles, type BatchDeps, type SavedFile } from '../../src/coaching/batch';
import { sessionOf } from '../../src/coaching/session';
import { readPage } from '../../src/extract';
import { MAX_PAGE_BYTES } from '../../src/snapshot/saved-page';
import { FINDINGS_DAY, findingsPath } from '../helpers/expected-findings';
import { FIXTURES_DIR, parseHtml } from '../helpers/fixtures';
import { makeGuidelines } from '../helpers/guidelines';

const now = new Date(`${FINDINGS_DAY}T12:00:00Z`);
const guidelines = makeGuidelines();
const deps: BatchDeps = { parse: parseHtml, readPage, loadGuidelines: async () => guidelines, now };

const fixtureText = (name: string) => readFileSync(join(FIXTURES_DIR, name), 'utf8');
const file = (name: string, text: string, bytes = new TextEncoder().encode(text).length): SavedFile => ({
  name,
  bytes,
  text: async () => text,
});
const fixtureFile = (name: string) => file(name.split('/').at(-1) as string, fixtureText(name));
/** A fixture page without its canonical link (and og:url), as a page saved by a tool that drops them. */
const withoutAddress = (text: string) =>
  text.replace(/<link rel="canonical"[^>]*>/g, '').replace(/<meta property="og:url"[^>]*>/g, '');

const PROFILES = [
  { name: 'linkedin/profile/2021-03-ember-en-other.html', site: 'linkedin', key: 'linkedin:in/pieterjanwouters' },
  { name: 'linkedin/profile/2024-08-artdeco-nl-other-skills-total.html', site: 'linkedin', key: 'linkedin:in/femkedegraaf' },
  { name: 'linkedin/profile/2024-12-artdeco-fr-other-contact-info.html', site: 'linkedin', key: 'linkedin:in/élodie-marchand-8a3f21b9' },
  { name: 'linkedin/profile/2025-07-sdui-de-other.html', site: 'linkedin', key: 'linkedin:in/leafischer' },
  { name: 'x/profile/2024-08-nl-other-pinned.html', site: 'x', key: 'x:@m_oosterhuis' },
  { name: 'x/profile/2025-08-de-other.html', site: 'x', key: 'x:@katrin_wa' },
] as const;

describe('auditSavedFile', () => {
  it.each(PROFILES)('reads and checks $name as npm run audit does', async ({ name, site, key }) => {
    const outcome = await auditSavedFile(fixtureFile(name), deps);
    const expected = JSON.parse(readFileSync(findingsPath(join(FIXTURES_DIR, name)), 'utf8'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome).toMatchObject({ site, key, file: name.split('/').at(-1) });
    expect(outcome.name).not.toBe('');
    expect(outcome.result.score).toEqual(expected.score);
    expect(outcome.result.findings.map((f) => [f.ruleId, f.status])).toEqual(
      expected.findings.map((f: { ruleId: string; status: string }) => [f.ruleId, f.status]),
    );
    expect(outcome.result.points).toHaveLength(outcome.result.findings.length);
    expect(outcome.result.guidelines.fingerprint).toMatch(/\S/);
  });

  it('keeps the name as read, and the snapshot whose audience counts a session keeps', async () => {
    const outcome = await auditSavedFile(fixtureFile('linkedin/profile/2024-08-artdeco-nl-other-skills-total.html'), deps);
    const expected = JSON.parse(fixtureText('linkedin/profile/2024-08-artdeco-nl-other-skills-total.expected.json'));
    expect(outcome).toMatchObject({ ok: true, name: expected.fields.name.value });
    if (!outcome.ok) return;
    const session = sessionOf({ id: 's', colleagueId: 'c', site: outcome.site, profileKey: outcome.key, now, result: outcome.result });
    expect(session.audience).toEqual({
      followers: expected.fields.followers.status === 'present' ? expected.fields.followers.value : null,
      connections: expected.fields.connections.status === 'present' ? expected.fields.connections.value : null,
    });
  });

  it('refuses an invitations page as not a profile', async () => {
    const outcome = await auditSavedFile(fixtureFile('linkedin/invitations/2024-10-artdeco-en-received.html'), deps);
    expect(outcome).toEqual({
      ok: false,
      file: '2024-10-artdeco-en-received.html',
      reason: 'not-a-profile',
      address: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    });
  });

  it('refuses an X following list as not a profile', async () => {
    const outcome = await auditSavedFile(fixtureFile('x/following/2025-01-en.html'), deps);
    expect(outcome).toMatchObject({ ok: false, reason: 'not-a-profile' });
  });

  it('refuses a file that is not HTML (an image, a PDF, plain text)', async () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    for (const [name, text] of [
      ['photo.png', png],
      ['profile.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'],
      ['notes.html', 'Ada Vermeulen, https://www.linkedin.com/in/ada-vermeulen/'],
    ]) {
      expect(await auditSavedFile(file(name as string, text as string), deps)).toEqual({ ok: false, file: name, reason: 'not-html' });
    }
  });

  it('refuses an empty file', async () => {
    expect(await auditSavedFile(file('empty.html', ''), deps)).toEqual({ ok: false, file: 'empty.html', reason: 'empty' });
    expect(await auditSavedFile(file('blank.html', ' \n\t\n'), deps)).toMatchObject({ reason: 'empty' });
  });

  it('refuses a page that names no address', async () => {
    const text = withoutAddress(fixtureText('linkedin/profile/2025-07-sdui-de-other.html'));
    expect(await auditSavedFile(file('lea.html', text), deps)).toEqual({ ok: false, file: 'lea.html', reason: 'no-address' });
  });

  it('takes the address from the "saved from" comment a browser writes when the page has no canonical link', async () => {
    const address = 'https://www.linkedin.com/in/leafischer/';
    const text = `<!-- saved from url=(${String(address.length).padStart(4, '0')})${address} -->\n${withoutAddress(
      fixtureText('linkedin/profile/2025-07-sdui-de-other.html'),
    )}`;
    expect(await auditSavedFile(file('lea.html', text), deps)).toMatchObject({ ok: true, key: 'linkedin:in/leafischer' });
  });

  it('refuses a page whose address is not LinkedIn or X as not a profile', async () => {
    const text = fixtureText('linkedin/profile/2025-07-sdui-de-other.html').replace(
      /<link rel="canonical"[^>]*>/,
      '<link rel="canonical" href="https://evil.example/in/leafischer/">',
    );
    expect(await auditSavedFile(file('lea.html', text), deps)).toMatchObject({ ok: false, reason: 'not-a-profile' });
  });

  it('refuses a profile page whose name the readers cannot find as unreadable', async () => {
    const text = '<!doctype html><html><head><link rel="canonical" href="https://x.com/someone"></head><body><p>Log in</p></body></html>';
    expect(await auditSavedFile(file('login.html', text), deps)).toEqual({
      ok: false,
      file: 'login.html',
      reason: 'unreadable',
      address: 'https://x.com/someone',
    });
  });

  it('calls a reader that throws unreadable, never throwing itself', async () => {
    const throwing = { ...deps, readPage: () => { throw new Error('boom'); } };
    expect(await auditSavedFile(fixtureFile('x/profile/2025-08-de-other.html'), throwing)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const text = vi.fn(async () => '<html></html>');
    expect(await auditSavedFile({ name: 'huge.html', bytes: MAX_PAGE_BYTES + 1, text }, deps)).toEqual({
      ok: false,
      file: 'huge.html',
      reason: 'too-large',
    });
    expect(text).not.toHaveBeenCalled();
  });
});

describe('auditSavedFiles', () => {
  it('audits every file in order, tells the progress after each, and loads the guidelines once', async () => {
    const loadGuidelines = vi.fn(async () => guidelines);
    const progress = vi.fn();
    const outcomes = await auditSavedFiles(
      [fixtureFile('x/profile/2025-08-de-other.html'), file('empty.html', ''), fixtureFile('linkedin/profile/2025-07-sdui-de-other.html')],
      { ...deps, loadGuidelines },
      progress,
    );
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(progress.mock.calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(loadGuidelines).toHaveBeenCalledTimes(1);
  });

  it('reads the next file while checking the current one, never more than one ahead, and never a file over the limit', async () => {
    const text = fixtureText('x/profile/2025-08-de-other.html');
    const reads = [vi.fn(async () => text), vi.fn(async () => text), vi.fn(async () => text), vi.fn(async () => text)];
    const list: SavedFile[] = reads.map((read, index) => ({ name: `${index}.html`, bytes: index === 2 ? MAX_PAGE_BYTES + 1 : 10, text: read }));
    const readAt: number[][] = [];
    const outcomes = await auditSavedFiles(list, deps, () => readAt.push(reads.map((read) => read.mock.calls.length)));
    expect(readAt).toEqual([
      [1, 1, 0, 0],
      [1, 1, 0, 0],
      [1, 1, 0, 1],
      [1, 1, 0, 1],
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.reason))).toEqual(['ok', 'ok', 'too-large', 'ok']);
  });

  it('calls a file whose read fails unreadable, the files after it audited', async () => {
    const list: SavedFile[] = [
      { name: 'gone.html', bytes: 10, text: () => Promise.reject(new Error('NotReadableError')) },
      fixtureFile('x/profile/2025-08-de-other.html'),
    ];
    const outcomes = await auditSavedFiles(list, deps);
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.reason))).toEqual(['unreadable', 'ok']);
  });
});
